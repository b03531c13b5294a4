import type { User } from '../../../shared/api/users';
import type { Role } from '../../../shared/domain/permissions';
import type { Principal } from '../../http/principal';
import type { SecurityPolicyRow } from '../security-policy/security-policy.queries';
import { userAbilities, userStatus } from './users.policy';
import type { UserRow, UserWithOrg } from './users.queries';

export function presentUser(
  principal: Principal,
  user: UserWithOrg,
  policy: SecurityPolicyRow,
  now: Date,
): User {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    organisation: { id: user.organisation.id, name: user.organisation.name },
    roles: user.roles as Role[],
    status: userStatus(user, policy, now),
    mustChangePassword: user.mustChangePassword,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    version: user.version,
    abilities: userAbilities(principal, user, policy, now),
  };
}

/** The fields an audit row records of an account: never a password or its hash. */
export function auditedUser(user: UserRow) {
  return {
    username: user.username,
    displayName: user.displayName,
    organisationId: user.organisationId,
    roles: user.roles,
  };
}
