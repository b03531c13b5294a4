// New account (username, name, organisation, roles) or edit of one (name, organisation).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import type { User } from '../../../shared/api/users';
import { grantableRolesOf, type Role } from '../../../shared/domain/permissions';
import { useReportError } from '../../components/use-report-error';
import { useCurrentUser } from '../auth/session';
import { OrgTreeSelect } from '../orgs/org-tree-select';
import { roleOptions } from './role-options';
import { createUser, type TemporaryPassword, updateUser, userKeys } from './users-api';

export type UserFormTarget = { mode: 'create' } | { mode: 'edit'; user: User };

interface UserFormValues {
  username: string;
  displayName: string;
  organisationId: string;
  roles: Role[];
}

export const displayNameRules = [
  { required: true, whitespace: true, message: '请填写姓名' },
  { min: 2, max: 30, message: '姓名应为2–30个字符' },
];

interface UserFormModalProps {
  target: UserFormTarget | null;
  onClose: () => void;
  /** After a new account: its one-time temporary password. */
  onCreated: (result: TemporaryPassword) => void;
}

export function UserFormModal({ target, onClose, onCreated }: UserFormModalProps) {
  const [form] = Form.useForm<UserFormValues>();
  const me = useCurrentUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const reportError = useReportError();
  const editing = target?.mode === 'edit' ? target.user : null;

  // The form mounts afresh at each opening (destroyOnHidden) and starts from these values.
  const initialValues = editing
    ? { displayName: editing.displayName, organisationId: editing.organisation.id }
    : undefined;
  const save = useMutation({
    mutationFn: async (values: UserFormValues) => {
      if (editing) {
        await updateUser(editing, { displayName: values.displayName, organisationId: values.organisationId });
        return null;
      }
      return createUser({ ...values, username: values.username.trim().toLowerCase() });
    },
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      if (created) onCreated(created);
      else message.success('已保存');
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
      open={target !== null}
      title={editing ? `编辑账户：${editing.username}` : '新建账户'}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="保存"
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form
        name="user-form"
        form={form}
        layout="vertical"
        onFinish={(values) => save.mutate(values)}
        initialValues={initialValues}
        preserve={false}
      >
        {!editing && (
          <Form.Item
            name="username"
            label="用户名"
            normalize={(value?: string) => value?.toLowerCase()}
            rules={[
              { required: true, whitespace: true, message: '请填写用户名' },
              {
                pattern: /^[a-z][a-z0-9._-]{2,31}$/,
                message: '用户名应为3–32位小写字母、数字、点、下划线或连字符，并以字母开头',
              },
            ]}
            extra="登录用，创建后不能修改"
          >
            <Input maxLength={32} autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item name="displayName" label="姓名" rules={displayNameRules}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item
          name="organisationId"
          label="所属机构"
          rules={[{ required: true, message: '请选择所属机构' }]}
        >
          <OrgTreeSelect placeholder="展开或输入名称搜索" initialLabel={editing?.organisation.name} />
        </Form.Item>
        {!editing && (
          <Form.Item name="roles" label="角色" rules={[{ required: true, message: '请至少选择一个角色' }]}>
            <Select mode="multiple" options={roleOptions(grantableRolesOf(me.roles))} placeholder="请选择" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
