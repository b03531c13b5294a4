// 案件材料: court papers, evidence and proofs of the case, downloadable by
// whoever may read it; uploading (to the case or one of its events) for
// those the server allows (abilities.attach).
import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Select, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import {
  ATTACHMENT_CATEGORY_LABELS,
  ATTACHMENT_FILE_TYPES,
  ATTACHMENT_TYPES_TEXT,
  type Attachment,
  type AttachmentCategory,
} from '../../../shared/api/attachments';
import type { CaseDetail } from '../../../shared/api/cases';
import { formatDateTime } from '../../components/format';
import { messageOf } from '../../lib/api-client';
import { optionsOf } from './case-options';
import { documentKeys, listAttachments, uploadAttachment } from './documents-api';
import { applyServerErrors } from './form-errors';

const CATEGORY_OPTIONS = optionsOf(ATTACHMENT_CATEGORY_LABELS);
const ACCEPT = Object.values(ATTACHMENT_FILE_TYPES)
  .flatMap((type) => type.extensions.map((ext) => `.${ext}`))
  .join(',');

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} 字节`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

interface UploadValues {
  category?: AttachmentCategory;
  description?: string;
  eventId?: number;
  file?: { originFileObj?: File }[];
}

function UploadModal({ detail, open, onClose }: { detail: CaseDetail; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<UploadValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const upload = useMutation({
    mutationFn: (values: UploadValues) =>
      uploadAttachment(detail.id, {
        category: values.category!,
        description: values.description,
        eventId: values.eventId ?? null,
        file: values.file![0]!.originFileObj!,
      }),
    onSuccess: async (attachment) => {
      await queryClient.invalidateQueries({ queryKey: documentKeys.attachments(detail.id) });
      message.success(`已上传“${attachment.fileName}”`);
      onClose();
    },
    onError: (error) => {
      applyServerErrors(form, error);
      message.error(messageOf(error));
    },
  });
  const eventOptions = detail.events
    .filter((e) => e.type !== 'correction' && !e.isVoided)
    .map((e) => ({ value: e.id, label: `${e.label}${e.occurredOn ? `（${e.occurredOn}）` : ''}` }));
  return (
    <Modal
      open={open}
      title="上传材料"
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="上传"
      confirmLoading={upload.isPending}
      destroyOnHidden
    >
      <Form
        name="attachment-upload"
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ category: 'court-paper' }}
        onFinish={(values) => upload.mutate(values)}
      >
        <Form.Item name="category" label="材料类别" rules={[{ required: true, message: '请选择材料类别' }]}>
          <Select options={CATEGORY_OPTIONS} />
        </Form.Item>
        <Form.Item name="eventId" label="所属环节" extra="可选：如开庭传票对应“安排开庭”">
          <Select options={eventOptions} allowClear placeholder="整个案件" />
        </Form.Item>
        <Form.Item name="description" label="说明" rules={[{ max: 500, message: '说明最多500个字符' }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item
          name="file"
          label="文件"
          valuePropName="fileList"
          getValueFromEvent={(e: { fileList: unknown[] }) => e.fileList.slice(-1)}
          rules={[{ required: true, message: '请选择要上传的文件' }]}
          extra={`支持 ${ATTACHMENT_TYPES_TEXT}；类型按文件内容识别`}
        >
          <Upload beforeUpload={() => false} maxCount={1} accept={ACCEPT}>
            <Button icon={<UploadOutlined />}>选择文件</Button>
          </Upload>
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function CaseAttachments({ detail }: { detail: CaseDetail }) {
  const [uploading, setUploading] = useState(false);
  const attachments = useQuery({
    queryKey: documentKeys.attachments(detail.id),
    queryFn: () => listAttachments(detail.id),
  });
  const eventLabel = (id: number | null) => {
    const event = detail.events.find((e) => e.id === id);
    return event ? `${event.label}${event.occurredOn ? `（${event.occurredOn}）` : ''}` : '整个案件';
  };
  return (
    <section aria-label="案件材料">
      <Typography.Title level={5}>案件材料</Typography.Title>
      {detail.abilities.attach && (
        <Button icon={<UploadOutlined />} onClick={() => setUploading(true)} style={{ marginBottom: 12 }}>
          上传材料
        </Button>
      )}
      {attachments.error && <Alert type="error" showIcon title={messageOf(attachments.error)} />}
      <Table<Attachment>
        size="small"
        rowKey="id"
        loading={attachments.isLoading}
        dataSource={attachments.data?.items ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 份` }}
        locale={{ emptyText: '暂无材料' }}
        columns={[
          {
            title: '文件',
            key: 'fileName',
            render: (_, a) => (
              <a href={a.downloadUrl} download={a.fileName}>
                {a.fileName}
              </a>
            ),
          },
          { title: '类别', key: 'category', render: (_, a) => ATTACHMENT_CATEGORY_LABELS[a.category] },
          { title: '所属环节', key: 'event', render: (_, a) => eventLabel(a.eventId) },
          { title: '说明', key: 'description', render: (_, a) => a.description ?? '—' },
          { title: '大小', key: 'size', render: (_, a) => formatSize(a.size) },
          {
            title: '上传',
            key: 'uploaded',
            render: (_, a) => `${a.uploadedBy?.name ?? '系统'} ${formatDateTime(a.uploadedAt)}`,
          },
        ]}
      />
      <UploadModal detail={detail} open={uploading} onClose={() => setUploading(false)} />
    </section>
  );
}
