// Filters of the register: kind, status of the day, addressee, year.
import { Form, InputNumber, Select, Space } from 'antd';
import { useEffect } from 'react';
import { SUGGESTION_STATUS_FILTERS } from '../../../shared/api/suggestions';
import {
  SUGGESTION_KIND_LABELS,
  SUGGESTION_KINDS,
  SUGGESTION_STATUS_LABELS,
  type SuggestionStatus,
} from '../../../shared/domain/suggestions';
import { FilterButtons } from '../../components/filter-buttons';
import type { SuggestionFilters as Filters } from './suggestions-api';

const statusLabel = (s: (typeof SUGGESTION_STATUS_FILTERS)[number]) =>
  s === 'open' ? '全部未答复' : SUGGESTION_STATUS_LABELS[s as SuggestionStatus];

export function SuggestionFilters(props: {
  value: Filters;
  addressees: { id: string; name: string }[];
  onChange: (filters: Filters) => void;
}) {
  const [form] = Form.useForm<Filters>();
  useEffect(
    () =>
      form.setFieldsValue({
        kind: undefined,
        status: undefined,
        addresseeOrgId: undefined,
        year: undefined,
        ...props.value,
      }),
    [form, props.value],
  );
  return (
    <Form
      name="suggestion-filters"
      form={form}
      layout="inline"
      onFinish={(values) =>
        props.onChange(
          Object.fromEntries(
            Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== ''),
          ),
        )
      }
    >
      <Space wrap>
        <Form.Item name="kind" label="种类">
          <Select
            allowClear
            style={{ width: 170 }}
            placeholder="全部"
            options={SUGGESTION_KINDS.map((k) => ({ value: k, label: SUGGESTION_KIND_LABELS[k] }))}
          />
        </Form.Item>
        <Form.Item name="status" label="状态">
          <Select
            allowClear
            style={{ width: 130 }}
            placeholder="全部"
            options={SUGGESTION_STATUS_FILTERS.map((s) => ({ value: s, label: statusLabel(s) }))}
          />
        </Form.Item>
        <Form.Item name="addresseeOrgId" label="主送单位">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: 220 }}
            placeholder="全部"
            options={props.addressees.map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
        <Form.Item name="year" label="年份">
          <InputNumber min={2000} max={2100} style={{ width: 100 }} placeholder="全部" />
        </Form.Item>
        <FilterButtons
          onReset={() => {
            form.resetFields();
            props.onChange({});
          }}
        />
      </Space>
    </Form>
  );
}
