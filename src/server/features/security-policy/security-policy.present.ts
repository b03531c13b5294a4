import type { SecurityPolicy } from '../../../shared/api/security-policy';
import type { Principal } from '../../http/principal';
import { securityPolicyAbilities } from './security-policy.policy';
import type { SecurityPolicyRow, SecurityPolicyValues } from './security-policy.queries';

export function securityPolicyValuesOf(row: SecurityPolicyValues): SecurityPolicyValues {
  return {
    passwordMinLength: row.passwordMinLength,
    passwordMinCharClasses: row.passwordMinCharClasses,
    passwordForbidUsername: row.passwordForbidUsername,
    maxFailedLogins: row.maxFailedLogins,
    failureWindowMinutes: row.failureWindowMinutes,
    lockoutMinutes: row.lockoutMinutes,
    sessionIdleMinutes: row.sessionIdleMinutes,
    sessionAbsoluteHours: row.sessionAbsoluteHours,
  };
}

export function presentSecurityPolicy(principal: Principal, row: SecurityPolicyRow): SecurityPolicy {
  return {
    ...securityPolicyValuesOf(row),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    abilities: securityPolicyAbilities(principal),
  };
}

/** The fields an audit row records of the policy: its values and version. */
export function auditedSecurityPolicy(row: SecurityPolicyRow) {
  return { ...securityPolicyValuesOf(row), version: row.version };
}
