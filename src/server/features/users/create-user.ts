// 新建账户: the server makes up a temporary password, shown once, which the
// user must change at first login.
import type { z } from 'zod';
import type { createUserSchema } from '../../../shared/api/users';
import { ROLE_LABELS } from '../../../shared/domain/permissions';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { AppError, forbidden } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { hashPassword } from '../auth/passwords';
import { generatePassword } from '../auth/tokens';
import { checkUserPlacement } from './check-user-placement';
import { firstUngrantableRole, normaliseRoles } from './users.policy';
import { auditedUser } from './users.present';
import { isUsernameTaken, type UserRow } from './users.queries';

export async function createUser(options: {
  db: Db;
  now: Date;
  principal: Principal;
  input: z.infer<typeof createUserSchema>;
  context: AuditContext;
}): Promise<{ user: UserRow; temporaryPassword: string }> {
  const { db, now, principal, input } = options;
  const roles = normaliseRoles(input.roles);
  const ungrantable = firstUngrantableRole(principal, roles);
  if (ungrantable) throw forbidden(`您无权授予“${ROLE_LABELS[ungrantable]}”角色`);
  // Hashing is slow: done before the transaction opens.
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  return db.transaction(async (tx) => {
    await checkUserPlacement({
      db: tx,
      principal,
      organisationId: input.organisationId,
      roles,
      misfitField: 'roles',
    });
    if (await isUsernameTaken(tx, input.username)) {
      throw new AppError('DUPLICATE', `用户名“${input.username}”已被使用`, [
        { field: 'username', message: '该用户名已被使用，请换一个' },
      ]);
    }
    const [created] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        organisationId: input.organisationId,
        roles,
        passwordHash,
        mustChangePassword: true,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, options.context, now, {
      event: 'user.created',
      targetType: 'user',
      targetId: created!.id,
      targetLabel: created!.username,
      after: auditedUser(created!),
    });
    return { user: created!, temporaryPassword };
  });
}
