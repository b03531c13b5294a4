// The records behind one item or deduction: 案号 linking to the case, or the
// suggestion; in an item, those in the numerator are marked. A county scored as
// one unit of the city's run shows which of its agencies each record is on.
import { Table, Tag } from 'antd';
import { Link } from 'react-router';
import type { ResultRecord } from '../../../shared/api/assessment';
import { formatDateTime } from '../../components/format';

export function ResultRecords({
  records,
  unitName,
  showNumerator,
}: {
  records: ResultRecord[];
  unitName: string;
  showNumerator: boolean;
}) {
  const showAgency = records.some((r) => r.agencyName !== null && r.agencyName !== unitName);
  return (
    <Table
      size="small"
      pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 条` }}
      rowKey="id"
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
        ...(showAgency ? [{ title: '单位', dataIndex: 'agencyName' }] : []),
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
