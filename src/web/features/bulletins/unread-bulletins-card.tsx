// For the home page: the organisation's unread bulletins, newest first.
import { useQuery } from '@tanstack/react-query';
import { Alert, Badge, Card, List, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../components/format';
import { messageOf } from '../../lib/api-client';
import { bulletinKeys, listBulletins } from './bulletins-api';

export function UnreadBulletinsCard() {
  const params = { box: 'inbox' as const, unread: 'true' as const, page: 1, pageSize: 5 };
  const inbox = useQuery({ queryKey: bulletinKeys.list(params), queryFn: () => listBulletins(params) });
  return (
    <Card
      title={
        <Space>
          未读信息通报
          <Badge count={inbox.data?.unread ?? 0} />
        </Space>
      }
      extra={<Link to="/bulletins?unread=true">全部</Link>}
      loading={inbox.isLoading}
    >
      {inbox.error && <Alert type="error" showIcon title={messageOf(inbox.error)} />}
      <List
        size="small"
        locale={{ emptyText: '没有未读的信息通报' }}
        dataSource={inbox.data?.items ?? []}
        renderItem={(b) => (
          <List.Item>
            <Space wrap>
              <Link to={`/bulletins/${b.id}`}>{b.title}</Link>
              <Typography.Text type="secondary">
                {b.sender.name} · {b.categoryLabel} · {formatDateTime(b.sentAt)}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
