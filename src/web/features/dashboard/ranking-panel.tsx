// 机关排名: the agencies ranked by a rate, as a bar chart and as a table beside
// it. The rate, the numerator and the denominator of each row (and each bar)
// open the records behind them, narrowed to that agency.
import { Button, Card, Col, Empty, Row, Table } from 'antd';
import { useMemo } from 'react';
import type { Dashboard } from '../../../shared/api/dashboard';
import { isLowerBetter } from '../../../shared/domain/indicators/definitions';
import { EChart, type EChartOption } from '../../components/echart';
import { DrillNumber } from '../indicators/drill-number';
import type { Drill } from '../indicators/indicators-api';

type Ranking = Dashboard['rankings'][number];
type RankingRow = Ranking['rows'][number];

export function RankingPanel({ ranking, onDrill }: { ranking: Ranking; onDrill: (drill: Drill) => void }) {
  const drill = (row: RankingRow, part: 'numerator' | 'denominator') =>
    onDrill({
      kind: 'indicator',
      indicatorId: ranking.indicatorId,
      part,
      agencyId: row.agencyId,
      title: `${row.agencyName} · ${ranking.name} · ${part === 'numerator' ? '分子' : '分母'}`,
      shown: row[part],
    });
  const top = ranking.rows.slice(0, 15);
  const option = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, name: '%' },
      yAxis: { type: 'category', inverse: true, data: top.map((r) => r.agencyName) },
      series: [
        {
          name: ranking.name,
          type: 'bar',
          barMaxWidth: 18,
          label: { show: true, position: 'right', formatter: '{c}%' },
          data: top.map((r) => r.rate),
        },
      ],
    }),
    [top, ranking.name],
  );
  const direction = ranking.order === 'desc' ? '由高到低' : '由低到高';
  // A leader reads 第1名 as the best; for a rate where lower is better, say it is not.
  const caution =
    isLowerBetter(ranking.indicatorId) && ranking.order === 'desc' ? `：排在前面的${ranking.name}较高` : '';
  const title = `${ranking.name}排名（${direction}${caution}）`;
  return (
    <Card size="small" title={title}>
      {ranking.rows.length === 0 ? (
        <Empty description="本期无数据" />
      ) : (
        <Row gutter={16}>
          <Col xs={24} xl={12}>
            <EChart
              option={option}
              height={Math.max(160, top.length * 28 + 24)}
              label={`${title}柱状图`}
              onClick={(event) => {
                const row = top[event.dataIndex];
                if (row) drill(row, 'denominator');
              }}
            />
          </Col>
          <Col xs={24} xl={12}>
            <section aria-label={title}>
              <Table<RankingRow>
                size="small"
                rowKey="agencyId"
                dataSource={ranking.rows}
                pagination={ranking.rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
                columns={[
                  { title: '名次', dataIndex: 'rank', width: 56 },
                  { title: '被告机关', dataIndex: 'agencyName' },
                  {
                    title: ranking.name,
                    key: 'rate',
                    render: (_, row) => (
                      <Button
                        type="link"
                        size="small"
                        style={{ padding: 0, height: 'auto' }}
                        aria-label={`${row.agencyName} ${ranking.name}：${row.rateLabel}，查看明细`}
                        onClick={() => drill(row, 'denominator')}
                      >
                        {row.rateLabel}
                      </Button>
                    ),
                  },
                  {
                    title: '分子',
                    key: 'numerator',
                    render: (_, row) => (
                      <DrillNumber
                        value={row.numerator}
                        label={`${row.agencyName} ${ranking.name} 分子`}
                        onOpen={() => drill(row, 'numerator')}
                      />
                    ),
                  },
                  {
                    title: '分母',
                    key: 'denominator',
                    render: (_, row) => (
                      <DrillNumber
                        value={row.denominator}
                        label={`${row.agencyName} ${ranking.name} 分母`}
                        onOpen={() => drill(row, 'denominator')}
                      />
                    ),
                  },
                ]}
              />
            </section>
          </Col>
        </Row>
      )}
    </Card>
  );
}
