// The records behind a clicked number: a paged list of the cases (or the
// suggestions) whose total is the number that was clicked.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Drawer, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../components/format';
import { messageOf } from '../../lib/api-client';
import { type Drill, fetchDrill, indicatorKeys, type PeriodFilter } from './indicators-api';

const PAGE_SIZE = 20;

interface Row {
  key: string;
  number: string;
  link: string | null;
  title: string;
  agencyName: string | null;
  courtName: string | null;
  extra: string | null;
  date: string | null;
  /** For an indicator's denominator: whether the record also counts in the numerator. */
  isInNumerator: boolean | null;
}

export function RecordsDrawer({
  filter,
  drill,
  onClose,
}: {
  filter: PeriodFilter;
  drill: Drill | null;
  onClose: () => void;
}) {
  const [page, setPage] = useState(1);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new number clicked starts at its first page
  useEffect(() => setPage(1), [drill]);
  const records = useQuery({
    queryKey: indicatorKeys.records(filter, drill as Drill, page, PAGE_SIZE),
    queryFn: () => fetchDrill(filter, drill as Drill, page, PAGE_SIZE),
    enabled: drill !== null,
    placeholderData: keepPreviousData,
  });

  const result = records.data;
  const rows: Row[] =
    result?.kind === 'indicator'
      ? result.data.items.map((item, index) => ({
          key: `${item.caseId ?? item.suggestionId}-${item.agencyId}-${item.hearingAt ?? ''}-${index}`,
          number: item.number,
          link: item.caseId
            ? `/cases/${item.caseId}`
            : item.suggestionId
              ? `/suggestions/${item.suggestionId}`
              : null,
          title: item.title,
          agencyName: item.agencyName,
          courtName: item.courtName,
          extra: item.hearingAt ? `开庭 ${formatDateTime(item.hearingAt)}` : null,
          date: item.date,
          isInNumerator: item.isInNumerator,
        }))
      : result?.kind === 'count'
        ? result.data.items.map((item, index) => ({
            // 开庭数 lists each hearing: a case heard twice appears twice.
            key: `${item.caseId}-${item.date ?? ''}-${index}`,
            number: item.number,
            link: `/cases/${item.caseId}`,
            title: item.title,
            agencyName: null,
            courtName: item.courtName,
            extra: item.stageLabel,
            date: item.date,
            isInNumerator: null,
          }))
        : [];
  const isSuggestion =
    result?.kind === 'indicator' && result.data.items.some((item) => item.kind === 'suggestion');
  const total = result?.data.total ?? 0;
  // In a denominator's list, which records are also in the numerator (e.g. the cases a head attended).
  const showsNumerator = drill?.kind === 'indicator' && drill.part === 'denominator';

  return (
    <Drawer
      open={drill !== null}
      onClose={onClose}
      size={960}
      title={drill ? `${drill.title}（${drill.shown}）` : ''}
      destroyOnHidden
    >
      {records.error && <Alert type="error" showIcon title={`明细加载失败：${messageOf(records.error)}`} />}
      {result && total !== drill?.shown && !records.isFetching && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`明细共 ${total} 条，与所点数字 ${drill?.shown} 不一致：数据可能刚有变动，请重新查询。`}
        />
      )}
      <section aria-label="明细">
        <Table<Row>
          size="small"
          rowKey="key"
          loading={records.isFetching}
          dataSource={rows}
          locale={{ emptyText: '没有记录' }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total,
            showSizeChanger: false,
            showTotal: (count) => `共 ${count} 条`,
            onChange: setPage,
          }}
          columns={[
            {
              title: isSuggestion ? '文号' : '案号',
              key: 'number',
              render: (_, row) => (row.link ? <Link to={row.link}>{row.number}</Link> : row.number),
            },
            {
              title: isSuggestion ? '标题' : '被诉行政行为',
              key: 'title',
              render: (_, row) => (
                <Typography.Text ellipsis={{ tooltip: row.title }} style={{ maxWidth: 300 }}>
                  {row.title}
                </Typography.Text>
              ),
            },
            ...(result?.kind === 'count'
              ? []
              : [{ title: isSuggestion ? '主送单位' : '被告机关', key: 'agency', dataIndex: 'agencyName' }]),
            { title: '法院', key: 'court', render: (_: unknown, row: Row) => row.courtName ?? '—' },
            ...(rows.some((row) => row.extra)
              ? [
                  {
                    title: result?.kind === 'count' ? '阶段' : '庭次',
                    key: 'extra',
                    render: (_: unknown, row: Row) => row.extra ?? '—',
                  },
                ]
              : []),
            {
              title: '统计日期',
              key: 'date',
              render: (_, row) => row.date ?? '—',
            },
            ...(showsNumerator
              ? [
                  {
                    title: '计入分子',
                    key: 'isInNumerator',
                    render: (_: unknown, row: Row) =>
                      row.isInNumerator ? <Tag color="green">是</Tag> : <Tag>否</Tag>,
                  },
                ]
              : []),
          ]}
        />
      </section>
    </Drawer>
  );
}
