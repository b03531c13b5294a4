// The KPI cards: each indicator's rate, its numerator and denominator (each
// opens the records behind it) and the change against the previous period;
// then the case counts of the period against the previous one, each opening
// the cases (for 开庭数, the hearings) behind it.
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Card, Col, Row, Space, Statistic, Typography } from 'antd';
import type { Dashboard, DashboardKpi } from '../../../shared/api/dashboard';
import { TOTAL_COUNT_KEY } from '../../../shared/api/indicators';
import { DefinitionPopover } from '../indicators/definition-popover';
import { DrillNumber } from '../indicators/drill-number';
import type { Drill } from '../indicators/indicators-api';

const UNITS = { received: '件', judged: '件', hearings: '次' } as const;

// Whether a rise is good news: a higher 败诉率 or 纠错率 is not.
const HIGHER_IS_WORSE = new Set(['loss', 'correction']);

function Change({ kpi }: { kpi: DashboardKpi }) {
  if (kpi.denominator === 0) return <Typography.Text type="secondary">本期无数据，无法比较</Typography.Text>;
  if (kpi.previous.denominator === 0)
    return <Typography.Text type="secondary">上期无数据，无法比较</Typography.Text>;
  if (kpi.change === null) return null;
  if (kpi.change === 0) return <Typography.Text type="secondary">较上期持平</Typography.Text>;
  const isUp = kpi.change > 0;
  const isGood = isUp !== HIGHER_IS_WORSE.has(kpi.indicatorId);
  const color = isGood ? '#389e0d' : '#cf1322';
  return (
    <Typography.Text style={{ color }}>
      {isUp ? <ArrowUpOutlined /> : <ArrowDownOutlined />} 较上期 {isUp ? '+' : ''}
      {kpi.change.toFixed(1)}个百分点
    </Typography.Text>
  );
}

export function KpiBoard({ data, onDrill }: { data: Dashboard; onDrill: (drill: Drill) => void }) {
  const drill = (kpi: DashboardKpi, part: 'numerator' | 'denominator') => () =>
    onDrill({
      kind: 'indicator',
      indicatorId: kpi.indicatorId,
      part,
      title: `${kpi.name} · ${part === 'numerator' ? '分子' : '分母'}`,
      shown: kpi[part],
    });
  return (
    <section aria-label="关键指标">
      <Row gutter={[12, 12]}>
        {data.kpis.map((kpi) => (
          <Col key={kpi.indicatorId} xs={24} sm={12} lg={6}>
            <Card
              size="small"
              title={kpi.name}
              extra={<DefinitionPopover name={kpi.name} variant={kpi.definition} dateBasis={kpi.dateBasis} />}
            >
              <Space orientation="vertical" size={2}>
                <Typography.Text style={{ fontSize: 26, fontWeight: 600 }}>{kpi.rateLabel}</Typography.Text>
                <Typography.Text>
                  分子{' '}
                  <DrillNumber
                    value={kpi.numerator}
                    label={`${kpi.name} 分子`}
                    onOpen={drill(kpi, 'numerator')}
                  />{' '}
                  / 分母{' '}
                  <DrillNumber
                    value={kpi.denominator}
                    label={`${kpi.name} 分母`}
                    onOpen={drill(kpi, 'denominator')}
                  />
                </Typography.Text>
                <Change kpi={kpi} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  上期 {kpi.previous.rateLabel}（{kpi.previous.numerator}/{kpi.previous.denominator}）
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  口径：{kpi.definitionName}
                </Typography.Text>
              </Space>
            </Card>
          </Col>
        ))}
        {data.counts.map((count) => (
          <Col key={count.key} xs={24} sm={8} lg={6}>
            <Card size="small">
              <Statistic
                title={count.label}
                value={count.count}
                suffix={UNITS[count.key]}
                formatter={(value) => (
                  <DrillNumber
                    value={Number(value)}
                    label={count.label}
                    onOpen={() =>
                      onDrill({
                        kind: 'count',
                        by: count.key,
                        key: TOTAL_COUNT_KEY,
                        title: count.label,
                        shown: count.count,
                      })
                    }
                  />
                )}
              />
              <Typography.Text type="secondary">
                上期 {count.previous} {UNITS[count.key]}
                {count.count !== count.previous &&
                  `，较上期${count.count > count.previous ? '增加' : '减少'} ${Math.abs(count.count - count.previous)} ${UNITS[count.key]}`}
              </Typography.Text>
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
}
