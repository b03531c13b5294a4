// 统计指标: the indicators for a period, agency and court — cards, the
// per-agency table and the counts, every number opening the records behind
// it — and, for the coordinator, the region's choice of 统计口径.
// Courts are not measured by these indicators (the agencies are): a court
// account gets an explanation instead of a page of refusals.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { AgencyTable } from '../features/indicators/agency-table';
import { CountsPanel } from '../features/indicators/counts-panel';
import { defaultFilter, IndicatorFilters } from '../features/indicators/indicator-filters';
import {
  type Drill,
  fetchByAgency,
  fetchDefinitions,
  fetchValues,
  indicatorKeys,
  type PeriodFilter,
} from '../features/indicators/indicators-api';
import { KpiCards } from '../features/indicators/kpi-cards';
import { quickPeriodOf } from '../features/indicators/periods';
import { RecordsDrawer } from '../features/indicators/records-drawer';
import { VariantSettings } from '../features/indicators/variant-settings';

export function IndicatorsPage() {
  const [filter, setFilter] = useState<PeriodFilter>(defaultFilter);
  const [drill, setDrill] = useState<Drill | null>(null);
  const values = useQuery({
    queryKey: indicatorKeys.values(filter),
    queryFn: () => fetchValues(filter),
    placeholderData: keepPreviousData,
  });
  const byAgency = useQuery({
    queryKey: indicatorKeys.byAgency(filter),
    queryFn: () => fetchByAgency(filter),
    placeholderData: keepPreviousData,
  });
  // The same call as the 口径 settings below: it also lists the regions one may pick.
  const definitions = useQuery({ queryKey: indicatorKeys.definitions, queryFn: fetchDefinitions });
  const quick = quickPeriodOf(filter);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title="统计指标">
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <IndicatorFilters
            value={filter}
            regions={definitions.data?.regionOptions ?? []}
            onChange={setFilter}
          />
          <Typography.Text type="secondary">
            统计期间：{filter.from} 至 {filter.to}
            {quick ? `（${quick}）` : ''}。点击分子、分母或案件数可查看其对应的案件清单。
          </Typography.Text>
          <KpiCards data={values.data} isLoading={values.isLoading} error={values.error} onDrill={setDrill} />
        </Space>
      </Card>
      <AgencyTable
        data={byAgency.data}
        isFetching={byAgency.isFetching}
        error={byAgency.error}
        onDrill={setDrill}
      />
      <CountsPanel filter={filter} onDrill={setDrill} />
      <VariantSettings />
      <RecordsDrawer filter={filter} drill={drill} onClose={() => setDrill(null)} />
    </Space>
  );
}
