// 按被告机关: one row per agency, a column per indicator with its rate and
// "n / d"; each number opens the same records, narrowed to that agency.
import { Alert, Card, Table, Typography } from 'antd';
import type { AgencyBreakdown } from '../../../shared/api/indicators';
import { messageOf } from '../../lib/api-client';
import { DrillNumber } from './drill-number';
import type { Drill } from './indicators-api';

type AgencyRow = AgencyBreakdown['agencies'][number];

interface AgencyTableProps {
  data: AgencyBreakdown | undefined;
  isFetching: boolean;
  error: unknown;
  onDrill: (drill: Drill) => void;
}

export function AgencyTable({ data, isFetching, error, onDrill }: AgencyTableProps) {
  const indicators = data?.indicators ?? [];
  return (
    <Card size="small" title="按被告机关（主送单位）">
      {error ? <Alert type="error" showIcon title={`按机关统计加载失败：${messageOf(error)}`} /> : null}
      <section aria-label="按被告机关">
        <Table<AgencyRow>
          size="small"
          rowKey="agencyId"
          loading={isFetching}
          dataSource={data?.agencies ?? []}
          pagination={{
            defaultPageSize: 20,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            hideOnSinglePage: true,
            showTotal: (total) => `共 ${total} 个机关`,
          }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: '统计期间内没有被告机关的数据' }}
          columns={[
            { title: '被告机关', key: 'agency', dataIndex: 'agencyName', fixed: 'left', width: 200 },
            ...indicators.map((indicator) => ({
              title: indicator.name,
              key: indicator.id,
              render: (_: unknown, row: AgencyRow) => {
                const value = row.values.find((entry) => entry.indicatorId === indicator.id);
                if (!value) return '—';
                const drill = (part: 'numerator' | 'denominator') => () =>
                  onDrill({
                    kind: 'indicator',
                    indicatorId: indicator.id,
                    part,
                    agencyId: row.agencyId,
                    title: `${row.agencyName} · ${indicator.name} · ${part === 'numerator' ? '分子' : '分母'}`,
                    shown: value[part],
                  });
                return (
                  <span style={{ whiteSpace: 'nowrap' }}>
                    <Typography.Text
                      strong={value.rate !== null}
                      type={value.rate === null ? 'secondary' : undefined}
                    >
                      {value.rateLabel}
                    </Typography.Text>{' '}
                    <Typography.Text type="secondary">
                      (
                      <DrillNumber
                        value={value.numerator}
                        label={`${row.agencyName} ${indicator.name} 分子`}
                        onOpen={drill('numerator')}
                      />
                      /
                      <DrillNumber
                        value={value.denominator}
                        label={`${row.agencyName} ${indicator.name} 分母`}
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
