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

/**
 * The fields an audit row records of the policy. The password rules are keyed
 * minLength / minCharClasses / forbidUsername (as in PasswordRules) because the
 * audit trail masks every key containing "password" as a secret.
 */
export function auditedSecurityPolicy(row: SecurityPolicyRow) {
  return {
    minLength: row.passwordMinLength,
    minCharClasses: row.passwordMinCharClasses,
    forbidUsername: row.passwordForbidUsername,
    maxFailedLogins: row.maxFailedLogins,
    failureWindowMinutes: row.failureWindowMinutes,
    lockoutMinutes: row.lockoutMinutes,
    sessionIdleMinutes: row.sessionIdleMinutes,
    sessionAbsoluteHours: row.sessionAbsoluteHours,
    version: row.version,
  };
}
