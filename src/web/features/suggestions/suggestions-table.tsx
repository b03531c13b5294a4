// The register's list: number, kind, title, issuer, addressee, due date and
// status, with the caller's abilities per row (答复 for the addressee).
import { Table, Tag, Tooltip } from 'antd';
import { Link } from 'react-router';
import type { SuggestionSummary } from '../../../shared/api/suggestions';
import { SuggestionStatusTag } from './suggestion-tags';
import type { SuggestionList } from './suggestions-api';

// Sized so that the whole table fits a 1400-pixel window (with a scroll bar): a number of the
// register stays on one line, the longer kinds wrap, long names are cut with their full text on hover.
const WIDTHS = { number: 180, kind: 100, issuer: 120, addressee: 144, due: 96, status: 146, actions: 60 };
const TITLE_MIN_WIDTH = 220;
// Narrower than this the table scrolls sideways rather than squeezing the title (antd gives a
// column without a width whatever the scroll width leaves after the others).
const SCROLL_WIDTH = Object.values(WIDTHS).reduce((sum, width) => sum + width, TITLE_MIN_WIDTH);

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
      scroll={{ x: SCROLL_WIDTH }}
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
          width: WIDTHS.number,
          render: (value: string, row) => <Link to={`/suggestions/${row.id}`}>{value}</Link>,
        },
        { title: '种类', dataIndex: 'kindLabel', width: WIDTHS.kind },
        {
          // No fixed width: the title takes the room the others leave, never less than its minimum.
          title: '标题',
          dataIndex: 'title',
          minWidth: TITLE_MIN_WIDTH,
          ellipsis: { showTitle: false },
          render: (value: string) => (
            <Tooltip placement="topLeft" title={value}>
              {value}
            </Tooltip>
          ),
        },
        { title: '制发单位', dataIndex: ['issuer', 'name'], width: WIDTHS.issuer, ellipsis: true },
        { title: '主送单位', dataIndex: ['addressee', 'name'], width: WIDTHS.addressee, ellipsis: true },
        {
          title: '答复期限',
          dataIndex: 'dueOn',
          width: WIDTHS.due,
          render: (v: string | null) => v ?? '未设期限',
        },
        {
          title: '状态',
          key: 'status',
          width: WIDTHS.status,
          render: (_: unknown, row) => <SuggestionStatusTag item={row} />,
        },
        {
          title: '操作',
          key: 'actions',
          width: WIDTHS.actions,
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
