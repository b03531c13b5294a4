// 停用 / 启用账户. Disabling ends the account's open sessions at once, so that
// a departed user's browser tab stops working.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { AppError, conflict, forbidden } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { endUserSessions } from '../auth/sessions';
import type { UserWithOrg } from './users.queries';

export async function setUserDisabled(options: {
  db: Db;
  now: Date;
  principal: Principal;
  user: UserWithOrg;
  disabled: boolean;
  version: number;
  context: AuditContext;
}): Promise<void> {
  const { db, now, user, disabled } = options;
  if (disabled) {
    // An administrator locking themselves out would need another to undo it.
    if (user.id === options.principal.id) throw forbidden('不能停用自己的账户');
    if (user.disabledAt) throw new AppError('CONFLICT', `账户“${user.username}”已是停用状态`);
  } else {
    if (!user.disabledAt) throw new AppError('CONFLICT', `账户“${user.username}”已是启用状态`);
    if (user.organisation.disabledAt) {
      throw new AppError(
        'CONFLICT',
        `账户所属机构“${user.organisation.name}”已停用，请先启用机构或将账户调至其他机构`,
      );
    }
  }
  await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({ disabledAt: disabled ? now : null, updatedAt: now, version: user.version + 1 })
      .where(and(eq(users.id, user.id), eq(users.version, options.version)))
      .returning({ id: users.id });
    if (!updated) throw conflict(`账户“${user.username}”`);
    if (disabled) await endUserSessions(tx, user.id, now);
    await recordAudit(tx, options.context, now, {
      event: disabled ? 'user.disabled' : 'user.enabled',
      targetType: 'user',
      targetId: user.id,
      targetLabel: user.username,
      before: { disabled: !disabled },
      after: { disabled },
    });
  });
}
