// SQL of 法院数据报送: the courts in the caller's scope, the cases a batch names,
// the imports and their rows. Scope comes in as court ids from the policy.
import { and, asc, desc, eq, inArray, like, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { escapeLike } from '../../db/like';
import {
  auditEvents,
  caseEvents,
  courts,
  exchangeImportRows,
  exchangeImports,
  litigationCases,
  organisations,
} from '../../db/schema';
import type { Principal } from '../../http/principal';

export type ImportRow = typeof exchangeImports.$inferSelect;
export type ImportRowRecord = typeof exchangeImportRows.$inferInsert;

/** Courts (with 法院代字) whose organisation lies in the caller's scope. */
export async function courtsInScope(db: Db, principal: Principal) {
  const scope = principal.scope.all
    ? sql`true`
    : like(organisations.path, `${escapeLike(principal.scope.pathPrefix)}%`);
  return db
    .select({ id: organisations.id, path: organisations.path, courtCode: courts.courtCode })
    .from(courts)
    .innerJoin(organisations, eq(organisations.id, courts.organisationId))
    .where(scope);
}

/** The cases with these (normalised) numbers heard by one of these courts; locked when asked. */
export async function casesByNumbers(
  db: Db,
  options: { numbers: string[]; courtIds: string[]; lock?: boolean },
) {
  if (options.numbers.length === 0 || options.courtIds.length === 0) return [];
  const query = db
    .select()
    .from(litigationCases)
    .where(
      and(
        inArray(litigationCases.caseNumber, options.numbers),
        inArray(litigationCases.courtId, options.courtIds),
      ),
    )
    // A fixed order, so that two imports lock their cases without deadlock.
    .orderBy(asc(litigationCases.id));
  return options.lock ? query.for('update') : query;
}

export async function eventsOfCases(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db.select().from(caseEvents).where(inArray(caseEvents.caseId, caseIds)).orderBy(asc(caseEvents.id));
}

export async function insertImport(db: Db, values: typeof exchangeImports.$inferInsert): Promise<ImportRow> {
  const [row] = await db.insert(exchangeImports).values(values).returning();
  return row!;
}

export async function updateImport(db: Db, id: string, values: Partial<typeof exchangeImports.$inferInsert>) {
  await db.update(exchangeImports).set(values).where(eq(exchangeImports.id, id));
}

/** Moves an import from one status to another; false when it was not in `from` (someone else got there). */
export async function claimImport(db: Db, id: string, from: string, to: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(exchangeImports)
    .set({ status: to, updatedAt: now, error: null })
    .where(and(eq(exchangeImports.id, id), eq(exchangeImports.status, from)))
    .returning({ id: exchangeImports.id });
  return rows.length > 0;
}

export async function findImport(db: Db, id: string) {
  const [row] = await db
    .select({ import: exchangeImports, organisationPath: organisations.path })
    .from(exchangeImports)
    .innerJoin(organisations, eq(organisations.id, exchangeImports.organisationId))
    .where(eq(exchangeImports.id, id));
  return row;
}

export async function listImports(
  db: Db,
  options: { scope: SQL; kind?: string; page: number; pageSize: number },
) {
  const conditions = [options.scope];
  if (options.kind) conditions.push(eq(exchangeImports.kind, options.kind));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({ import: exchangeImports })
      .from(exchangeImports)
      .innerJoin(organisations, eq(organisations.id, exchangeImports.organisationId))
      .where(where)
      .orderBy(desc(exchangeImports.createdAt), desc(exchangeImports.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(exchangeImports)
      .innerJoin(organisations, eq(organisations.id, exchangeImports.organisationId))
      .where(where),
  ]);
  return { rows: rows.map((r) => r.import), total: total?.n ?? 0 };
}

/** SQL condition on the joined organisations row for the imports a caller may see. */
export function importScopeCondition(principal: Principal): SQL {
  if (principal.scope.all) return sql`true`;
  return like(organisations.path, `${escapeLike(principal.scope.pathPrefix)}%`);
}

const INSERT_BATCH = 500;

export async function insertImportRows(db: Db, rows: ImportRowRecord[]) {
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    await db.insert(exchangeImportRows).values(rows.slice(i, i + INSERT_BATCH));
  }
}

export async function importRowsOf(db: Db, importId: string) {
  return db
    .select()
    .from(exchangeImportRows)
    .where(eq(exchangeImportRows.importId, importId))
    .orderBy(asc(exchangeImportRows.rowNumber));
}

export async function deleteImportRows(db: Db, importId: string) {
  await db.delete(exchangeImportRows).where(eq(exchangeImportRows.importId, importId));
}

export async function pageImportRows(
  db: Db,
  options: {
    importId: string;
    outcome?: string;
    isChangedSinceCheck?: boolean;
    page: number;
    pageSize: number;
  },
) {
  const conditions = [eq(exchangeImportRows.importId, options.importId)];
  if (options.outcome) conditions.push(eq(exchangeImportRows.outcome, options.outcome));
  if (options.isChangedSinceCheck !== undefined) {
    conditions.push(eq(exchangeImportRows.isChangedSinceCheck, options.isChangedSinceCheck));
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(exchangeImportRows)
      .where(where)
      .orderBy(asc(exchangeImportRows.rowNumber))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(exchangeImportRows).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** The id of the latest audit row about an import (the apply's), to link the import to it. */
export async function latestAuditIdOf(db: Db, importId: string): Promise<number | null> {
  const [row] = await db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(and(eq(auditEvents.targetType, 'exchange-import'), eq(auditEvents.targetId, importId)))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return row?.id ?? null;
}
