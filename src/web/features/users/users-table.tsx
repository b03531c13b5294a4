// The account list: one page of users with their organisation, roles and status.
import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { USER_STATUS_LABELS, type User } from '../../../shared/api/users';
import { ROLE_LABELS } from '../../../shared/domain/permissions';
import { formatDateTime } from '../../components/format';
import type { Page } from '../../lib/api-client';

const STATUS_COLORS: Record<User['status'], string> = {
  active: 'green',
  locked: 'orange',
  disabled: 'default',
};

interface UsersTableProps {
  data: Page<User> | undefined;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  renderActions: (user: User) => React.ReactNode;
}

export function UsersTable({ data, loading, onPageChange, renderActions }: UsersTableProps) {
  const columns: ColumnsType<User> = [
    { title: '用户名', dataIndex: 'username', key: 'username' },
    { title: '姓名', dataIndex: 'displayName', key: 'displayName' },
    { title: '所属机构', key: 'organisation', render: (_, user) => user.organisation.name },
    {
      title: '角色',
      key: 'roles',
      render: (_, user) =>
        user.roles.map((role) => (
          <Tag key={role} color="blue">
            {ROLE_LABELS[role]}
          </Tag>
        )),
    },
    {
      title: '状态',
      key: 'status',
      render: (_, user) => (
        <>
          <Tag color={STATUS_COLORS[user.status]}>{USER_STATUS_LABELS[user.status]}</Tag>
          {user.mustChangePassword && <Tag color="gold">待修改密码</Tag>}
        </>
      ),
    },
    {
      title: '最近登录',
      key: 'lastLoginAt',
      render: (_, user) => formatDateTime(user.lastLoginAt, '从未登录'),
    },
    { title: '操作', key: 'actions', render: (_, user) => renderActions(user) },
  ];
  return (
    <Table<User>
      rowKey="id"
      columns={columns}
      dataSource={data?.items ?? []}
      loading={loading}
      pagination={{
        current: data?.page ?? 1,
        pageSize: data?.pageSize ?? 20,
        total: data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (total) => `共 ${total} 个账户`,
        onChange: onPageChange,
      }}
    />
  );
}
