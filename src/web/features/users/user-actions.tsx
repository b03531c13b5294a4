// The action links of one account row, each shown only when the server's
// abilities allow it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space } from 'antd';
import type { User } from '../../../shared/api/users';
import { useReportError } from '../../components/use-report-error';
import { resetPassword, runUserAction, type TemporaryPassword, type UserAction, userKeys } from './users-api';

const DONE: Record<UserAction, string> = { disable: '已停用', enable: '已启用', unlock: '已解锁' };

interface UserActionsProps {
  user: User;
  onEdit: (user: User) => void;
  onAssignRoles: (user: User) => void;
  onPasswordReset: (result: TemporaryPassword) => void;
}

export function UserActions({ user, onEdit, onAssignRoles, onPasswordReset }: UserActionsProps) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useReportError();
  const refresh = () => queryClient.invalidateQueries({ queryKey: userKeys.all });
  const onError = (error: unknown) => reportError(error, { onConflict: () => void refresh() });
  const act = useMutation({
    mutationFn: (action: UserAction) => runUserAction(user, action),
    onSuccess: async (saved, action) => {
      message.success(`${DONE[action]}“${saved.displayName}”`);
      await refresh();
    },
    onError,
  });
  const reset = useMutation({
    mutationFn: () => resetPassword(user),
    onSuccess: async (result) => {
      onPasswordReset(result);
      await refresh();
    },
    onError,
  });
  const { abilities } = user;
  const confirm = (
    title: string,
    okText: string,
    run: () => Promise<unknown>,
    label: string,
    danger = false,
  ) => (
    <Popconfirm title={title} okText={okText} cancelText="取消" onConfirm={() => run().catch(() => {})}>
      <Button type="link" size="small" danger={danger}>
        {label}
      </Button>
    </Popconfirm>
  );
  return (
    <Space size={0} wrap>
      {abilities.update && (
        <Button type="link" size="small" onClick={() => onEdit(user)}>
          编辑
        </Button>
      )}
      {abilities.assignRoles && (
        <Button type="link" size="small" onClick={() => onAssignRoles(user)}>
          分配角色
        </Button>
      )}
      {abilities.resetPassword &&
        confirm(`重置“${user.displayName}”的密码？`, '确认重置', () => reset.mutateAsync(), '重置密码')}
      {abilities.unlock &&
        confirm(`解锁“${user.displayName}”？`, '解锁', () => act.mutateAsync('unlock'), '解锁')}
      {abilities.disable &&
        confirm(
          `停用“${user.displayName}”？停用后该账户不能登录。`,
          '停用',
          () => act.mutateAsync('disable'),
          '停用',
          true,
        )}
      {abilities.enable &&
        confirm(`启用“${user.displayName}”？`, '启用', () => act.mutateAsync('enable'), '启用')}
    </Space>
  );
}
