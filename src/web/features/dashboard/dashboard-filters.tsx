// Filters of the dashboard: the period (quick picks 本月, 本季度, 本年, 上年 or a
// range), the region (only those within the user's scope), the agency and
// the court. 重置 goes back to 本年 over the whole scope.
import { Button, DatePicker, Form, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import type { Dashboard } from '../../../shared/api/dashboard';
import { FilterButtons } from '../../components/filter-buttons';
import { CourtSelect } from '../cases/reference-selects';
import type { PeriodFilter } from '../indicators/indicators-api';
import { OrgTreeSelect } from '../orgs/org-tree-select';
import { DASHBOARD_PERIODS, dashboardPeriod } from './dashboard-api';

interface FilterValues {
  period?: [Dayjs | null, Dayjs | null] | null;
  regionId?: string;
  agencyId?: string;
  courtId?: string;
}

const PRESETS = DASHBOARD_PERIODS.map((label) => {
  const { from, to } = dashboardPeriod(label);
  return { label, value: [dayjs(from), dayjs(to)] as [Dayjs, Dayjs] };
});

const valuesOf = (filter: PeriodFilter): FilterValues => ({
  period: [dayjs(filter.from), dayjs(filter.to)],
  regionId: filter.regionId,
  agencyId: filter.agencyId,
  courtId: filter.courtId,
});

export function DashboardFilters({
  value,
  regions,
  onChange,
}: {
  value: PeriodFilter;
  regions: Dashboard['regionOptions'];
  onChange: (filter: PeriodFilter) => void;
}) {
  const [form] = Form.useForm<FilterValues>();
  useEffect(() => {
    form.setFieldsValue(valuesOf(value));
  }, [form, value]);
  return (
    <Form
      name="dashboard-filters"
      form={form}
      layout="inline"
      style={{ rowGap: 12 }}
      onFinish={(values) => {
        const fallback = dashboardPeriod('本年');
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
          {DASHBOARD_PERIODS.map((label) => (
            <Button
              key={label}
              type="link"
              size="small"
              onClick={() => {
                const { from, to } = dashboardPeriod(label);
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
            const initial = dashboardPeriod('本年');
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
