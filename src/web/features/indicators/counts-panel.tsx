// 案件数 by stage, cause, domain, court and loss reason: small tables whose
// counts open the cases behind them.
import { QuestionCircleOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Row, Table, Tooltip } from 'antd';
import {
  COUNT_DIMENSION_LABELS,
  COUNT_DIMENSIONS,
  type CountDimension,
  type Counts,
} from '../../../shared/api/indicators';
import { messageOf } from '../../lib/api-client';
import { DrillNumber } from './drill-number';
import { type Drill, fetchCounts, indicatorKeys, type PeriodFilter } from './indicators-api';

type Group = Counts['groups'][number];

const PAGE_SIZE = 10;
/** Dimensions where each case falls in one group, so the groups add up to the cases counted. */
const PARTITIONS: readonly CountDimension[] = ['stage', 'cause', 'domain', 'court'];

function CountTable({
  filter,
  by,
  onDrill,
}: {
  filter: PeriodFilter;
  by: CountDimension;
  onDrill: (drill: Drill) => void;
}) {
  const counts = useQuery({
    queryKey: indicatorKeys.counts(filter, by),
    queryFn: () => fetchCounts(filter, by),
  });
  const title = COUNT_DIMENSION_LABELS[by];
  const explanation = counts.data ? `${counts.data.note}（统计日期：${counts.data.dateBasis}）` : null;
  return (
    <Card
      size="small"
      title={title}
      extra={
        explanation && (
          <Tooltip title={explanation}>
            <QuestionCircleOutlined aria-label={`${title}的计数规则`} />
          </Tooltip>
        )
      }
    >
      {counts.error ? <Alert type="error" showIcon title={`加载失败：${messageOf(counts.error)}`} /> : null}
      <section aria-label={title}>
        <Table<Group>
          size="small"
          rowKey="key"
          loading={counts.isFetching}
          dataSource={counts.data?.groups ?? []}
          pagination={
            counts.data && counts.data.groups.length > PAGE_SIZE
              ? { pageSize: PAGE_SIZE, size: 'small' }
              : false
          }
          summary={(groups) =>
            PARTITIONS.includes(by) && groups.length > 1 ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  {(counts.data?.groups ?? []).reduce((n, g) => n + g.count, 0)}
                </Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
          locale={{ emptyText: '统计期间内没有案件' }}
          columns={[
            {
              title: by === 'loss-reason' ? '败诉原因' : title.replace('按', ''),
              key: 'label',
              dataIndex: 'label',
            },
            {
              title: '案件数',
              key: 'count',
              align: 'right',
              width: 90,
              render: (_, group) => (
                <DrillNumber
                  value={group.count}
                  label={`${title} ${group.label}`}
                  onOpen={() =>
                    onDrill({
                      kind: 'count',
                      by,
                      key: group.key,
                      title: `${title} · ${group.label}`,
                      shown: group.count,
                    })
                  }
                />
              ),
            },
          ]}
        />
      </section>
    </Card>
  );
}

export function CountsPanel({ filter, onDrill }: { filter: PeriodFilter; onDrill: (drill: Drill) => void }) {
  return (
    <Row gutter={[16, 16]}>
      {COUNT_DIMENSIONS.map((by) => (
        <Col key={by} xs={24} md={12} xl={8}>
          <CountTable filter={filter} by={by} onDrill={onDrill} />
        </Col>
      ))}
    </Row>
  );
}
