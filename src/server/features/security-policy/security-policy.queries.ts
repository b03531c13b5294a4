import { and, eq } from 'drizzle-orm';
import type { PasswordRules } from '../../../shared/domain/password-policy';
import type { Db } from '../../db/client';
import { securityPolicy } from '../../db/schema';

export type SecurityPolicyRow = typeof securityPolicy.$inferSelect;
/** The settings of the policy, without id, version and time stamp. */
export type SecurityPolicyValues = Omit<SecurityPolicyRow, 'id' | 'version' | 'updatedAt'>;

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

/**
 * Writes the single row if it is still at `expectedVersion` (0: no row yet).
 * Answers the new row, or undefined when someone else saved first.
 */
export async function saveSecurityPolicy(
  db: Db,
  values: SecurityPolicyValues,
  expectedVersion: number,
  now: Date,
): Promise<SecurityPolicyRow | undefined> {
  if (expectedVersion === 0) {
    const [inserted] = await db
      .insert(securityPolicy)
      .values({ ...values, id: 1, version: 1, updatedAt: now })
      .onConflictDoNothing({ target: securityPolicy.id })
      .returning();
    return inserted;
  }
  const [updated] = await db
    .update(securityPolicy)
    .set({ ...values, version: expectedVersion + 1, updatedAt: now })
    .where(and(eq(securityPolicy.id, 1), eq(securityPolicy.version, expectedVersion)))
    .returning();
  return updated;
}
