// 分配角色: replaces an account's roles. The actor must be able to grant every
// role added and every role taken away, so that the system administrator can
// neither make nor unmake an administrator (三员分立).
import { and, eq } from 'drizzle-orm';
import { ROLE_LABELS, type Role } from '../../../shared/domain/permissions';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { conflict, fieldError, forbidden } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { endUserSessions } from '../auth/sessions';
import { checkUserPlacement } from './check-user-placement';
import { firstUngrantableRole, normaliseRoles } from './users.policy';
import type { UserRow } from './users.queries';

export async function assignUserRoles(options: {
  db: Db;
  now: Date;
  principal: Principal;
  user: UserRow;
  roles: Role[];
  version: number;
  context: AuditContext;
}): Promise<UserRow> {
  const { db, now, principal, user } = options;
  if (user.id === principal.id) throw forbidden('不能修改自己的角色');
  const before = user.roles as Role[];
  const after = normaliseRoles(options.roles);
  const added = firstUngrantableRole(
    principal,
    after.filter((role) => !before.includes(role)),
  );
  if (added) throw forbidden(`您无权授予“${ROLE_LABELS[added]}”角色`);
  const removed = firstUngrantableRole(
    principal,
    before.filter((role) => !after.includes(role)),
  );
  if (removed) throw forbidden(`您无权撤销“${ROLE_LABELS[removed]}”角色`);
  if (after.length === before.length && after.every((role) => before.includes(role))) {
    throw fieldError('roles', '角色没有变化');
  }
  return db.transaction(async (tx) => {
    await checkUserPlacement({
      db: tx,
      principal,
      organisationId: user.organisationId,
      roles: after,
      currentOrganisationId: user.organisationId,
      misfitField: 'roles',
    });
    const [updated] = await tx
      .update(users)
      .set({ roles: after, updatedAt: now, version: user.version + 1 })
      .where(and(eq(users.id, user.id), eq(users.version, options.version)))
      .returning();
    if (!updated) throw conflict(`账户“${user.username}”`);
    // Open pages were drawn for the old roles: the user signs in again.
    await endUserSessions(tx, user.id, now);
    await recordAudit(tx, options.context, now, {
      event: 'user.roles.assigned',
      targetType: 'user',
      targetId: user.id,
      targetLabel: user.username,
      before: { roles: before },
      after: { roles: after },
    });
    return updated;
  });
}
