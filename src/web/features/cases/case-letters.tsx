// 建议书: the legal-affairs office's 负责人出庭建议书 and 履行生效裁判建议书 on
// this case — generated as .docx with the next number of the office's series,
// listed and downloadable again; the numbering rule (文号规则) editable here.
import { FileWordOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { CaseDetail } from '../../../shared/api/cases';
import {
  documentPatternProblem,
  LETTER_KIND_LABELS,
  LETTER_KINDS,
  type Letter,
  type LetterKind,
} from '../../../shared/api/letters';
import { formatDateTime } from '../../components/format';
import { messageOf } from '../../lib/api-client';
import {
  documentKeys,
  fetchSuggestionSeries,
  generateLetter,
  listLetters,
  saveSuggestionSeries,
} from './documents-api';
import { applyServerErrors } from './form-errors';

interface LetterValues {
  kind?: LetterKind;
  addresseeOrgId?: string;
  body?: string;
}

function GenerateModal(props: {
  detail: CaseDetail;
  kinds: LetterKind[];
  open: boolean;
  onClose: () => void;
}) {
  const { detail, kinds, open, onClose } = props;
  const [form] = Form.useForm<LetterValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const generate = useMutation({
    mutationFn: (values: LetterValues) =>
      generateLetter(detail.id, {
        kind: values.kind!,
        addresseeOrgId: values.addresseeOrgId!,
        body: values.body?.trim() || null,
      }),
    onSuccess: async (letter) => {
      await queryClient.invalidateQueries({ queryKey: documentKeys.letters(detail.id) });
      await queryClient.invalidateQueries({ queryKey: documentKeys.series });
      message.success(`已制发 ${letter.documentNumber}`);
      onClose();
    },
    onError: (error) => {
      applyServerErrors(form, error);
      message.error(messageOf(error));
    },
  });
  return (
    <Modal
      open={open}
      title="制发建议书"
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="生成"
      confirmLoading={generate.isPending}
      destroyOnHidden
    >
      <Form
        name="letter-generate"
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: kinds[0], addresseeOrgId: detail.defendants[0]?.id }}
        onFinish={(values) => generate.mutate(values)}
      >
        <Form.Item name="kind" label="建议书种类" rules={[{ required: true, message: '请选择建议书种类' }]}>
          <Select options={kinds.map((kind) => ({ value: kind, label: LETTER_KIND_LABELS[kind] }))} />
        </Form.Item>
        <Form.Item
          name="addresseeOrgId"
          label="主送机关"
          rules={[{ required: true, message: '请选择主送机关' }]}
        >
          <Select options={detail.defendants.map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
        <Form.Item
          name="body"
          label="正文"
          extra="可留空：按案件情况自动生成；自拟时每段一行"
          rules={[{ max: 5000, message: '正文最多5000个字符' }]}
        >
          <Input.TextArea rows={5} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function SeriesEditor() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ pattern: string }>();
  const [editing, setEditing] = useState(false);
  const series = useQuery({ queryKey: documentKeys.series, queryFn: fetchSuggestionSeries });
  const save = useMutation({
    mutationFn: (pattern: string) => saveSuggestionSeries(pattern),
    onSuccess: (saved) => {
      queryClient.setQueryData(documentKeys.series, saved);
      message.success('文号规则已保存');
      setEditing(false);
    },
    onError: (error) => {
      applyServerErrors(form, error);
      message.error(messageOf(error));
    },
  });
  if (series.isLoading) return null;
  if (series.error) return <Typography.Text type="danger">{messageOf(series.error)}</Typography.Text>;
  const current = series.data ?? null;
  return (
    <Space wrap>
      {current ? (
        <Typography.Text type="secondary">
          文号规则：{current.pattern}；下一份文号：{current.nextDocumentNumber}
        </Typography.Text>
      ) : (
        <Typography.Text type="warning">尚未设置本单位建议书的文号规则，制发前请先设置</Typography.Text>
      )}
      <Button size="small" type="link" onClick={() => setEditing(true)}>
        {current ? '修改文号规则' : '设置文号规则'}
      </Button>
      <Modal
        open={editing}
        title="文号规则"
        onCancel={() => setEditing(false)}
        onOk={() => form.submit()}
        okText="保存"
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <Form
          name="document-series"
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ pattern: current?.pattern ?? '' }}
          onFinish={(values) => save.mutate(values.pattern.trim())}
        >
          <Form.Item
            name="pattern"
            label="文号规则"
            extra="{year} 为年份，{n} 为当年序号，如 柯司建〔{year}〕{n}号"
            rules={[
              { required: true, whitespace: true, message: '请填写文号规则' },
              { max: 60, message: '文号规则最多60个字符' },
              {
                validator: async (_, value?: string) => {
                  const problem = value?.trim() ? documentPatternProblem(value.trim()) : null;
                  if (problem) throw new Error(problem);
                },
              },
            ]}
          >
            <Input maxLength={60} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

export function CaseLetters({ detail }: { detail: CaseDetail }) {
  const [generating, setGenerating] = useState(false);
  const letters = useQuery({
    queryKey: documentKeys.letters(detail.id),
    queryFn: () => listLetters(detail.id),
  });
  const kinds = LETTER_KINDS.filter((kind) => letters.data?.abilities[kind] === true);
  return (
    <section aria-label="建议书">
      <Typography.Title level={5}>建议书</Typography.Title>
      {detail.abilities.letter && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Button
            icon={<FileWordOutlined />}
            disabled={kinds.length === 0}
            onClick={() => setGenerating(true)}
          >
            制发建议书
          </Button>
          <SeriesEditor />
        </Space>
      )}
      {letters.error && <Alert type="error" showIcon title={messageOf(letters.error)} />}
      <Table<Letter>
        size="small"
        rowKey="id"
        loading={letters.isLoading}
        dataSource={letters.data?.items ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 份` }}
        locale={{ emptyText: '暂无建议书' }}
        columns={[
          { title: '文号', dataIndex: 'documentNumber' },
          { title: '种类', key: 'kind', render: (_, l) => LETTER_KIND_LABELS[l.kind] },
          { title: '主送机关', key: 'addressee', render: (_, l) => l.addressee.name },
          {
            title: '制发',
            key: 'created',
            render: (_, l) => `${l.createdBy ?? '系统'} ${formatDateTime(l.createdAt)}`,
          },
          {
            title: '下载',
            key: 'download',
            render: (_, l) => (
              <a href={l.downloadUrl} download>
                下载 Word
              </a>
            ),
          },
        ]}
      />
      <GenerateModal detail={detail} kinds={kinds} open={generating} onClose={() => setGenerating(false)} />
    </section>
  );
}
