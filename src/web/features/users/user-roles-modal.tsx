// 分配角色: replace an account's roles with those the signed-in user may grant.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Modal, Select } from 'antd';
import type { User } from '../../../shared/api/users';
import { grantableRolesOf, type Role } from '../../../shared/domain/permissions';
import { useReportError } from '../../components/use-report-error';
import { useCurrentUser } from '../auth/session';
import { roleOptions } from './role-options';
import { assignRoles, userKeys } from './users-api';

export function UserRolesModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const [form] = Form.useForm<{ roles: Role[] }>();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useReportError();

  const save = useMutation({
    mutationFn: (roles: Role[]) => assignRoles(user!, roles),
    onSuccess: async (saved) => {
      message.success(`已更新“${saved.displayName}”的角色`);
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      onClose();
    },
    onError: (error) =>
      reportError(error, {
        form,
        onConflict: () => {
          void queryClient.invalidateQueries({ queryKey: userKeys.all });
          onClose();
        },
      }),
  });
  return (
    <Modal
      open={user !== null}
      title={`分配角色：${user?.displayName ?? ''}（${user?.username ?? ''}）`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form
        name="user-roles"
        form={form}
        layout="vertical"
        onFinish={(values) => save.mutate(values.roles)}
        initialValues={{ roles: user?.roles ?? [] }}
        preserve={false}
      >
        <Form.Item
          name="roles"
          label="角色"
          rules={[{ required: true, message: '请至少选择一个角色' }]}
          extra="系统管理员、安全管理员、审计管理员三员分立，不宜由同一账户兼任"
        >
          <Select mode="multiple" options={roleOptions(grantableRolesOf(me.roles), user?.roles ?? [])} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
