// 编辑账户: display name and organisation. Roles change through assignUserRoles,
// which the security administrator holds.
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { updateUserSchema } from '../../../shared/api/users';
import type { Role } from '../../../shared/domain/permissions';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { conflict } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { checkUserPlacement } from './check-user-placement';
import { auditedUser } from './users.present';
import type { UserRow } from './users.queries';

export async function updateUser(options: {
  db: Db;
  now: Date;
  principal: Principal;
  user: UserRow;
  input: z.infer<typeof updateUserSchema>;
  context: AuditContext;
}): Promise<UserRow> {
  const { db, now, user, input } = options;
  return db.transaction(async (tx) => {
    // The roles stay; they must still fit the (possibly new) organisation.
    await checkUserPlacement({
      db: tx,
      principal: options.principal,
      organisationId: input.organisationId,
      roles: user.roles as Role[],
      currentOrganisationId: user.organisationId,
      misfitField: 'organisationId',
    });
    const [updated] = await tx
      .update(users)
      .set({
        displayName: input.displayName,
        organisationId: input.organisationId,
        updatedAt: now,
        version: user.version + 1,
      })
      .where(and(eq(users.id, user.id), eq(users.version, input.version)))
      .returning();
    if (!updated) throw conflict(`账户“${user.username}”`);
    await recordAudit(tx, options.context, now, {
      event: 'user.updated',
      targetType: 'user',
      targetId: user.id,
      targetLabel: user.username,
      before: auditedUser(user),
      after: auditedUser(updated),
    });
    return updated;
  });
}
