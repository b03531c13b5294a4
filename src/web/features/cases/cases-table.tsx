// The case list: one page of cases, sortable by number, service date and next
// hearing (the orders the server offers), the nearest deadline coloured.
import { Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { Link } from 'react-router';
import type { CaseSummary } from '../../../shared/api/cases';
import { formatDateTime } from '../../components/format';
import type { Page } from '../../lib/api-client';
import { DueDate, FlagTags, StageTag } from './case-tags';
import type { CaseSort } from './cases-api';

interface CasesTableProps {
  data: Page<CaseSummary> | undefined;
  loading: boolean;
  sort: CaseSort;
  order: 'asc' | 'desc';
  onPageChange: (page: number, pageSize: number) => void;
  onSortChange: (sort: CaseSort, order: 'asc' | 'desc') => void;
}

const SORTABLE: Record<string, CaseSort> = {
  caseNumber: 'caseNumber',
  serviceDate: 'serviceDate',
  nextHearingAt: 'nextHearing',
  nextDeadline: 'nextDeadline',
};

export function CasesTable({ data, loading, sort, order, onPageChange, onSortChange }: CasesTableProps) {
  const sortOrderOf = (key: string) =>
    SORTABLE[key] === sort ? (order === 'asc' ? ('ascend' as const) : ('descend' as const)) : null;
  const columns: ColumnsType<CaseSummary> = [
    {
      title: '案号',
      key: 'caseNumber',
      sorter: true,
      sortOrder: sortOrderOf('caseNumber'),
      fixed: 'left',
      width: 230,
      render: (_, c) => (
        <>
          <Link to={`/cases/${c.id}`} style={{ whiteSpace: 'nowrap' }}>
            {c.caseNumber}
          </Link>
          <div>
            <FlagTags flags={c} />
          </div>
        </>
      ),
    },
    { title: '法院', key: 'court', width: 140, render: (_, c) => c.court.name },
    { title: '阶段', key: 'stage', width: 110, render: (_, c) => <StageTag stage={c.stage} /> },
    { title: '案由', key: 'cause', width: 120, render: (_, c) => c.cause.label },
    {
      title: '被诉行政行为',
      key: 'subject',
      width: 240,
      render: (_, c) => (
        <Typography.Paragraph ellipsis={{ rows: 2, tooltip: c.subject }} style={{ margin: 0 }}>
          {c.subject}
        </Typography.Paragraph>
      ),
    },
    { title: '原告', key: 'plaintiffs', width: 130, render: (_, c) => c.plaintiffNames.join('、') },
    {
      title: '被告',
      key: 'defendants',
      width: 170,
      render: (_, c) => c.defendants.map((d) => d.name).join('、'),
    },
    {
      title: '送达日期',
      key: 'serviceDate',
      sorter: true,
      sortOrder: sortOrderOf('serviceDate'),
      width: 120,
      render: (_, c) => c.serviceDate ?? '—',
    },
    {
      title: '下次开庭',
      key: 'nextHearingAt',
      sorter: true,
      sortOrder: sortOrderOf('nextHearingAt'),
      width: 150,
      render: (_, c) => formatDateTime(c.nextHearingAt),
    },
    {
      title: '最近期限',
      key: 'nextDeadline',
      sorter: true,
      sortOrder: sortOrderOf('nextDeadline'),
      width: 200,
      render: (_, c) =>
        c.nextDeadline ? (
          <Tooltip title={c.nextDeadline.title}>
            <div>
              <Typography.Text type="secondary">{c.nextDeadline.title}</Typography.Text>
              <br />
              <DueDate {...c.nextDeadline} />
            </div>
          </Tooltip>
        ) : (
          '—'
        ),
    },
    {
      title: '败诉',
      key: 'isLost',
      width: 80,
      render: (_, c) => (c.isLost === null ? '—' : c.isLost ? <Tag color="red">败诉</Tag> : '否'),
    },
  ];
  return (
    <Table<CaseSummary>
      rowKey="id"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      scroll={{ x: 1690 }}
      onChange={(_, __, sorter, extra) => {
        if (extra.action !== 'sort') return;
        const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<CaseSummary> | undefined;
        const key = String(s?.columnKey ?? '');
        if (s?.order && SORTABLE[key]) onSortChange(SORTABLE[key], s.order === 'ascend' ? 'asc' : 'desc');
        else if (!s?.order) onSortChange('serviceDate', 'desc');
      }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => `共 ${total} 件`,
        onChange: onPageChange,
      }}
    />
  );
}
