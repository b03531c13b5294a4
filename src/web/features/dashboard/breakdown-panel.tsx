// 分布: the cases of the period by cause, domain or loss reason, as a chart and
// a table; a slice, a bar or a count opens the cases behind it.
import { Card, Empty, Table } from 'antd';
import { useMemo } from 'react';
import type { Dashboard } from '../../../shared/api/dashboard';
import { EChart, type EChartOption } from '../../components/echart';
import { DrillNumber } from '../indicators/drill-number';
import type { Drill } from '../indicators/indicators-api';

type Breakdown = Dashboard['breakdowns'][number];
type Group = Breakdown['groups'][number];

export function BreakdownPanel({
  breakdown,
  onDrill,
}: {
  breakdown: Breakdown;
  onDrill: (drill: Drill) => void;
}) {
  const title = `案件分布（${breakdown.byLabel}）`;
  const drill = (group: Group) =>
    onDrill({
      kind: 'count',
      by: breakdown.by,
      key: group.key,
      title: `${breakdown.byLabel.replace(/^按/, '')} · ${group.label}`,
      shown: group.count,
    });
  const isPie = breakdown.by !== 'loss-reason';
  const option = useMemo<EChartOption>(
    () =>
      isPie
        ? {
            tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
            series: [
              {
                type: 'pie',
                radius: ['35%', '65%'],
                label: { formatter: '{b}\n{c} 件' },
                data: breakdown.groups.map((g) => ({ name: g.label, value: g.count })),
              },
            ],
          }
        : {
            tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
            grid: { left: 8, right: 32, top: 8, bottom: 8, containLabel: true },
            xAxis: { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', inverse: true, data: breakdown.groups.map((g) => g.label) },
            series: [
              {
                type: 'bar',
                barMaxWidth: 18,
                label: { show: true, position: 'right' },
                data: breakdown.groups.map((g) => g.count),
              },
            ],
          },
    [breakdown, isPie],
  );
  return (
    <Card size="small" title={title}>
      {breakdown.groups.length === 0 ? (
        <Empty description="本期无数据" />
      ) : (
        <>
          <EChart
            option={option}
            height={220}
            label={`${title}图`}
            onClick={(event) => {
              const group = breakdown.groups[event.dataIndex];
              if (group) drill(group);
            }}
          />
          <section aria-label={title}>
            <Table<Group>
              size="small"
              rowKey="key"
              dataSource={breakdown.groups}
              pagination={false}
              columns={[
                { title: breakdown.byLabel.replace(/^按/, ''), dataIndex: 'label' },
                {
                  title: '件数',
                  key: 'count',
                  width: 80,
                  render: (_, group) => (
                    <DrillNumber
                      value={group.count}
                      label={`${group.label} 件数`}
                      onOpen={() => drill(group)}
                    />
                  ),
                },
              ]}
            />
          </section>
        </>
      )}
    </Card>
  );
}
