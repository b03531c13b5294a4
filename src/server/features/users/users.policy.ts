// Who may do what with an account, and which sets of roles an account may hold.
import type { User } from '../../../shared/api/users';
import {
  canRoleSitIn,
  ORG_KIND_LABELS,
  type OrgKind,
  ROLE_ORG_KINDS,
} from '../../../shared/domain/organisations';
import {
  grantableRolesOf,
  isAdminRole,
  ROLE_LABELS,
  ROLES,
  type Role,
} from '../../../shared/domain/permissions';
import { can, isInScope, type Principal } from '../../http/principal';
import { isLocked } from '../auth/log-in';
import type { SecurityPolicyRow } from '../security-policy/security-policy.queries';
import type { UserRow, UserWithOrg } from './users.queries';

export function canReadUser(principal: Principal, user: UserWithOrg): boolean {
  return can(principal, 'user.read') && isInScope(principal, user.organisation.path);
}

export function userStatus(user: UserRow, policy: SecurityPolicyRow, now: Date): User['status'] {
  if (user.disabledAt) return 'disabled';
  if (isLocked(user, policy, now)) return 'locked';
  return 'active';
}

/** The instant after which a lock is still in force (null: locks hold until lifted). Mirrors isLocked. */
export function lockedAfterOf(policy: SecurityPolicyRow, now: Date): Date | null {
  if (policy.lockoutMinutes === 0) return null;
  return new Date(now.getTime() - policy.lockoutMinutes * 60_000);
}

/** The first of `roles` the actor may not hand out or take away. */
export function firstUngrantableRole(actor: Principal, roles: readonly Role[]): Role | undefined {
  const grantable = new Set(grantableRolesOf(actor.roles));
  return roles.find((role) => !grantable.has(role));
}

export function userAbilities(
  principal: Principal,
  user: UserRow,
  policy: SecurityPolicyRow,
  now: Date,
): User['abilities'] {
  const isSelf = principal.kind === 'user' && principal.id === user.id;
  const isDisabled = user.disabledAt !== null;
  return {
    update: can(principal, 'user.update'),
    disable: can(principal, 'user.disable') && !isDisabled && !isSelf,
    enable: can(principal, 'user.disable') && isDisabled,
    resetPassword: can(principal, 'user.reset-password') && !isSelf,
    unlock: can(principal, 'user.unlock') && isLocked(user, policy, now),
    assignRoles:
      can(principal, 'user.assign-roles') &&
      !isSelf &&
      firstUngrantableRole(principal, user.roles as Role[]) === undefined,
  };
}

/** Roles deduplicated, in the catalogue's order. */
export function normaliseRoles(roles: readonly Role[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}

/**
 * 三员分立 (等保 2.0): an account holds at most one administrator role, and no
 * business role beside it. Returns the Chinese reason, or null.
 */
export function roleExclusivityProblem(roles: readonly Role[]): string | null {
  const admin = roles.filter(isAdminRole);
  if (admin.length > 1) {
    return `系统管理员、安全管理员、审计管理员三员分立，一个账户只能担任其中之一（当前选择了${admin.map((r) => ROLE_LABELS[r]).join('、')}）`;
  }
  if (admin.length === 1 && roles.length > 1) {
    return `${ROLE_LABELS[admin[0]!]}是管理员角色（三员分立），不能同时担任业务角色`;
  }
  return null;
}

/** Each business role belongs in some kinds of organisation (法院联络员 only in a court). */
export function rolePlacementProblem(
  roles: readonly Role[],
  org: { name: string; kind: string },
): string | null {
  const kind = org.kind as OrgKind;
  const misplaced = roles.find((role) => !canRoleSitIn(role, kind));
  if (!misplaced) return null;
  const kinds = (ROLE_ORG_KINDS[misplaced] ?? []).map((k) => ORG_KIND_LABELS[k]).join('、');
  return `${ROLE_LABELS[misplaced]}只能设在${kinds}，“${org.name}”是${ORG_KIND_LABELS[kind]}`;
}
