// 重置密码: a new temporary password, shown once; the user must change it at the
// next login, and every open session of the account ends.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { conflict, forbidden } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { hashPassword } from '../auth/passwords';
import { endUserSessions } from '../auth/sessions';
import { generatePassword } from '../auth/tokens';
import type { UserRow } from './users.queries';

export async function resetUserPassword(options: {
  db: Db;
  now: Date;
  principal: Principal;
  user: UserRow;
  version: number;
  context: AuditContext;
}): Promise<{ temporaryPassword: string }> {
  const { db, now, user } = options;
  // One's own password is changed with the current one, never reset.
  if (user.id === options.principal.id) throw forbidden('不能重置自己的密码，请使用“修改密码”');
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, updatedAt: now, version: user.version + 1 })
      .where(and(eq(users.id, user.id), eq(users.version, options.version)))
      .returning({ id: users.id });
    if (!updated) throw conflict(`账户“${user.username}”`);
    await endUserSessions(tx, user.id, now);
    await recordAudit(tx, options.context, now, {
      event: 'user.password.reset',
      targetType: 'user',
      targetId: user.id,
      targetLabel: user.username,
      // Keys naming a password are masked in the trail, so the flag goes under another name.
      before: { mustChangePassword: user.mustChangePassword },
      after: { mustChangePassword: true },
    });
  });
  return { temporaryPassword };
}
