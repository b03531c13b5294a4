// 提醒: the notices of the user's organisation — reminders, escalations,
// missing reports — unread first; opening one marks it read for the whole
// organisation and goes to the page it is about.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Badge, Button, Card, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import type { Notification, notificationPageSchema } from '../../../shared/api/notifications';
import { formatDateTime } from '../../components/format';
import { useReportError } from '../../components/use-report-error';
import { api, messageOf } from '../../lib/api-client';

type NotificationPage = z.infer<typeof notificationPageSchema>;
const PAGE_SIZE = 10;
const notificationKeys = {
  all: ['notifications'] as const,
  page: (page: number) => ['notifications', page] as const,
};

export function NotificationsCard() {
  const [page, setPage] = useState(1);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const reportError = useReportError();
  const notices = useQuery({
    queryKey: notificationKeys.page(page),
    queryFn: () => api.get<NotificationPage>('/api/notifications', { page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const markRead = useMutation({
    mutationFn: (id: string) => api.post(`/api/notifications/${id}/read`, {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
    onError: (error) => reportError(error),
  });
  const open = async (notice: Notification) => {
    if (notice.abilities.markRead) await markRead.mutateAsync(notice.id);
    if (notice.link) navigate(notice.link);
  };

  const unread = notices.data?.unread ?? 0;
  return (
    <Card
      title={
        <Space>
          提醒
          <Badge count={unread} aria-label={`未读提醒 ${unread} 条`} />
        </Space>
      }
    >
      {notices.error && <Alert type="error" showIcon title={messageOf(notices.error)} />}
      <List<Notification>
        aria-label="提醒"
        loading={notices.isFetching && !notices.data}
        dataSource={notices.data?.items ?? []}
        locale={{ emptyText: '暂无提醒' }}
        pagination={
          (notices.data?.total ?? 0) > PAGE_SIZE && {
            current: page,
            pageSize: PAGE_SIZE,
            total: notices.data?.total,
            onChange: setPage,
            showTotal: (total) => `共 ${total} 条`,
          }
        }
        renderItem={(notice) => (
          <List.Item
            actions={[
              notice.link ? (
                <Button key="open" type="link" size="small" onClick={() => void open(notice)}>
                  查看
                </Button>
              ) : notice.abilities.markRead ? (
                <Button key="read" type="link" size="small" onClick={() => markRead.mutate(notice.id)}>
                  标为已读
                </Button>
              ) : null,
            ]}
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <Tag color={notice.readAt ? 'default' : 'red'}>{notice.kindLabel}</Tag>
                  <Typography.Text strong={!notice.readAt}>{notice.title}</Typography.Text>
                </Space>
              }
              description={
                <Space orientation="vertical" size={0}>
                  <Typography.Text>{notice.body}</Typography.Text>
                  <Typography.Text type="secondary">
                    {formatDateTime(notice.createdAt)}
                    {notice.readAt && ` · ${notice.readByName ?? ''} 已读于 ${formatDateTime(notice.readAt)}`}
                  </Typography.Text>
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
