// The bulletin's form: category (those of the sender's side), title, body,
// recipients from the organisations the sender may address, and an optional
// case. Saving keeps it as a draft; the server's field errors land on fields.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import type { Bulletin, SaveBulletin } from '../../../shared/api/bulletins';
import type { BulletinCategory } from '../../../shared/domain/bulletins';
import { useDebounced } from '../../components/use-debounced';
import { useReportError } from '../../components/use-report-error';
import { api, messageOf, type Page } from '../../lib/api-client';
import { useCan } from '../auth/session';
import { applyServerErrors } from '../cases/form-errors';
import { bulletinKeys, getRecipientOptions } from './bulletins-api';

interface Values {
  category?: BulletinCategory;
  title?: string;
  body?: string;
  recipientIds?: string[];
  caseId?: string | null;
}

function CaseSelect({
  value,
  onChange,
  initialLabel,
}: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  initialLabel?: string;
}) {
  const [q, setQ] = useState('');
  const query = useDebounced(q, 300);
  const cases = useQuery({
    queryKey: ['bulletins', 'case-search', query],
    queryFn: () =>
      api.get<Page<{ id: string; caseNumber: string; subject: string }>>('/api/cases', {
        q: query,
        pageSize: 10,
      }),
    enabled: query.trim().length > 0,
  });
  const options = (cases.data?.items ?? []).map((c) => ({
    value: c.id,
    label: `${c.caseNumber} ${c.subject}`,
  }));
  if (value && initialLabel && !options.some((o) => o.value === value))
    options.unshift({ value, label: initialLabel });
  return (
    <Select
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder="输入案号或当事人搜索（可不选）"
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      loading={cases.isFetching}
      notFoundContent={query ? '未找到案件' : '请输入搜索词'}
    />
  );
}

export function BulletinForm({
  initial,
  submitText,
  onSubmit,
}: {
  initial?: Bulletin;
  submitText: string;
  onSubmit: (input: SaveBulletin) => Promise<unknown>;
}) {
  const [form] = Form.useForm<Values>();
  const can = useCan();
  const reportError = useReportError();
  const [saving, setSaving] = useState(false);
  const options = useQuery({ queryKey: bulletinKeys.options, queryFn: getRecipientOptions });

  const submit = async (values: Values) => {
    setSaving(true);
    try {
      await onSubmit({
        category: values.category!,
        title: values.title ?? '',
        body: values.body ?? '',
        recipientIds: values.recipientIds ?? [],
        caseId: values.caseId ?? null,
      });
    } catch (error) {
      applyServerErrors(form, error);
      reportError(error);
    } finally {
      setSaving(false);
    }
  };

  if (options.error) return <Alert type="error" showIcon title={messageOf(options.error)} />;
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{
        category: initial?.category,
        title: initial?.title,
        body: initial?.body,
        recipientIds: initial?.recipients.map((r) => r.organisation.id) ?? [],
        caseId: initial?.case?.id ?? null,
      }}
    >
      <Form.Item name="category" label="通报类别" rules={[{ required: true, message: '请选择通报类别' }]}>
        <Select loading={options.isLoading} options={options.data?.categories ?? []} placeholder="请选择" />
      </Form.Item>
      <Form.Item
        name="recipientIds"
        label="接收单位"
        rules={[{ required: true, message: '请至少选择一个接收单位' }]}
      >
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          loading={options.isLoading}
          placeholder="可多选，输入名称搜索"
          options={(options.data?.items ?? []).map((o) => ({
            value: o.id,
            label: `${o.name}（${o.kindLabel}）`,
          }))}
        />
      </Form.Item>
      <Form.Item name="title" label="标题" rules={[{ required: true, message: '请填写标题' }]}>
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item name="body" label="正文" rules={[{ required: true, message: '请填写正文' }]}>
        <Input.TextArea autoSize={{ minRows: 6, maxRows: 20 }} maxLength={20000} />
      </Form.Item>
      {can('case.read') && (
        <Form.Item name="caseId" label="关联案件">
          <CaseSelect initialLabel={initial?.case?.caseNumber} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={saving}>
        {submitText}
      </Button>
    </Form>
  );
}
