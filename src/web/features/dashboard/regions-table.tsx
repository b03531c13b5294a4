// 各地区对比: one row per child region, the region's own level (市本级) and the
// total, a column per indicator; each number opens the records of that region.
import { Card, Table, Typography } from 'antd';
import type { Dashboard, DashboardRegion } from '../../../shared/api/dashboard';
import { DrillNumber } from '../indicators/drill-number';
import type { Drill } from '../indicators/indicators-api';

export function RegionsTable({ data, onDrill }: { data: Dashboard; onDrill: (drill: Drill) => void }) {
  if (data.regions.length === 0) return null;
  const regionOf = (row: DashboardRegion) =>
    row.kind === 'region'
      ? { regionId: row.regionId ?? undefined }
      : row.kind === 'own'
        ? { regionId: row.regionId ?? undefined, regionLevel: 'own' as const }
        : { regionId: row.regionId ?? undefined };
  return (
    <Card size="small" title="各地区对比">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        为便于比较，各地区的数值统一按本级适用的统计口径计算（
        {data.kpis.map((kpi) => `${kpi.name}：${kpi.definitionName}`).join('；')}
        ），可能与某地区自行选定口径下的数值不同。
      </Typography.Paragraph>
      <section aria-label="各地区对比">
        <Table<DashboardRegion>
          size="small"
          rowKey="key"
          dataSource={data.regions}
          pagination={false}
          scroll={{ x: 'max-content' }}
          rowClassName={(row) => (row.kind === 'total' ? 'ant-table-row-selected' : '')}
          columns={[
            {
              title: '地区',
              key: 'name',
              fixed: 'left',
              render: (_, row) => <Typography.Text strong={row.kind === 'total'}>{row.name}</Typography.Text>,
            },
            ...data.kpis.map((kpi) => ({
              title: kpi.name,
              key: kpi.indicatorId,
              render: (_: unknown, row: DashboardRegion) => {
                const value = row.values.find((v) => v.indicatorId === kpi.indicatorId);
                if (!value) return '—';
                const drill = (part: 'numerator' | 'denominator') => () =>
                  onDrill({
                    kind: 'indicator',
                    indicatorId: kpi.indicatorId,
                    part,
                    region: regionOf(row),
                    title: `${row.name} · ${kpi.name} · ${part === 'numerator' ? '分子' : '分母'}`,
                    shown: value[part],
                  });
                return (
                  <span style={{ whiteSpace: 'nowrap' }}>
                    <Typography.Text type={value.rate === null ? 'secondary' : undefined}>
                      {value.rateLabel}
                    </Typography.Text>{' '}
                    <Typography.Text type="secondary">
                      (
                      <DrillNumber
                        value={value.numerator}
                        label={`${row.name} ${kpi.name} 分子`}
                        onOpen={drill('numerator')}
                      />
                      /
                      <DrillNumber
                        value={value.denominator}
                        label={`${row.name} ${kpi.name} 分母`}
                        onOpen={drill('denominator')}
                      />
                      )
                    </Typography.Text>
                  </span>
                );
              },
            })),
          ]}
        />
      </section>
    </Card>
  );
}
