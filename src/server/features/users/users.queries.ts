// SQL of accounts. A user is always read with their organisation: the name for
// display, the path for the caller's scope, the kind for role placement.
import { and, asc, count, eq, gt, ilike, isNotNull, isNull, like, not, or, type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../shared/domain/permissions';
import type { Db } from '../../db/client';
import { escapeLike } from '../../db/like';
import { organisations, users } from '../../db/schema';
import type { Scope } from '../../http/principal';

export type UserRow = typeof users.$inferSelect;
export interface UserOrganisation {
  id: string;
  name: string;
  kind: string;
  path: string;
  disabledAt: Date | null;
}
export type UserWithOrg = UserRow & { organisation: UserOrganisation };

const organisationColumns = {
  id: organisations.id,
  name: organisations.name,
  kind: organisations.kind,
  path: organisations.path,
  disabledAt: organisations.disabledAt,
};

export async function findUser(db: Db, id: string): Promise<UserWithOrg | undefined> {
  const [row] = await db
    .select({ user: users, organisation: organisationColumns })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, id));
  return row ? { ...row.user, organisation: row.organisation } : undefined;
}

export async function isUsernameTaken(db: Db, username: string): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users).where(eq(users.username, username));
  return (row?.n ?? 0) > 0;
}

/**
 * `lockedAfter`: a lock set after this instant is still in force; null when
 * every lock holds until the security administrator lifts it.
 */
function statusCondition(status: 'active' | 'locked' | 'disabled', lockedAfter: Date | null): SQL {
  if (status === 'disabled') return isNotNull(users.disabledAt);
  const isLocked = lockedAfter
    ? and(isNotNull(users.lockedAt), gt(users.lockedAt, lockedAfter))!
    : isNotNull(users.lockedAt);
  return and(isNull(users.disabledAt), status === 'locked' ? isLocked : not(isLocked))!;
}

export async function listUsers(
  db: Db,
  options: {
    scope: Scope;
    q?: string;
    organisationId?: string;
    role?: Role;
    status?: 'active' | 'locked' | 'disabled';
    lockedAfter: Date | null;
    page: number;
    pageSize: number;
  },
): Promise<{ rows: UserWithOrg[]; total: number }> {
  const conditions: (SQL | undefined)[] = [];
  if (!options.scope.all)
    conditions.push(like(organisations.path, `${escapeLike(options.scope.pathPrefix)}%`));
  if (options.q) {
    const pattern = `%${escapeLike(options.q)}%`;
    conditions.push(or(ilike(users.username, pattern), ilike(users.displayName, pattern)));
  }
  if (options.organisationId) conditions.push(eq(users.organisationId, options.organisationId));
  if (options.role) conditions.push(sql`${options.role} = any(${users.roles})`);
  if (options.status) conditions.push(statusCondition(options.status, options.lockedAfter));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({ user: users, organisation: organisationColumns })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(where)
      .orderBy(asc(users.username))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ n: count() })
      .from(users)
      .innerJoin(organisations, eq(organisations.id, users.organisationId))
      .where(where),
  ]);
  return {
    rows: rows.map((r) => ({ ...r.user, organisation: r.organisation })),
    total: total?.n ?? 0,
  };
}
