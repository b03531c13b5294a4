import { eq } from 'drizzle-orm';
import type { PasswordRules } from '../../../shared/domain/password-policy';
import type { Db } from '../../db/client';
import { securityPolicy } from '../../db/schema';

export type SecurityPolicyRow = typeof securityPolicy.$inferSelect;

// 等保 2.0 level 3 defaults: 10 characters of 3 classes, lockout after 5
// failures in 15 minutes, idle timeout 30 minutes, absolute 12 hours.
export const DEFAULT_SECURITY_POLICY: Omit<SecurityPolicyRow, 'updatedAt'> = {
  id: 1,
  passwordMinLength: 10,
  passwordMinCharClasses: 3,
  passwordForbidUsername: true,
  maxFailedLogins: 5,
  failureWindowMinutes: 15,
  lockoutMinutes: 0,
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
  version: 0,
};

export async function loadSecurityPolicy(db: Db): Promise<SecurityPolicyRow> {
  const [row] = await db.select().from(securityPolicy).where(eq(securityPolicy.id, 1));
  return row ?? { ...DEFAULT_SECURITY_POLICY, updatedAt: new Date(0) };
}

export function passwordRulesOf(policy: SecurityPolicyRow): PasswordRules {
  return {
    minLength: policy.passwordMinLength,
    minCharClasses: policy.passwordMinCharClasses,
    forbidUsername: policy.passwordForbidUsername,
  };
}
