// Filters of the case list: text, stage, instance, agency, court, cause,
// domain, flags, overdue, lost, service date range.
import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { CASE_FLAGS } from '../../../shared/domain/cases/vocabulary';
import { FilterButtons } from '../../components/filter-buttons';
import { useCan } from '../auth/session';
import { OrgTreeSelect } from '../orgs/org-tree-select';
import { FLAG_OPTIONS, INSTANCE_OPTIONS, STAGE_OPTIONS } from './case-options';
import type { CaseFilters as Filters } from './cases-api';
import { CourtSelect, DictionarySelect } from './reference-selects';

interface FilterValues {
  q?: string;
  stage?: Filters['stage'];
  instance?: Filters['instance'];
  agencyId?: string;
  courtId?: string;
  causeCode?: string;
  domainCode?: string;
  flags?: (typeof CASE_FLAGS)[number][];
  isLost?: 'true' | 'false';
  isOverdue?: boolean;
  served?: [Dayjs | null, Dayjs | null] | null;
}

const LOST_OPTIONS = [
  { value: 'true', label: '败诉' },
  { value: 'false', label: '未败诉' },
];

export function filtersOf(values: FilterValues): Filters {
  const filters: Filters = {
    q: values.q?.trim() || undefined,
    stage: values.stage || undefined,
    instance: values.instance || undefined,
    agencyId: values.agencyId || undefined,
    courtId: values.courtId || undefined,
    causeCode: values.causeCode || undefined,
    domainCode: values.domainCode || undefined,
    isLost: values.isLost || undefined,
    isOverdue: values.isOverdue ? 'true' : undefined,
    servedFrom: values.served?.[0]?.format('YYYY-MM-DD'),
    servedTo: values.served?.[1]?.format('YYYY-MM-DD'),
  };
  for (const flag of values.flags ?? []) filters[flag] = 'true';
  return filters;
}

function valuesOf(filters: Filters): FilterValues {
  return {
    q: filters.q,
    stage: filters.stage,
    instance: filters.instance,
    agencyId: filters.agencyId,
    courtId: filters.courtId,
    causeCode: filters.causeCode,
    domainCode: filters.domainCode,
    flags: CASE_FLAGS.filter((flag) => filters[flag] === 'true'),
    isLost: filters.isLost,
    isOverdue: filters.isOverdue === 'true',
    served:
      filters.servedFrom || filters.servedTo
        ? [
            filters.servedFrom ? dayjs(filters.servedFrom) : null,
            filters.servedTo ? dayjs(filters.servedTo) : null,
          ]
        : null,
  };
}

export function CaseFilters({ value, onChange }: { value: Filters; onChange: (filters: Filters) => void }) {
  const [form] = Form.useForm<FilterValues>();
  const can = useCan();
  // The URL holds the filters: going back to the list shows them again.
  useEffect(() => {
    form.setFieldsValue(valuesOf(value));
  }, [form, value]);
  return (
    <Form
      name="case-filters"
      form={form}
      layout="inline"
      onFinish={(values) => onChange(filtersOf(values))}
      style={{ rowGap: 12 }}
    >
      <Form.Item name="q" label="搜索" rules={[{ max: 60, message: '搜索词最多60个字符' }]}>
        <Input placeholder="案号、当事人、被诉行政行为" allowClear style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name="stage" label="阶段">
        <Select options={STAGE_OPTIONS} placeholder="全部" allowClear style={{ width: 130 }} />
      </Form.Item>
      <Form.Item name="instance" label="审级">
        <Select options={INSTANCE_OPTIONS} placeholder="全部" allowClear style={{ width: 130 }} />
      </Form.Item>
      {can('org.read') && (
        <Form.Item name="agencyId" label="被告机关">
          <OrgTreeSelect placeholder="全部机关" allowClear style={{ width: 220 }} />
        </Form.Item>
      )}
      <Form.Item name="courtId" label="法院">
        <CourtSelect placeholder="全部法院" allowClear style={{ width: 180 }} />
      </Form.Item>
      <Form.Item name="causeCode" label="案由">
        <DictionarySelect kind="cause" placeholder="全部" allowClear style={{ width: 150 }} />
      </Form.Item>
      <Form.Item name="domainCode" label="管理领域">
        <DictionarySelect kind="domain" placeholder="全部" allowClear style={{ width: 150 }} />
      </Form.Item>
      <Form.Item name="flags" label="标记">
        <Select
          mode="multiple"
          options={FLAG_OPTIONS}
          placeholder="不限"
          allowClear
          style={{ minWidth: 160 }}
        />
      </Form.Item>
      <Form.Item name="isLost" label="裁判结果">
        <Select options={LOST_OPTIONS} placeholder="不限" allowClear style={{ width: 110 }} />
      </Form.Item>
      <Form.Item name="served" label="送达日期">
        <DatePicker.RangePicker allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item name="isOverdue" valuePropName="checked">
        <Checkbox>仅看有逾期期限的案件</Checkbox>
      </Form.Item>
      <FilterButtons
        onReset={() => {
          form.resetFields();
          onChange({});
        }}
      />
    </Form>
  );
}
