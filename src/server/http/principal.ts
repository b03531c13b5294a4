// Who is calling: a signed-in user (session cookie) or a machine client (API
// token), with their permissions and the part of the organisation tree whose
// records they may see.

import type { OrgKind } from '../../shared/domain/organisations';
import type { Permission, Role } from '../../shared/domain/permissions';

export interface Scope {
  /** true for administrators: their powers are not tied to an organisation. */
  all: boolean;
  /** Path prefix of the subtree they see, '/a/b/' (meaningless when all). */
  pathPrefix: string;
}

export interface Principal {
  kind: 'user' | 'token' | 'system';
  id: string;
  name: string; // username or token name
  displayName: string;
  organisation: { id: string; name: string; kind: OrgKind; path: string };
  roles: Role[];
  permissions: ReadonlySet<Permission>;
  scope: Scope;
  mustChangePassword: boolean;
  isDemo: boolean;
  session?: { id: string; csrfToken: string };
}

export function can(principal: Principal | null, permission: Permission): boolean {
  return principal?.permissions.has(permission) === true;
}

/** Whether an organisation (by its path) lies within the principal's scope. */
export function isInScope(principal: Principal, orgPath: string): boolean {
  return principal.scope.all || orgPath.startsWith(principal.scope.pathPrefix);
}

/** What the audit trail records of the caller and the request. */
export interface AuditContext {
  actorType: 'user' | 'token' | 'system' | 'anonymous';
  actorId: string | null;
  actorName: string | null;
  actorOrgId: string | null;
  actorOrgName: string | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export const SYSTEM_AUDIT_CONTEXT: AuditContext = {
  actorType: 'system',
  actorId: null,
  actorName: 'system',
  actorOrgId: null,
  actorOrgName: null,
  ip: null,
  userAgent: null,
  requestId: null,
};
