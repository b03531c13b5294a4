// The register's list: number, kind, title, issuer, addressee, due date and
// status, with the caller's abilities per row (答复 for the addressee).
import { Table, Tag } from 'antd';
import { Link } from 'react-router';
import type { SuggestionSummary } from '../../../shared/api/suggestions';
import { SuggestionStatusTag } from './suggestion-tags';
import type { SuggestionList } from './suggestions-api';

export function SuggestionsTable(props: {
  data: SuggestionList | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}) {
  const { data } = props;
  return (
    <Table<SuggestionSummary>
      rowKey="id"
      size="middle"
      loading={props.loading}
      dataSource={data?.items ?? []}
      scroll={{ x: 1100 }}
      locale={{ emptyText: '暂无建议与函件' }}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        showTotal: (total) => `共 ${total} 件`,
        onChange: props.onPageChange,
      }}
      columns={[
        {
          title: '文号',
          dataIndex: 'documentNumber',
          width: 190,
          render: (value: string, row) => <Link to={`/suggestions/${row.id}`}>{value}</Link>,
        },
        { title: '种类', dataIndex: 'kindLabel', width: 140 },
        { title: '标题', dataIndex: 'title', ellipsis: true },
        { title: '制发单位', dataIndex: ['issuer', 'name'], width: 170 },
        { title: '主送单位', dataIndex: ['addressee', 'name'], width: 180 },
        { title: '答复期限', dataIndex: 'dueOn', width: 110, render: (v: string | null) => v ?? '未设期限' },
        {
          title: '状态',
          key: 'status',
          width: 160,
          render: (_: unknown, row) => <SuggestionStatusTag item={row} />,
        },
        {
          title: '操作',
          key: 'actions',
          width: 90,
          render: (_: unknown, row) =>
            row.abilities.reply ? (
              <Link to={`/suggestions/${row.id}?reply=1`}>
                <Tag color="processing">答复</Tag>
              </Link>
            ) : (
              <Link to={`/suggestions/${row.id}`}>查看</Link>
            ),
        },
      ]}
    />
  );
}
