// Builds the Principal of a session's user or of an API token: permissions from
// roles (or the token's own list) and the subtree of organisations in scope.
import { eq, sql } from 'drizzle-orm';
import type { OrgKind } from '../../../shared/domain/organisations';
import { isAdminRole, type Permission, permissionsOf, type Role } from '../../../shared/domain/permissions';
import type { Db } from '../../db/client';
import { organisations, users } from '../../db/schema';
import type { Principal, Scope } from '../../http/principal';

type OrgRow = { id: string; name: string; kind: string; path: string };

// Coordinators and leaders see their region: the subtree of the nearest
// people's government above (or at) their organisation. Everyone else sees
// their own organisation's subtree.
function scopeOf(roles: Role[], org: OrgRow, regionPath: string | null): Scope {
  if (roles.some(isAdminRole)) return { all: true, pathPrefix: '/' };
  if (roles.includes('coordinator') || roles.includes('leader')) {
    return { all: false, pathPrefix: regionPath ?? org.path };
  }
  return { all: false, pathPrefix: org.path };
}

// The path of the nearest people's government on an organisation's path (itself
// included), in the same statement as the user: one round trip per request.
const regionPathOf = (orgPath: typeof organisations.path) => sql<string | null>`(select g.path
  from ${organisations} g
  where g.kind = 'government' and g.id = any(string_to_array(trim(both '/' from ${orgPath}), '/')::uuid[])
  order by length(g.path) desc limit 1)`;

/** The columns a user's Principal is built from, over users joined to their organisation. */
export const userPrincipalColumns = {
  user: users,
  org: {
    id: organisations.id,
    name: organisations.name,
    kind: organisations.kind,
    path: organisations.path,
  },
  orgDisabledAt: organisations.disabledAt,
  regionPath: regionPathOf(organisations.path),
};

type UserPrincipalRow = {
  user: typeof users.$inferSelect;
  org: OrgRow;
  orgDisabledAt: Date | null;
  regionPath: string | null;
};

export type LoadedUserPrincipal = { principal: Principal; disabled: boolean; orgDisabled: boolean };

/** The Principal of a row selected with userPrincipalColumns. */
export function userPrincipalOf(
  row: UserPrincipalRow,
  session?: { id: string; csrfToken: string },
): LoadedUserPrincipal {
  const roles = row.user.roles as Role[];
  const principal: Principal = {
    kind: 'user',
    id: row.user.id,
    name: row.user.username,
    displayName: row.user.displayName,
    organisation: { ...row.org, kind: row.org.kind as OrgKind },
    roles,
    permissions: new Set(permissionsOf(roles)),
    scope: scopeOf(roles, row.org, row.regionPath),
    mustChangePassword: row.user.mustChangePassword,
    isDemo: row.user.isDemo,
    session,
  };
  return { principal, disabled: row.user.disabledAt !== null, orgDisabled: row.orgDisabledAt !== null };
}

export async function loadUserPrincipal(
  db: Db,
  userId: string,
  session?: { id: string; csrfToken: string },
): Promise<LoadedUserPrincipal | null> {
  const [row] = await db
    .select(userPrincipalColumns)
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, userId));
  return row ? userPrincipalOf(row, session) : null;
}

export async function loadTokenPrincipal(
  db: Db,
  token: { id: string; name: string; organisationId: string; permissions: string[] },
): Promise<Principal | null> {
  const [org] = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      path: organisations.path,
    })
    .from(organisations)
    .where(eq(organisations.id, token.organisationId));
  if (!org) return null;
  return {
    kind: 'token',
    id: token.id,
    name: token.name,
    displayName: token.name,
    organisation: { ...org, kind: org.kind as OrgKind },
    roles: [],
    permissions: new Set(token.permissions as Permission[]),
    scope: { all: false, pathPrefix: org.path },
    mustChangePassword: false,
    isDemo: false,
  };
}
