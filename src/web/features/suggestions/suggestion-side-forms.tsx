// The smaller writes of a record page: 整改完成 (addressee), 跟踪 note (issuer
// side, legal-affairs office), and uploading a paper.
import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Modal, Select, Space, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  SUGGESTION_FILE_CATEGORIES,
  SUGGESTION_FILE_CATEGORY_LABELS,
  type SuggestionDetail,
} from '../../../shared/api/suggestions';
import { chinaToday } from '../../components/format';
import { messageOf } from '../../lib/api-client';
import { applyServerErrors } from '../cases/form-errors';
import { addFollowUp, recordRectification, suggestionKeys, uploadSuggestionFile } from './suggestions-api';

function useSaved(detail: SuggestionDetail) {
  const queryClient = useQueryClient();
  return async (saved: SuggestionDetail) => {
    queryClient.setQueryData(suggestionKeys.detail(detail.id), saved);
    await queryClient.invalidateQueries({ queryKey: suggestionKeys.all });
  };
}

export function RectificationModal(props: { detail: SuggestionDetail; open: boolean; onClose: () => void }) {
  const { detail } = props;
  const [form] = Form.useForm<{ rectifiedOn?: Dayjs; measures?: string }>();
  const { message } = App.useApp();
  const saved = useSaved(detail);
  const save = useMutation({
    mutationFn: (values: { rectifiedOn?: Dayjs; measures?: string }) =>
      recordRectification(detail.id, {
        rectifiedOn: values.rectifiedOn?.format('YYYY-MM-DD') ?? '',
        measures: values.measures?.trim() || null,
        version: detail.version,
      }),
    onSuccess: async (result) => {
      await saved(result);
      message.success('已登记整改完成');
      props.onClose();
    },
    onError: (error) => {
      applyServerErrors(form, error);
      message.error(messageOf(error));
    },
  });
  return (
    <Modal
      open={props.open}
      title="登记整改完成"
      onCancel={props.onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form
        name="suggestion-rectification"
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ rectifiedOn: chinaToday(), measures: detail.reply?.rectificationMeasures ?? '' }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item
          name="rectifiedOn"
          label="整改完成日期"
          rules={[{ required: true, message: '请选择整改完成日期' }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="measures" label="整改措施">
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function FollowUpForm({ detail }: { detail: SuggestionDetail }) {
  const [form] = Form.useForm<{ note: string }>();
  const { message } = App.useApp();
  const saved = useSaved(detail);
  const save = useMutation({
    mutationFn: (note: string) => addFollowUp(detail.id, { note }),
    onSuccess: async (result) => {
      await saved(result);
      form.resetFields();
      message.success('已记录跟踪情况');
    },
    onError: (error) => {
      applyServerErrors(form, error);
      message.error(messageOf(error));
    },
  });
  return (
    <Form
      name="suggestion-follow-up"
      form={form}
      layout="vertical"
      onFinish={(v) => save.mutate(v.note?.trim() ?? '')}
    >
      <Form.Item name="note" label="跟踪情况" rules={[{ required: true, message: '请填写跟踪情况' }]}>
        <Input.TextArea rows={2} maxLength={2000} placeholder="如：已电话回访，整改措施已落实" />
      </Form.Item>
      <Button htmlType="submit" loading={save.isPending}>
        记录跟踪
      </Button>
    </Form>
  );
}

export function UploadPaper({ detail }: { detail: SuggestionDetail }) {
  const [category, setCategory] = useState<string>(
    detail.abilities.reply || detail.abilities.rectify ? 'reply' : 'letter',
  );
  const { message } = App.useApp();
  const saved = useSaved(detail);
  const upload = useMutation({
    mutationFn: (file: File) => uploadSuggestionFile(detail.id, category, file),
    onSuccess: async (result) => {
      await saved(result);
      message.success('已上传');
    },
    onError: (error) => message.error(messageOf(error)),
  });
  return (
    <Space wrap>
      <Select
        style={{ width: 170 }}
        value={category}
        onChange={setCategory}
        options={SUGGESTION_FILE_CATEGORIES.map((c) => ({
          value: c,
          label: SUGGESTION_FILE_CATEGORY_LABELS[c],
        }))}
      />
      <Upload
        showUploadList={false}
        beforeUpload={(file) => {
          upload.mutate(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={upload.isPending}>
          上传材料
        </Button>
      </Upload>
    </Space>
  );
}
