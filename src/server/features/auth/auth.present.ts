import type { SessionResponse } from '../../../shared/api/auth';
import type { Principal } from '../../http/principal';

export function presentSession(principal: Principal, csrfToken: string): SessionResponse {
  return {
    user: {
      id: principal.id,
      username: principal.name,
      displayName: principal.displayName,
      roles: principal.roles,
      permissions: [...principal.permissions],
      organisation: {
        id: principal.organisation.id,
        name: principal.organisation.name,
        kind: principal.organisation.kind,
      },
      mustChangePassword: principal.mustChangePassword,
      isDemo: principal.isDemo,
    },
    csrfToken,
  };
}
