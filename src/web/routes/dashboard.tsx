// 数据看板: for the user's scope and a period — KPI cards with the change
// against the previous period, the monthly trend, agency rankings, the
// breakdowns by cause, domain and loss reason, the regions (the city sees each
// county and the total) and the hearings of the next 14 days. The filters are
// kept in the address; every number opens the records behind it.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Empty, Row, Skeleton, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { BreakdownPanel } from '../features/dashboard/breakdown-panel';
import {
  dashboardKeys,
  fetchDashboard,
  filterOfSearch,
  searchOfFilter,
} from '../features/dashboard/dashboard-api';
import { KpiBoard } from '../features/dashboard/kpi-board';
import { RankingPanel } from '../features/dashboard/ranking-panel';
import { RegionsTable } from '../features/dashboard/regions-table';
import { TrendChart } from '../features/dashboard/trend-chart';
import { UpcomingHearings } from '../features/dashboard/upcoming-hearings';
import { IndicatorFilters } from '../features/indicators/indicator-filters';
import type { Drill, PeriodFilter } from '../features/indicators/indicators-api';
import { quickPeriodOf } from '../features/indicators/periods';
import { RecordsDrawer } from '../features/indicators/records-drawer';
import { messageOf } from '../lib/api-client';

export function DashboardPage() {
  const [search, setSearch] = useSearchParams();
  const filter = useMemo(() => filterOfSearch(search), [search]);
  // The drawer's filter: the page's, or one month of it when a trend point was clicked.
  const [drill, setDrill] = useState<{ drill: Drill; filter: PeriodFilter } | null>(null);
  const dashboard = useQuery({
    queryKey: dashboardKeys.of(filter),
    queryFn: () => fetchDashboard(filter),
    placeholderData: keepPreviousData,
  });
  const data = dashboard.data;
  const quick = quickPeriodOf(filter);
  const open = (next: Drill) => setDrill({ drill: next, filter });
  const isEmpty =
    !!data?.kpis.every((k) => k.denominator === 0) && !!data?.counts.every((c) => c.count === 0);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title="数据看板">
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <IndicatorFilters
            value={filter}
            regions={data?.regionOptions ?? []}
            onChange={(next) => setSearch(searchOfFilter(next))}
          />
          <Typography.Text type="secondary">
            {data?.scopeName ?? ''} · 统计期间：{filter.from} 至 {filter.to}
            {quick ? `（${quick}）` : ''}
            {data ? `；对比上期：${data.previousPeriod.from} 至 ${data.previousPeriod.to}` : ''}
            。点击分子、分母、排名、地区或分布中的数字可查看对应案件清单。
          </Typography.Text>
          {dashboard.error ? (
            <Alert type="error" showIcon title={`数据看板加载失败：${messageOf(dashboard.error)}`} />
          ) : !data ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : (
            <>
              {isEmpty && <Empty description="本期无数据" />}
              <KpiBoard data={data} onDrill={open} />
            </>
          )}
        </Space>
      </Card>
      {data && !dashboard.error && (
        <>
          <TrendChart
            data={data}
            onDrillMonth={(period, next) => setDrill({ drill: next, filter: { ...filter, ...period } })}
          />
          <Row gutter={[16, 16]}>
            {data.rankings.map((ranking) => (
              <Col key={ranking.indicatorId} xs={24} xxl={12}>
                <RankingPanel ranking={ranking} onDrill={open} />
              </Col>
            ))}
          </Row>
          <Row gutter={[16, 16]}>
            {data.breakdowns.map((breakdown) => (
              <Col key={breakdown.by} xs={24} lg={8}>
                <BreakdownPanel breakdown={breakdown} onDrill={open} />
              </Col>
            ))}
          </Row>
          <RegionsTable data={data} onDrill={open} />
          <UpcomingHearings hearings={data.upcomingHearings} total={data.upcomingHearingTotal} />
        </>
      )}
      <RecordsDrawer
        filter={drill?.filter ?? filter}
        drill={drill?.drill ?? null}
        onClose={() => setDrill(null)}
      />
    </Space>
  );
}
