// Every page and the permission it needs (the same as the side menu's).
import { Button, Result } from 'antd';
import { createBrowserRouter, Link } from 'react-router';
import { RequirePermission } from './features/auth/guards';
import { AppShell } from './features/shell/app-shell';
import { AuditPage } from './routes/audit';
import { ChangePasswordPage } from './routes/change-password';
import { HomePage } from './routes/home';
import { LoginPage } from './routes/login';
import { OrgsPage } from './routes/orgs';
import { SecurityPolicyPage } from './routes/security-policy';
import { TokensPage } from './routes/tokens';
import { UsersPage } from './routes/users';

function NotFound() {
  return (
    <Result
      status="404"
      title="页面不存在"
      extra={
        <Link to="/">
          <Button type="primary">返回工作台</Button>
        </Link>
      }
    />
  );
}

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'change-password', element: <ChangePasswordPage /> },
      {
        path: 'orgs',
        element: (
          <RequirePermission permission="org.read">
            <OrgsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'users',
        element: (
          <RequirePermission permission="user.read">
            <UsersPage />
          </RequirePermission>
        ),
      },
      {
        path: 'tokens',
        element: (
          <RequirePermission permission="token.read">
            <TokensPage />
          </RequirePermission>
        ),
      },
      {
        path: 'security-policy',
        element: (
          <RequirePermission permission="security-policy.read">
            <SecurityPolicyPage />
          </RequirePermission>
        ),
      },
      {
        path: 'audit',
        element: (
          <RequirePermission permission="audit.read">
            <AuditPage />
          </RequirePermission>
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
]);
