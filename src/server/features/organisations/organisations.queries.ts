// SQL of the organisation tree. A subtree is a prefix match on `path`
// (text_pattern_ops index).
import { and, asc, count, eq, ilike, isNull, like, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { escapeLike } from '../../db/like';
import { organisations, users } from '../../db/schema';
import type { Scope } from '../../http/principal';
import { refreshCaseScopes } from '../cases/cases.queries';

export type OrganisationRow = typeof organisations.$inferSelect;
export type OrganisationListRow = OrganisationRow & { hasChildren: boolean };

export async function findOrganisation(db: Db, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row;
}

// Written out in full: inside a select Drizzle renders a column without its
// table, which the sub-select would read as its own c.id.
const hasChildren = sql<boolean>`exists (select 1 from organisations c where c.parent_id = "organisations"."id")`;

/** Children of a parent, the roots of a scope, or (with q) name matches within the scope. */
export async function listOrganisations(
  db: Db,
  options: {
    scope: Scope;
    parentId?: string;
    q?: string;
    includeDisabled: boolean;
    page: number;
    pageSize: number;
  },
): Promise<{ rows: OrganisationListRow[]; total: number }> {
  const { scope } = options;
  const conditions = [];
  if (!scope.all) conditions.push(like(organisations.path, `${escapeLike(scope.pathPrefix)}%`));
  if (options.q) conditions.push(ilike(organisations.name, `%${escapeLike(options.q)}%`));
  else if (options.parentId) conditions.push(eq(organisations.parentId, options.parentId));
  else if (scope.all) conditions.push(isNull(organisations.parentId));
  else conditions.push(eq(organisations.path, scope.pathPrefix));
  if (!options.includeDisabled) conditions.push(isNull(organisations.disabledAt));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({ org: organisations, hasChildren })
      .from(organisations)
      .where(where)
      .orderBy(asc(organisations.kind), asc(organisations.name))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ n: count() }).from(organisations).where(where),
  ]);
  return { rows: rows.map((r) => ({ ...r.org, hasChildren: r.hasChildren })), total: total?.n ?? 0 };
}

export async function hasChildrenFlag(db: Db, id: string): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(organisations).where(eq(organisations.parentId, id));
  return (row?.n ?? 0) > 0;
}

export async function isSiblingNameTaken(
  db: Db,
  parentId: string | null,
  name: string,
  exceptId?: string,
): Promise<boolean> {
  const conditions = [
    parentId === null ? isNull(organisations.parentId) : eq(organisations.parentId, parentId),
    eq(organisations.name, name),
  ];
  if (exceptId) conditions.push(ne(organisations.id, exceptId));
  const [row] = await db
    .select({ n: count() })
    .from(organisations)
    .where(and(...conditions));
  return (row?.n ?? 0) > 0;
}

export async function isUsccTaken(db: Db, uscc: string, exceptId?: string): Promise<boolean> {
  const conditions = [eq(organisations.uscc, uscc)];
  if (exceptId) conditions.push(ne(organisations.id, exceptId));
  const [row] = await db
    .select({ n: count() })
    .from(organisations)
    .where(and(...conditions));
  return (row?.n ?? 0) > 0;
}

export async function countEnabledChildren(db: Db, id: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(organisations)
    .where(and(eq(organisations.parentId, id), isNull(organisations.disabledAt)));
  return row?.n ?? 0;
}

export async function countEnabledUsers(db: Db, id: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.organisationId, id), isNull(users.disabledAt)));
  return row?.n ?? 0;
}

/** Rewrites the path of a whole subtree after a move, and the copies cases keep for scope. */
export async function rewriteSubtreePaths(db: Db, oldPrefix: string, newPrefix: string): Promise<void> {
  const pattern = `${escapeLike(oldPrefix)}%`;
  await db.execute(sql`
    UPDATE ${organisations}
    SET path = ${newPrefix} || substr(path, ${oldPrefix.length + 1})
    WHERE path LIKE ${pattern}`);
  await db.execute(sql`
    UPDATE case_defendants
    SET org_path = ${newPrefix} || substr(org_path, ${oldPrefix.length + 1})
    WHERE org_path LIKE ${pattern}`);
  await refreshCaseScopes(db, newPrefix);
}
