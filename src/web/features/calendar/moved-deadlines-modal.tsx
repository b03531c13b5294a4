// After a holiday year is saved: the registered deadlines whose due date the new arrangement
// moved, each linking to its case or suggestion when the saver may read those (a system
// administrator may not). The owners of open ones are notified too.
import { Alert, Modal, Table, Tag } from 'antd';
import { Link } from 'react-router';
import type { MovedDeadline, SavedHolidayYear } from '../../../shared/api/calendar';
import { useCan } from '../auth/session';

export function MovedDeadlinesModal(props: { saved: SavedHolidayYear | null; onClose: () => void }) {
  const items = props.saved?.movedDeadlines ?? [];
  const can = useCan();
  const canOpen = (d: MovedDeadline) => can(d.kind === 'case' ? 'case.read' : 'suggestion.read');
  return (
    <Modal
      open={items.length > 0}
      title={`${props.saved?.year ?? ''}年节假日安排修订后调整的期限`}
      onOk={props.onClose}
      onCancel={props.onClose}
      okText="知道了"
      cancelButtonProps={{ style: { display: 'none' } }}
      width={820}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title={`共${items.length}个已登记的期限按新安排重算后届满日改变；未完成期限的责任单位已收到提醒`}
      />
      <Table<MovedDeadline>
        size="small"
        rowKey={(d) => `${d.link}#${d.title}#${d.from}`}
        dataSource={items}
        pagination={{ pageSize: 10, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 个` }}
        columns={[
          {
            title: '案件或建议',
            key: 'label',
            render: (_, d) => (canOpen(d) ? <Link to={d.link}>{d.label}</Link> : d.label),
          },
          { title: '期限', dataIndex: 'title' },
          { title: '原届满日', dataIndex: 'from' },
          { title: '现届满日', dataIndex: 'to' },
          {
            title: '状态',
            key: 'isOpen',
            render: (_, d) => (d.isOpen ? <Tag color="orange">未完成</Tag> : <Tag>已完成</Tag>),
          },
        ]}
      />
    </Modal>
  );
}
