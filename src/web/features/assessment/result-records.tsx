// The records behind one item or deduction: 案号 linking to the case, or the
// suggestion; in an item, those in the numerator are marked.
import { Table, Tag } from 'antd';
import { Link } from 'react-router';
import type { ResultRecord } from '../../../shared/api/assessment';
import { formatDateTime } from '../../components/format';

export function ResultRecords({
  records,
  showNumerator,
}: {
  records: ResultRecord[];
  showNumerator: boolean;
}) {
  return (
    <Table
      size="small"
      pagination={false}
      rowKey={(r) => `${r.caseId ?? r.suggestionId}-${r.hearingAt ?? r.date}-${r.isInNumerator}`}
      dataSource={records}
      locale={{ emptyText: '无记录' }}
      columns={[
        {
          title: '案号 / 文号',
          render: (_, r) =>
            r.caseId ? (
              <Link to={`/cases/${r.caseId}`}>{r.number}</Link>
            ) : (
              <Link to={`/suggestions/${r.suggestionId}`}>{r.number}</Link>
            ),
        },
        { title: '事由', dataIndex: 'title' },
        { title: '日期', render: (_, r) => (r.hearingAt ? formatDateTime(r.hearingAt) : r.date) },
        ...(showNumerator
          ? [
              {
                title: '计入分子',
                render: (_: unknown, r: ResultRecord) =>
                  r.isInNumerator ? <Tag color="green">是</Tag> : <Tag>否</Tag>,
              },
            ]
          : []),
      ]}
    />
  );
}
