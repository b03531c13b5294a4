// Filters of the account list: text, organisation, role, status.
import { Form, Input, Select } from 'antd';
import { USER_STATUS_LABELS } from '../../../shared/api/users';
import { ROLE_LABELS, ROLES } from '../../../shared/domain/permissions';
import { FilterButtons } from '../../components/filter-buttons';
import { useCan } from '../auth/session';
import { OrgTreeSelect } from '../orgs/org-tree-select';
import type { UserFilters as Filters } from './users-api';

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const STATUS_OPTIONS = (Object.keys(USER_STATUS_LABELS) as (keyof typeof USER_STATUS_LABELS)[]).map(
  (status) => ({
    value: status,
    label: USER_STATUS_LABELS[status],
  }),
);

export function UserFilters({ onChange }: { onChange: (filters: Filters) => void }) {
  const [form] = Form.useForm<Filters>();
  const can = useCan();
  const apply = (values: Filters) =>
    onChange({
      q: values.q?.trim() || undefined,
      organisationId: values.organisationId || undefined,
      role: values.role || undefined,
      status: values.status || undefined,
    });
  return (
    <Form name="user-filters" form={form} layout="inline" onFinish={apply} style={{ rowGap: 12 }}>
      <Form.Item name="q" label="搜索" rules={[{ max: 60, message: '搜索词最多60个字符' }]}>
        <Input placeholder="用户名或姓名" allowClear style={{ width: 180 }} />
      </Form.Item>
      {/* The security administrator manages accounts without reading the organisation tree. */}
      {can('org.read') && (
        <Form.Item name="organisationId" label="机构">
          <OrgTreeSelect placeholder="全部机构" allowClear style={{ width: 240 }} />
        </Form.Item>
      )}
      <Form.Item name="role" label="角色">
        <Select options={ROLE_OPTIONS} placeholder="全部" allowClear style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="status" label="状态">
        <Select options={STATUS_OPTIONS} placeholder="全部" allowClear style={{ width: 110 }} />
      </Form.Item>
      <FilterButtons
        onReset={() => {
          form.resetFields();
          onChange({});
        }}
      />
    </Form>
  );
}
