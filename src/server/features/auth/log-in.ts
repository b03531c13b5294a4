// 登录: checks the password, counts failures toward the lockout of the security
// policy, opens a session. Every attempt is audited, failures included.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisations, users } from '../../db/schema';
import { AppError } from '../../http/errors';
import type { AuditContext } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { loadSecurityPolicy, type SecurityPolicyRow } from '../security-policy/security-policy.queries';
import { dummyVerify, verifyPassword } from './passwords';
import { createSession } from './sessions';

type UserRow = typeof users.$inferSelect;

export function isLocked(user: UserRow, policy: SecurityPolicyRow, now: Date): boolean {
  if (!user.lockedAt) return false;
  if (policy.lockoutMinutes === 0) return true;
  return now.getTime() < user.lockedAt.getTime() + policy.lockoutMinutes * 60_000;
}

export function lockedMessage(user: UserRow, policy: SecurityPolicyRow): string {
  const base = `账户因连续${policy.maxFailedLogins}次登录失败已被锁定`;
  if (policy.lockoutMinutes === 0 || !user.lockedAt) return `${base}，请联系安全管理员解锁`;
  const until = new Date(user.lockedAt.getTime() + policy.lockoutMinutes * 60_000);
  const hhmm = until.toLocaleTimeString('zh-CN', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Shanghai',
  });
  return `${base}，将于 ${hhmm} 自动解锁，或联系安全管理员解锁`;
}

export async function logIn(options: {
  db: Db;
  now: Date;
  username: string;
  password: string;
  context: AuditContext;
}): Promise<{ userId: string; sessionToken: string; sessionId: string; csrfToken: string }> {
  const { db, now, context } = options;
  const username = options.username.trim().toLowerCase();
  const policy = await loadSecurityPolicy(db);
  const [user] = await db.select().from(users).where(eq(users.username, username));
  const failed = async (reason: string, extra?: (tx: Db) => Promise<void>) => {
    await db.transaction(async (tx) => {
      await extra?.(tx);
      await recordAudit(tx, { ...context, actorName: context.actorName ?? username }, now, {
        event: 'auth.login.failed',
        targetType: 'user',
        targetId: user?.id ?? null,
        targetLabel: username,
        after: { reason },
      });
    });
  };

  if (!user) {
    await dummyVerify(options.password);
    await failed('unknown-user');
    throw new AppError('INVALID_CREDENTIALS', '用户名或密码错误');
  }
  if (isLocked(user, policy, now)) {
    await failed('locked');
    throw new AppError('ACCOUNT_LOCKED', lockedMessage(user, policy));
  }
  const isPasswordRight = await verifyPassword(user.passwordHash, options.password);
  if (!isPasswordRight) {
    const windowStart = user.failedWindowStart;
    const isWindowOpen =
      user.lockedAt === null &&
      windowStart !== null &&
      now.getTime() - windowStart.getTime() <= policy.failureWindowMinutes * 60_000;
    const count = isWindowOpen ? user.failedLogins + 1 : 1;
    const locks = count >= policy.maxFailedLogins;
    await failed('wrong-password', async (tx) => {
      await tx
        .update(users)
        .set({
          failedLogins: count,
          failedWindowStart: isWindowOpen ? windowStart : now,
          lockedAt: locks ? now : null,
        })
        .where(eq(users.id, user.id));
      if (locks) {
        await recordAudit(tx, context, now, {
          event: 'user.locked',
          targetType: 'user',
          targetId: user.id,
          targetLabel: user.username,
          after: { failedLogins: count, windowMinutes: policy.failureWindowMinutes },
        });
      }
    });
    if (locks) throw new AppError('ACCOUNT_LOCKED', lockedMessage({ ...user, lockedAt: now }, policy));
    throw new AppError('INVALID_CREDENTIALS', '用户名或密码错误');
  }
  const [org] = await db
    .select({ disabledAt: organisations.disabledAt })
    .from(organisations)
    .where(eq(organisations.id, user.organisationId));
  if (user.disabledAt || org?.disabledAt) {
    await failed(user.disabledAt ? 'disabled' : 'organisation-disabled');
    throw new AppError(
      'ACCOUNT_DISABLED',
      user.disabledAt ? '账户已停用，请联系系统管理员' : '账户所属机构已停用，请联系系统管理员',
    );
  }
  return db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ failedLogins: 0, failedWindowStart: null, lockedAt: null, lastLoginAt: now })
      .where(eq(users.id, user.id));
    const session = await createSession(tx, {
      userId: user.id,
      now,
      ip: context.ip,
      userAgent: context.userAgent,
    });
    await recordAudit(
      tx,
      {
        ...context,
        actorType: 'user',
        actorId: user.id,
        actorName: user.username,
        actorOrgId: user.organisationId,
      },
      now,
      { event: 'auth.login.succeeded', targetType: 'user', targetId: user.id, targetLabel: user.username },
    );
    return {
      userId: user.id,
      sessionToken: session.token,
      sessionId: session.id,
      csrfToken: session.csrfToken,
    };
  });
}
