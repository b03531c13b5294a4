// The frame of every signed-in page: side menu with only what the user may
// use, header with the account. While a password change is pending there is
// no menu: the user may change the password or log out, nothing else.
import { Layout, Menu, Typography } from 'antd';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { RequireSession } from '../auth/guards';
import { useCurrentUser } from '../auth/session';
import { navItemsFor } from './nav-items';
import { UserMenu } from './user-menu';

const TITLE = '府院 · 行政争议府院联动平台';

function selectedKeyOf(pathname: string, paths: string[]): string {
  const match = paths
    .filter((p) => p !== '/' && pathname.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  return match ?? (pathname === '/' ? '/' : '');
}

function Shell() {
  const user = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const restricted = user.mustChangePassword;
  const items = navItemsFor(user.permissions);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          background: '#fff',
          paddingInline: 24,
          borderBottom: '1px solid #f0f0f0',
        }}
      >
        <Typography.Title level={4} style={{ margin: 0 }}>
          {TITLE}
        </Typography.Title>
        <UserMenu user={user} restricted={restricted} />
      </Layout.Header>
      <Layout>
        {!restricted && (
          <Layout.Sider width={200} theme="light" breakpoint="lg" collapsedWidth={0}>
            <nav aria-label="主菜单">
              <Menu
                mode="inline"
                selectedKeys={[
                  selectedKeyOf(
                    location.pathname,
                    items.map((i) => i.path),
                  ),
                ]}
                items={items.map((item) => ({ key: item.path, icon: item.icon, label: item.label }))}
                onClick={({ key }) => navigate(key)}
                style={{ height: '100%', borderInlineEnd: 0 }}
              />
            </nav>
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

export function AppShell() {
  return (
    <RequireSession>
      <Shell />
    </RequireSession>
  );
}
