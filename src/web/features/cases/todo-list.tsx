// 待办: the open deadlines of the user's organisation (the coordinator's and
// leader's: their region, with a filter by agency), overdue in red, due within
// 3 working days in orange, and hearings at risk (no head designated) first.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Form, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../../lib/api-client';
import { useCurrentUser } from '../auth/session';
import { OrgTreeSelect } from '../orgs/org-tree-select';
import { DueDate, URGENCY_COLORS, urgencyOf } from './case-tags';
import { caseKeys, listTodos, type TodoItem } from './cases-api';

const PAGE_SIZE = 20;

export function TodoList() {
  const user = useCurrentUser();
  const seesRegion = user.roles.some((role) => role === 'coordinator' || role === 'leader');
  const [agencyId, setAgencyId] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const todos = useQuery({
    queryKey: caseKeys.todos(agencyId, page, PAGE_SIZE),
    queryFn: () => listTodos(agencyId, page, PAGE_SIZE),
    placeholderData: keepPreviousData,
  });

  return (
    <Card
      title={seesRegion ? '待办（本地区）' : '待办（本单位）'}
      extra={
        seesRegion && (
          <Form layout="inline">
            <Form.Item label="被告机关" htmlFor="todo-agency" style={{ margin: 0 }}>
              <OrgTreeSelect
                id="todo-agency"
                placeholder="全部机关"
                allowClear
                value={agencyId}
                onChange={(value) => {
                  setAgencyId(value);
                  setPage(1);
                }}
                style={{ width: 260 }}
              />
            </Form.Item>
          </Form>
        )
      }
    >
      {todos.error && <Alert type="error" showIcon title={messageOf(todos.error)} />}
      <section aria-label="待办事项">
        <Table<TodoItem>
          size="middle"
          rowKey={(item) => `${item.kind}-${item.case.id}-${item.title}-${item.due}`}
          loading={todos.isFetching}
          dataSource={todos.data?.items ?? []}
          locale={{ emptyText: '暂无待办：没有未完成的期限' }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: todos.data?.total ?? 0,
            showTotal: (total) => `共 ${total} 项`,
            onChange: setPage,
          }}
          columns={[
            {
              title: '事项',
              key: 'title',
              render: (_, item) => {
                const urgency = urgencyOf(item);
                return (
                  <Space size={4} wrap>
                    {item.kind === 'hearing-at-risk' && <Tag color="red">庭审风险</Tag>}
                    {item.kind === 'appearance-unrecorded' && <Tag color="orange">待补录</Tag>}
                    <Tooltip title={item.explanation}>
                      <Typography.Text
                        strong={urgency !== null}
                        style={urgency ? { color: URGENCY_COLORS[urgency] } : {}}
                      >
                        {item.title}
                      </Typography.Text>
                    </Tooltip>
                  </Space>
                );
              },
            },
            {
              title: '案件',
              key: 'case',
              render: (_, item) => (
                <Space orientation="vertical" size={0}>
                  <Link to={`/cases/${item.case.id}`}>{item.case.caseNumber}</Link>
                  <Typography.Text
                    type="secondary"
                    ellipsis={{ tooltip: item.case.subject }}
                    style={{ maxWidth: 360 }}
                  >
                    {item.case.subject}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: '被告机关',
              key: 'defendants',
              render: (_, item) => item.case.defendants.map((d) => d.name).join('、'),
            },
            {
              title: '届满日',
              key: 'due',
              render: (_, item) =>
                item.kind !== 'deadline' ? (
                  <Typography.Text strong style={{ color: URGENCY_COLORS.overdue }}>
                    开庭日 {item.due}
                  </Typography.Text>
                ) : (
                  <DueDate due={item.due} isOverdue={item.isOverdue} isDueSoon={item.isDueSoon} />
                ),
            },
          ]}
        />
      </section>
    </Card>
  );
}
