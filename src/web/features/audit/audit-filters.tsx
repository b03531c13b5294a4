// Filters of the audit log: actor, event, target type, target, time range.
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { AUDIT_EVENTS, AUDIT_TARGET_TYPES } from '../../../shared/domain/audit-events';
import { FilterButtons } from '../../components/filter-buttons';
import { instantOfPicker } from '../../components/format';
import type { AuditFilters as Filters } from './audit-api';

interface FilterValues {
  actor?: string;
  event?: string;
  targetType?: string;
  target?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const EVENT_OPTIONS = Object.entries(AUDIT_EVENTS).map(([value, label]) => ({ value, label }));
const TARGET_TYPE_OPTIONS = Object.entries(AUDIT_TARGET_TYPES).map(([value, label]) => ({ value, label }));

export function AuditFilters({ onChange }: { onChange: (filters: Filters) => void }) {
  const [form] = Form.useForm<FilterValues>();
  const apply = (values: FilterValues) =>
    onChange({
      actor: values.actor?.trim() || undefined,
      event: values.event || undefined,
      targetType: values.targetType || undefined,
      target: values.target?.trim() || undefined,
      from: values.range?.[0] ? instantOfPicker(values.range[0]) : undefined,
      to: values.range?.[1] ? instantOfPicker(values.range[1]) : undefined,
    });
  return (
    <Form name="audit-filters" form={form} layout="inline" onFinish={apply} style={{ rowGap: 12 }}>
      <Form.Item name="actor" label="操作人" rules={[{ max: 64, message: '操作人最多64个字符' }]}>
        <Input placeholder="用户名或令牌名" allowClear style={{ width: 150 }} />
      </Form.Item>
      <Form.Item name="event" label="事件">
        <Select
          options={EVENT_OPTIONS}
          placeholder="全部"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 170 }}
        />
      </Form.Item>
      <Form.Item name="targetType" label="对象类型">
        <Select options={TARGET_TYPE_OPTIONS} placeholder="全部" allowClear style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="target" label="对象" rules={[{ max: 100, message: '对象最多100个字符' }]}>
        <Input placeholder="名称或标识" allowClear style={{ width: 150 }} />
      </Form.Item>
      <Form.Item name="range" label="时间">
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          allowEmpty={[true, true]}
        />
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
