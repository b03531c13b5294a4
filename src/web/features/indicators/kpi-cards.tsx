// One card per indicator: its rate, numerator / denominator (each opens the
// records behind it), and the 口径 it was computed under.
import { Alert, Card, Col, Empty, Row, Skeleton, Space, Typography } from 'antd';
import type { IndicatorValues } from '../../../shared/api/indicators';
import { messageOf } from '../../lib/api-client';
import { DefinitionPopover } from './definition-popover';
import { DrillNumber } from './drill-number';
import type { Drill } from './indicators-api';

interface KpiCardsProps {
  data: IndicatorValues | undefined;
  isLoading: boolean;
  error: unknown;
  onDrill: (drill: Drill) => void;
}

export function KpiCards({ data, isLoading, error, onDrill }: KpiCardsProps) {
  if (error) return <Alert type="error" showIcon title={`指标加载失败：${messageOf(error)}`} />;
  if (isLoading || !data) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (data.items.length === 0) return <Empty description="暂无指标" />;
  return (
    <section aria-label="指标值">
      <Row gutter={[16, 16]}>
        {data.items.map((item) => (
          <Col key={item.indicatorId} xs={24} sm={12} lg={8} xxl={6}>
            <Card
              size="small"
              title={item.name}
              extra={
                <DefinitionPopover name={item.name} variant={item.definition} dateBasis={item.dateBasis} />
              }
            >
              <Space orientation="vertical" size={2}>
                <Typography.Text style={{ fontSize: 26, fontWeight: 600 }}>{item.rateLabel}</Typography.Text>
                <Typography.Text>
                  <DrillNumber
                    value={item.numerator}
                    label={`${item.name} 分子`}
                    onOpen={() =>
                      onDrill({
                        kind: 'indicator',
                        indicatorId: item.indicatorId,
                        part: 'numerator',
                        title: `${item.name} · 分子`,
                        shown: item.numerator,
                      })
                    }
                  />
                  {' / '}
                  <DrillNumber
                    value={item.denominator}
                    label={`${item.name} 分母`}
                    onOpen={() =>
                      onDrill({
                        kind: 'indicator',
                        indicatorId: item.indicatorId,
                        part: 'denominator',
                        title: `${item.name} · 分母`,
                        shown: item.denominator,
                      })
                    }
                  />
                </Typography.Text>
                <Typography.Text type="secondary">
                  口径：{item.definition.name}（第{item.definition.version}版）
                </Typography.Text>
              </Space>
            </Card>
          </Col>
        ))}
      </Row>
    </section>
  );
}
