// 解锁账户: lifts a lockout after repeated login failures and clears the count,
// so the user gets the policy's full number of attempts again.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { AppError, conflict } from '../../http/errors';
import type { AuditContext } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { isLocked } from '../auth/log-in';
import type { SecurityPolicyRow } from '../security-policy/security-policy.queries';
import type { UserRow } from './users.queries';

export async function unlockUser(options: {
  db: Db;
  now: Date;
  policy: SecurityPolicyRow;
  user: UserRow;
  version: number;
  context: AuditContext;
}): Promise<void> {
  const { db, now, user } = options;
  if (!isLocked(user, options.policy, now)) {
    throw new AppError('CONFLICT', `账户“${user.username}”当前未被锁定，无需解锁`);
  }
  await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({
        lockedAt: null,
        failedLogins: 0,
        failedWindowStart: null,
        updatedAt: now,
        version: user.version + 1,
      })
      .where(and(eq(users.id, user.id), eq(users.version, options.version)))
      .returning({ id: users.id });
    if (!updated) throw conflict(`账户“${user.username}”`);
    await recordAudit(tx, options.context, now, {
      event: 'user.unlocked',
      targetType: 'user',
      targetId: user.id,
      targetLabel: user.username,
      before: { lockedAt: user.lockedAt, failedLogins: user.failedLogins },
      after: { lockedAt: null, failedLogins: 0 },
    });
  });
}
