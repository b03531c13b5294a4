// 工作台: the organisation's notices and the to-do list first for those who
// follow cases; suggestions awaiting a reply, unread bulletins and this
// month's 三通报; then who I am and
// what I may do here, with links to the pages I can use.
import { Card, Col, Descriptions, Flex, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { ORG_KIND_LABELS } from '../../shared/domain/organisations';
import { PERMISSION_LABELS, ROLE_LABELS } from '../../shared/domain/permissions';
import { useCan, useCurrentUser } from '../features/auth/session';
import { UnreadBulletinsCard } from '../features/bulletins/unread-bulletins-card';
import { TodoList } from '../features/cases/todo-list';
import { MonthlyReportsCard } from '../features/monthly-reports/monthly-reports-card';
import { NotificationsCard } from '../features/notifications/notifications-card';
import { navItemsFor } from '../features/shell/nav-items';
import { PendingSuggestionsCard } from '../features/suggestions/pending-suggestions-card';

export function HomePage() {
  const user = useCurrentUser();
  const can = useCan();
  const links = navItemsFor(user.permissions).filter((item) => item.path !== '/');
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {can('notification.read') && <NotificationsCard />}
      {can('case.read') && <TodoList />}
      <Row gutter={[16, 16]}>
        {can('suggestion.read') && (
          <Col xs={24} xl={8}>
            <PendingSuggestionsCard />
          </Col>
        )}
        {can('bulletin.read') && (
          <Col xs={24} xl={8}>
            <UnreadBulletinsCard />
          </Col>
        )}
        {can('monthly-report.read') && (
          <Col xs={24} xl={8}>
            <MonthlyReportsCard />
          </Col>
        )}
      </Row>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          您好，{user.displayName}
        </Typography.Title>
        <Descriptions column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="所属机构">
            {user.organisation.name}（{ORG_KIND_LABELS[user.organisation.kind]}）
          </Descriptions.Item>
          <Descriptions.Item label="角色">
            {user.roles.map((role) => (
              <Tag key={role} color="blue">
                {ROLE_LABELS[role]}
              </Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label="用户名">{user.username}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title="快捷入口">
        {links.length === 0 ? (
          <Typography.Text type="secondary">暂无其他可用功能</Typography.Text>
        ) : (
          <Row gutter={[16, 16]}>
            {links.map((item) => (
              <Col key={item.path} xs={24} sm={12} lg={6}>
                <Link to={item.path}>
                  <Card hoverable size="small">
                    <Space align="start">
                      <span style={{ fontSize: 20 }}>{item.icon}</span>
                      <span>
                        <Typography.Text strong>{item.label}</Typography.Text>
                        <br />
                        <Typography.Text type="secondary">{item.description}</Typography.Text>
                      </span>
                    </Space>
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        )}
      </Card>
      <Card title="您可以">
        {user.permissions.length === 0 ? (
          <Typography.Text type="secondary">暂无可用的操作权限</Typography.Text>
        ) : (
          <Flex wrap gap={8} role="list" aria-label="您可以">
            {user.permissions.map((permission) => (
              <Tag key={permission} role="listitem" style={{ fontSize: 14, padding: '4px 10px' }}>
                {PERMISSION_LABELS[permission]}
              </Tag>
            ))}
          </Flex>
        )}
      </Card>
    </Space>
  );
}
