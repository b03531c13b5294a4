// One page of bulletins: in the inbox unread ones in bold; in the sent list
// each recipient's read state.
import { Badge, Table, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import type { BulletinSummary } from '../../../shared/api/bulletins';
import { formatDateTime } from '../../components/format';
import type { BulletinPage } from './bulletins-api';

export function BulletinsTable({
  box,
  data,
  loading,
  page,
  pageSize,
  onPageChange,
}: {
  box: 'inbox' | 'sent';
  data: BulletinPage | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
}) {
  return (
    <Table<BulletinSummary>
      rowKey="id"
      loading={loading}
      dataSource={data?.items ?? []}
      pagination={{
        current: page,
        pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => `共 ${total} 条`,
        onChange: onPageChange,
      }}
      columns={[
        {
          title: '标题',
          key: 'title',
          render: (_, b) => (
            <Link to={`/bulletins/${b.id}`}>
              {box === 'inbox' && b.isRead === false ? (
                <Badge status="processing" text={<Typography.Text strong>{b.title}</Typography.Text>} />
              ) : (
                b.title
              )}
            </Link>
          ),
        },
        { title: '类别', key: 'category', width: 220, render: (_, b) => b.categoryLabel },
        box === 'inbox'
          ? { title: '发送单位', key: 'sender', width: 180, render: (_, b) => b.sender.name }
          : {
              title: '接收单位（已阅）',
              key: 'recipients',
              render: (_, b) =>
                b.recipients.map((r) => (
                  <Tooltip
                    key={r.organisation.id}
                    title={
                      r.readAt ? `${r.readByName ?? ''} 于 ${formatDateTime(r.readAt)} 阅读` : '尚未阅读'
                    }
                  >
                    <Tag color={r.readAt ? 'green' : undefined}>{r.organisation.name}</Tag>
                  </Tooltip>
                )),
            },
        {
          title: box === 'inbox' ? '收到时间' : '发送时间',
          key: 'sentAt',
          width: 160,
          render: (_, b) => (b.status === 'draft' ? <Tag color="gold">草稿</Tag> : formatDateTime(b.sentAt)),
        },
        { title: '附件', key: 'attachments', width: 70, render: (_, b) => b.attachmentCount || '—' },
      ]}
    />
  );
}
