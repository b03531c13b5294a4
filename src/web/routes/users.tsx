// 账户管理: filters, the paged list, and the account dialogs.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Space } from 'antd';
import { useState } from 'react';
import type { User } from '../../shared/api/users';
import { SecretModal } from '../components/secret-modal';
import { useCan } from '../features/auth/session';
import { UserActions } from '../features/users/user-actions';
import { UserFilters } from '../features/users/user-filters';
import { UserFormModal, type UserFormTarget } from '../features/users/user-form-modal';
import { UserRolesModal } from '../features/users/user-roles-modal';
import {
  type UserFilters as Filters,
  listUsers,
  type TemporaryPassword,
  userKeys,
} from '../features/users/users-api';
import { UsersTable } from '../features/users/users-table';
import { messageOf } from '../lib/api-client';

export function UsersPage() {
  const can = useCan();
  const [filters, setFilters] = useState<Filters>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [formTarget, setFormTarget] = useState<UserFormTarget | null>(null);
  const [rolesOf, setRolesOf] = useState<User | null>(null);
  const [secret, setSecret] = useState<{ title: string; result: TemporaryPassword } | null>(null);
  const users = useQuery({
    queryKey: userKeys.list(filters, paging.page, paging.pageSize),
    queryFn: () => listUsers(filters, paging.page, paging.pageSize),
    placeholderData: keepPreviousData,
  });

  return (
    <Card
      title="账户管理"
      extra={
        can('user.create') && (
          <Button type="primary" onClick={() => setFormTarget({ mode: 'create' })}>
            新建账户
          </Button>
        )
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <UserFilters
          onChange={(next) => {
            setFilters(next);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
        />
        {users.error && <Alert type="error" showIcon title={messageOf(users.error)} />}
        <UsersTable
          data={users.data}
          loading={users.isFetching}
          onPageChange={(page, pageSize) => setPaging({ page, pageSize })}
          renderActions={(user) => (
            <UserActions
              user={user}
              onEdit={(u) => setFormTarget({ mode: 'edit', user: u })}
              onAssignRoles={setRolesOf}
              onPasswordReset={(result) => setSecret({ title: '密码已重置', result })}
            />
          )}
        />
      </Space>
      <UserFormModal
        target={formTarget}
        onClose={() => setFormTarget(null)}
        onCreated={(result) => setSecret({ title: '账户已创建', result })}
      />
      <UserRolesModal user={rolesOf} onClose={() => setRolesOf(null)} />
      <SecretModal
        open={secret !== null}
        title={secret?.title ?? ''}
        label="临时密码"
        secret={secret?.result.temporaryPassword ?? ''}
        note={`请将临时密码告知“${secret?.result.user.displayName ?? ''}”（用户名 ${secret?.result.user.username ?? ''}）。关闭后无法再次查看；首次登录时必须修改密码。`}
        onClose={() => setSecret(null)}
      />
    </Card>
  );
}
