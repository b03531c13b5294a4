// Header right side: who is signed in (name, organisation, roles in Chinese)
// and the account menu.
import { DownOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { CurrentUser } from '../../../shared/api/auth';
import { ROLE_LABELS } from '../../../shared/domain/permissions';
import { useLogout } from '../auth/session';

export function UserMenu({ user, restricted }: { user: CurrentUser; restricted: boolean }) {
  const navigate = useNavigate();
  const logout = useLogout();
  const items = [
    ...(restricted ? [] : [{ key: 'password', icon: <LockOutlined />, label: '修改密码' }]),
    { key: 'logout', icon: <LogoutOutlined />, label: '退出登录' },
  ];
  return (
    <Space size="middle">
      {user.isDemo && <Tag color="orange">演示账户</Tag>}
      <Typography.Text type="secondary">{user.organisation.name}</Typography.Text>
      <Space size={4}>
        {user.roles.map((role) => (
          <Tag key={role} color="blue">
            {ROLE_LABELS[role]}
          </Tag>
        ))}
      </Space>
      <Dropdown
        menu={{
          items,
          onClick: ({ key }) => {
            if (key === 'password') navigate('/change-password');
            if (key === 'logout') void logout(); // the session guard then shows the login page
          },
        }}
        trigger={['click']}
      >
        <Button type="text" icon={<UserOutlined />} aria-label={`账户菜单：${user.displayName}`}>
          {user.displayName} <DownOutlined />
        </Button>
      </Dropdown>
    </Space>
  );
}
