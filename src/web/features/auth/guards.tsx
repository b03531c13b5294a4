// Route guards: a signed-in session for the app, and a permission per page.
// A page the user may not use renders 403 without mounting, so it calls no API.
import { Alert, Spin } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Permission } from '../../../shared/domain/permissions';
import { Forbidden } from '../../components/forbidden';
import { messageOf } from '../../lib/api-client';
import { useCan, useSession } from './session';

export function FullPageSpin() {
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
      <Spin size="large" />
    </div>
  );
}

export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.isLoading) return <FullPageSpin />;
  if (session.error)
    return <Alert type="error" showIcon title={messageOf(session.error)} style={{ margin: 24 }} />;
  const user = session.data?.user;
  if (!user) {
    // After a timeout the user returns to this page once signed in again; after logging out, home.
    const state = session.data?.ended === 'logout' ? null : { from: location.pathname };
    return <Navigate to="/login" replace state={state} />;
  }
  // A temporary or expired password must be changed before anything else.
  if (user.mustChangePassword && location.pathname !== '/change-password') {
    return <Navigate to="/change-password" replace />;
  }
  return children;
}

export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = useCan();
  return can(permission) ? children : <Forbidden />;
}
