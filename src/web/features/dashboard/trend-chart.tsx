// 月度趋势: the main rates per month (lines) and the cases received per month
// (bars). A click on a rate's point or on a bar opens the records of that month.
import { Alert, Card, Typography } from 'antd';
import { useMemo } from 'react';
import type { Dashboard } from '../../../shared/api/dashboard';
import { TOTAL_COUNT_KEY } from '../../../shared/api/indicators';
import { EChart, type EChartOption } from '../../components/echart';
import type { Drill } from '../indicators/indicators-api';

const monthLabel = (month: string) => `${Number(month.slice(0, 4))}年${Number(month.slice(5, 7))}月`;

function monthPeriod(month: string, period: { from: string; to: string }) {
  const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  const from = `${month}-01` < period.from ? period.from : `${month}-01`;
  const to = `${month}-${String(last).padStart(2, '0')}` > period.to ? period.to : `${month}-${last}`;
  return { from, to };
}

export function TrendChart({
  data,
  onDrillMonth,
}: {
  data: Dashboard;
  /** Opens the records of one month: the page narrows its period for the drawer. */
  onDrillMonth: (period: { from: string; to: string }, drill: Drill) => void;
}) {
  const { trend } = data;
  const option = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 48, top: 40, bottom: 28 },
      xAxis: { type: 'category', data: trend.months.map(monthLabel) },
      yAxis: [
        { type: 'value', name: '%', min: 0, max: 100 },
        { type: 'value', name: '件', minInterval: 1 },
      ],
      series: [
        ...trend.series.map((s) => ({
          name: s.name,
          type: 'line',
          connectNulls: false,
          data: s.points.map((p) => p.rate),
        })),
        {
          name: '收案数',
          type: 'bar',
          yAxisIndex: 1,
          barMaxWidth: 24,
          itemStyle: { opacity: 0.35 },
          data: trend.newCases.map((m) => m.count),
        },
      ],
    }),
    [trend],
  );
  const hasData =
    trend.newCases.some((m) => m.count > 0) ||
    trend.series.some((s) => s.points.some((p) => p.denominator > 0));
  return (
    <Card
      size="small"
      title="月度趋势"
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          点击折线上的点或柱形查看当月明细（出庭应诉率按案件计，不按月列明细）
        </Typography.Text>
      }
    >
      {trend.isTruncated && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title="统计期间超过24个月，趋势图只显示最后24个月。"
        />
      )}
      {hasData ? (
        <EChart
          option={option}
          height={300}
          label={`月度趋势：${trend.series.map((s) => s.name).join('、')}与收案数`}
          onClick={(event) => {
            const month = trend.months[event.dataIndex];
            if (month && event.seriesIndex === trend.series.length) {
              // The bar: the cases received (served) that month.
              onDrillMonth(monthPeriod(month, data), {
                kind: 'count',
                by: 'received',
                key: TOTAL_COUNT_KEY,
                title: `${monthLabel(month)} · 收案数`,
                shown: trend.newCases[event.dataIndex]?.count ?? 0,
              });
              return;
            }
            const series = trend.series[event.seriesIndex ?? -1];
            const point = series?.points[event.dataIndex];
            // 出庭应诉率 per case dates a case by its first hearing in the whole period:
            // a month alone could list a case again, so its points do not drill down.
            if (!series || !month || !point || series.indicatorId === 'head-appearance') return;
            onDrillMonth(monthPeriod(month, data), {
              kind: 'indicator',
              indicatorId: series.indicatorId,
              part: 'denominator',
              title: `${monthLabel(month)} · ${series.name} · 分母`,
              shown: point.denominator,
            });
          }}
        />
      ) : (
        <Alert type="info" showIcon title="本期无数据" />
      )}
    </Card>
  );
}
