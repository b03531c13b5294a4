// For the coordinator's home page (wired there by the home page): the
// suggestions and letters in scope still awaiting a reply, overdue first.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, List, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { messageOf } from '../../lib/api-client';
import { SuggestionStatusTag } from './suggestion-tags';
import { listSuggestions, suggestionKeys } from './suggestions-api';

export function PendingSuggestionsCard({ limit = 8 }: { limit?: number }) {
  const params = { filters: { status: 'open' as const }, sort: 'due' as const, page: 1, pageSize: limit };
  const list = useQuery({ queryKey: suggestionKeys.list(params), queryFn: () => listSuggestions(params) });
  return (
    <Card
      title="待答复的建议与函件"
      extra={<Link to="/suggestions?status=open">全部{list.data ? `（${list.data.total}）` : ''}</Link>}
    >
      {list.error ? (
        <Alert type="error" showIcon title={messageOf(list.error)} />
      ) : (
        <List
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: '没有待答复的建议与函件' }}
          renderItem={(item) => (
            <List.Item>
              <Space orientation="vertical" size={0} style={{ width: '100%' }}>
                <Space wrap>
                  <Link to={`/suggestions/${item.id}`}>{item.documentNumber}</Link>
                  <SuggestionStatusTag item={item} />
                </Space>
                <Typography.Text type="secondary">
                  {item.kindLabel} · 主送{item.addressee.name} ·{' '}
                  {item.dueOn ? `期限 ${item.dueOn}` : '未设期限'}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
