// Filters of the statistics and the dashboard: the period (with quick picks),
// the region when the page offers regions (only those within the user's
// scope), the agency and the court. 重置 goes back to 本年 over the whole scope.
import { Button, DatePicker, Form, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { FilterButtons } from '../../components/filter-buttons';
import { CourtSelect } from '../cases/reference-selects';
import { OrgTreeSelect } from '../orgs/org-tree-select';
import type { PeriodFilter } from './indicators-api';
import { QUICK_PERIODS, quickPeriod } from './periods';

interface FilterValues {
  period?: [Dayjs | null, Dayjs | null] | null;
  regionId?: string;
  agencyId?: string;
  courtId?: string;
}

export function defaultFilter(): PeriodFilter {
  return quickPeriod('本年');
}

const PRESETS = QUICK_PERIODS.map((label) => {
  const { from, to } = quickPeriod(label);
  return { label, value: [dayjs(from), dayjs(to)] as [Dayjs, Dayjs] };
});

function valuesOf(filter: PeriodFilter): FilterValues {
  return {
    period: [dayjs(filter.from), dayjs(filter.to)],
    regionId: filter.regionId,
    agencyId: filter.agencyId,
    courtId: filter.courtId,
  };
}

/** A region offered by the dashboard: a people's government, indented by its depth. */
export interface RegionOption {
  id: string;
  name: string;
  depth: number;
}

export function IndicatorFilters({
  value,
  regions = [],
  onChange,
}: {
  value: PeriodFilter;
  regions?: RegionOption[];
  onChange: (filter: PeriodFilter) => void;
}) {
  const [form] = Form.useForm<FilterValues>();
  useEffect(() => {
    form.setFieldsValue(valuesOf(value));
  }, [form, value]);
  return (
    <Form
      name="indicator-filters"
      form={form}
      layout="inline"
      style={{ rowGap: 12 }}
      onFinish={(values) => {
        const fallback = defaultFilter();
        onChange({
          from: values.period?.[0]?.format('YYYY-MM-DD') ?? fallback.from,
          to: values.period?.[1]?.format('YYYY-MM-DD') ?? fallback.to,
          regionId: values.regionId || undefined,
          agencyId: values.agencyId || undefined,
          courtId: values.courtId || undefined,
        });
      }}
    >
      <Form.Item name="period" label="统计期间" rules={[{ required: true, message: '请选择统计期间' }]}>
        <DatePicker.RangePicker presets={PRESETS} allowClear={false} style={{ width: 260 }} />
      </Form.Item>
      <Form.Item>
        <Space size={0} aria-label="快捷期间">
          {QUICK_PERIODS.map((label) => (
            <Button
              key={label}
              type="link"
              size="small"
              onClick={() => {
                const { from, to } = quickPeriod(label);
                form.setFieldValue('period', [dayjs(from), dayjs(to)]);
                form.submit();
              }}
            >
              {label}
            </Button>
          ))}
        </Space>
      </Form.Item>
      {regions.length > 1 && (
        <Form.Item name="regionId" label="地区">
          <Select
            placeholder="全部地区"
            allowClear
            style={{ width: 180 }}
            options={regions.map((r) => ({
              value: r.id,
              label: `${'　'.repeat(r.depth)}${r.name.replace(/人民政府$/, '')}`,
            }))}
          />
        </Form.Item>
      )}
      <Form.Item name="agencyId" label="被告机关">
        <OrgTreeSelect placeholder="全部机关" allowClear style={{ width: 240 }} />
      </Form.Item>
      <Form.Item name="courtId" label="法院">
        <CourtSelect placeholder="全部法院" allowClear style={{ width: 200 }} />
      </Form.Item>
      <Form.Item>
        <FilterButtons
          onReset={() => {
            const initial = defaultFilter();
            form.setFieldsValue({
              ...valuesOf(initial),
              regionId: undefined,
              agencyId: undefined,
              courtId: undefined,
            });
            onChange(initial);
          }}
        />
      </Form.Item>
    </Form>
  );
}
