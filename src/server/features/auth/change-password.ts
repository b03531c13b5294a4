// 修改密码: the user's own change, required at first login and after a reset.
import { eq } from 'drizzle-orm';
import { checkPassword } from '../../../shared/domain/password-policy';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { AppError, fieldError } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { loadSecurityPolicy, passwordRulesOf } from '../security-policy/security-policy.queries';
import { hashPassword, verifyPassword } from './passwords';
import { endUserSessions } from './sessions';

export async function changePassword(options: {
  db: Db;
  now: Date;
  principal: Principal;
  currentPassword: string;
  newPassword: string;
  context: AuditContext;
}): Promise<void> {
  const { db, now, principal } = options;
  const [user] = await db.select().from(users).where(eq(users.id, principal.id));
  if (!user) throw new AppError('UNAUTHENTICATED', '请先登录');
  if (!(await verifyPassword(user.passwordHash, options.currentPassword))) {
    throw fieldError('currentPassword', '当前密码不正确');
  }
  const policy = await loadSecurityPolicy(db);
  const problems = checkPassword(options.newPassword, user.username, passwordRulesOf(policy));
  if (problems.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      `新密码不符合要求：${problems.join('；')}`,
      problems.map((message) => ({ field: 'newPassword', message })),
    );
  }
  if (options.newPassword === options.currentPassword)
    throw fieldError('newPassword', '新密码不能与当前密码相同');
  const passwordHash = await hashPassword(options.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: now, updatedAt: now })
      .where(eq(users.id, user.id));
    // Other sessions of this account end; the current one goes on.
    await endUserSessions(tx, user.id, now, principal.session?.id);
    await recordAudit(tx, options.context, now, {
      event: 'auth.password.changed',
      targetType: 'user',
      targetId: user.id,
      targetLabel: user.username,
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: false },
    });
  });
}
