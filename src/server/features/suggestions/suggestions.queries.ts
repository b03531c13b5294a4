// SQL of the suggestions register: one record with its copies, events and
// papers, the filtered list, the counts, the reminders' work list. Scope comes
// in as a condition from suggestions.policy.ts.
import { and, asc, desc, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { ListSuggestionsQuery } from '../../../shared/api/suggestions';
import type { Db } from '../../db/client';
import { escapeLike } from '../../db/like';
import {
  courts,
  litigationCases,
  organisations,
  storedFiles,
  suggestionCopies,
  suggestionEvents,
  suggestionFiles,
  suggestions,
} from '../../db/schema';
import { type CalendarChange, reliesOnChange } from '../calendar/calendar-change';

export type SuggestionRow = typeof suggestions.$inferSelect;
export type SuggestionEventRow = typeof suggestionEvents.$inferSelect;

export async function findSuggestion(db: Db, id: string): Promise<SuggestionRow | undefined> {
  const [row] = await db.select().from(suggestions).where(eq(suggestions.id, id));
  return row;
}

/** Locks the record for the rest of the transaction: replies to one record are serialised. */
export async function lockSuggestion(db: Db, id: string): Promise<SuggestionRow | undefined> {
  const [row] = await db.select().from(suggestions).where(eq(suggestions.id, id)).for('update');
  return row;
}

export type OrgRow = {
  id: string;
  name: string;
  kind: string;
  path: string;
  parentId: string | null;
  regionCode: string;
  isDisabled: boolean;
};

export async function orgsByIds(db: Db, ids: readonly string[]): Promise<Map<string, OrgRow>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      path: organisations.path,
      parentId: organisations.parentId,
      regionCode: organisations.regionCode,
      disabledAt: organisations.disabledAt,
    })
    .from(organisations)
    .where(inArray(organisations.id, unique));
  return new Map(rows.map(({ disabledAt, ...r }) => [r.id, { ...r, isDisabled: disabledAt !== null }]));
}

/** The organisations above one, nearest first (its path is '/root/…/parent/self/'). */
export async function ancestorsOf(db: Db, org: OrgRow): Promise<OrgRow[]> {
  const ids = org.path.split('/').filter((id) => id && id !== org.id);
  const found = await orgsByIds(db, ids);
  return ids
    .reverse()
    .map((id) => found.get(id))
    .filter((o): o is OrgRow => o !== undefined);
}

/** The legal-affairs office (司法局) directly under a people's government. */
export async function legalOfficeUnder(db: Db, governmentId: string): Promise<OrgRow | undefined> {
  const [row] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(
      and(
        eq(organisations.parentId, governmentId),
        eq(organisations.kind, 'legal-office'),
        isNull(organisations.disabledAt),
      ),
    )
    .orderBy(asc(organisations.name))
    .limit(1);
  return row ? (await orgsByIds(db, [row.id])).get(row.id) : undefined;
}

export async function courtCodeOf(db: Db, organisationId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ courtCode: courts.courtCode })
    .from(courts)
    .where(eq(courts.organisationId, organisationId));
  return row?.courtCode;
}

/** A received number already registered for the issuer, with when. */
export async function findReceivedNumber(db: Db, issuerName: string, numberKey: string) {
  const [row] = await db
    .select({
      id: suggestions.id,
      documentNumber: suggestions.documentNumber,
      createdAt: suggestions.createdAt,
    })
    .from(suggestions)
    .where(
      and(
        eq(suggestions.origin, 'received'),
        eq(suggestions.issuerName, issuerName),
        eq(suggestions.numberKey, numberKey),
      ),
    );
  return row;
}

export async function insertSuggestion(tx: Db, values: typeof suggestions.$inferInsert): Promise<string> {
  const [row] = await tx.insert(suggestions).values(values).returning({ id: suggestions.id });
  return row!.id;
}

export async function insertCopies(
  tx: Db,
  suggestionId: string,
  copies: readonly { organisationId: string; isAutomatic: boolean }[],
): Promise<void> {
  if (copies.length === 0) return;
  await tx.insert(suggestionCopies).values(copies.map((c) => ({ suggestionId, ...c })));
}

export async function insertEvent(tx: Db, values: typeof suggestionEvents.$inferInsert): Promise<void> {
  await tx.insert(suggestionEvents).values(values);
}

export async function updateSuggestion(
  tx: Db,
  id: string,
  values: Partial<typeof suggestions.$inferInsert>,
): Promise<void> {
  await tx
    .update(suggestions)
    .set({ ...values, version: sql`${suggestions.version} + 1` })
    .where(eq(suggestions.id, id));
}

export async function copiesOf(db: Db, suggestionIds: readonly string[]) {
  if (suggestionIds.length === 0) return [];
  return db
    .select({
      suggestionId: suggestionCopies.suggestionId,
      id: organisations.id,
      name: organisations.name,
      path: organisations.path,
      isAutomatic: suggestionCopies.isAutomatic,
    })
    .from(suggestionCopies)
    .innerJoin(organisations, eq(organisations.id, suggestionCopies.organisationId))
    .where(inArray(suggestionCopies.suggestionId, [...suggestionIds]))
    .orderBy(asc(suggestionCopies.isAutomatic), asc(organisations.name));
}

export async function eventsOf(db: Db, suggestionId: string): Promise<SuggestionEventRow[]> {
  return db
    .select()
    .from(suggestionEvents)
    .where(eq(suggestionEvents.suggestionId, suggestionId))
    .orderBy(asc(suggestionEvents.occurredAt), asc(suggestionEvents.id));
}

export async function caseNumbersOf(db: Db, caseIds: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(caseIds)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: litigationCases.id, caseNumber: litigationCases.caseNumber })
    .from(litigationCases)
    .where(inArray(litigationCases.id, unique));
  return new Map(rows.map((r) => [r.id, r.caseNumber]));
}

function selectFiles(db: Db) {
  return db
    .select({
      id: suggestionFiles.id,
      suggestionId: suggestionFiles.suggestionId,
      category: suggestionFiles.category,
      createdAt: suggestionFiles.createdAt,
      fileName: storedFiles.originalName,
      mimeType: storedFiles.mimeType,
      size: storedFiles.size,
      sha256: storedFiles.sha256,
    })
    .from(suggestionFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, suggestionFiles.fileId));
}
export type SuggestionFileRow = Awaited<ReturnType<typeof filesOf>>[number];

export async function filesOf(db: Db, suggestionId: string) {
  return selectFiles(db)
    .where(eq(suggestionFiles.suggestionId, suggestionId))
    .orderBy(asc(suggestionFiles.createdAt));
}

export async function findFile(db: Db, id: string): Promise<SuggestionFileRow | undefined> {
  const [row] = await selectFiles(db).where(eq(suggestionFiles.id, id));
  return row;
}

export async function insertFile(tx: Db, values: typeof suggestionFiles.$inferInsert): Promise<string> {
  const [row] = await tx.insert(suggestionFiles).values(values).returning({ id: suggestionFiles.id });
  return row!.id;
}

/** SQL for a status of the day: `today` and `soonLimit` (today + 7) are China dates. */
function statusCondition(
  status: NonNullable<ListSuggestionsQuery['status']>,
  today: string,
  soonLimit: string,
): SQL {
  switch (status) {
    case 'replied':
      return sql`${suggestions.repliedOn} is not null`;
    case 'open':
      return sql`${suggestions.repliedOn} is null`;
    case 'overdue':
      return sql`${suggestions.repliedOn} is null and ${suggestions.dueOn} < ${today}`;
    case 'due-soon':
      return sql`${suggestions.repliedOn} is null and ${suggestions.dueOn} >= ${today} and ${suggestions.dueOn} <= ${soonLimit}`;
    case 'pending':
      return sql`${suggestions.repliedOn} is null and (${suggestions.dueOn} is null or ${suggestions.dueOn} > ${soonLimit})`;
  }
}

export async function listSuggestions(
  db: Db,
  options: { scope: SQL; query: ListSuggestionsQuery; today: string; soonLimit: string },
) {
  const { query } = options;
  const conditions: SQL[] = [options.scope];
  if (query.kind) conditions.push(eq(suggestions.kind, query.kind));
  if (query.status) conditions.push(statusCondition(query.status, options.today, options.soonLimit));
  if (query.addresseeOrgId) conditions.push(eq(suggestions.addresseeOrgId, query.addresseeOrgId));
  if (query.caseId) conditions.push(eq(suggestions.caseId, query.caseId));
  if (query.year) {
    conditions.push(
      sql`${suggestions.issuedOn} between ${`${query.year}-01-01`} and ${`${query.year}-12-31`}`,
    );
  }
  const where = and(...conditions);
  // 'due': the unanswered first, the most urgent (overdue) at the top.
  const order =
    query.sort === 'due'
      ? [
          sql`${suggestions.repliedOn} is not null`,
          sql`${suggestions.dueOn} asc nulls last`,
          desc(suggestions.issuedOn),
        ]
      : [desc(suggestions.issuedOn), desc(suggestions.createdAt)];
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(suggestions)
      .where(where)
      .orderBy(...order, desc(suggestions.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: sql<number>`count(*)::int` }).from(suggestions).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Counts per kind and addressee of the records issued in [from, to] within scope. */
export async function countSuggestions(db: Db, options: { scope: SQL; from: string; to: string }) {
  return db
    .select({
      kind: suggestions.kind,
      addresseeId: suggestions.addresseeOrgId,
      addresseeName: organisations.name,
      issued: sql<number>`count(*)::int`,
      replied: sql<number>`count(${suggestions.repliedOn})::int`,
      repliedOnTime: sql<number>`(count(*) filter (where ${suggestions.repliedOn} is not null and (${suggestions.dueOn} is null or ${suggestions.repliedOn} <= ${suggestions.dueOn})))::int`,
      adopted: sql<number>`(count(*) filter (where ${suggestions.adoption} in ('adopted', 'partly')))::int`,
      rectified: sql<number>`count(${suggestions.rectifiedOn})::int`,
    })
    .from(suggestions)
    .innerJoin(organisations, eq(organisations.id, suggestions.addresseeOrgId))
    .where(and(options.scope, sql`${suggestions.issuedOn} between ${options.from} and ${options.to}`))
    .groupBy(suggestions.kind, suggestions.addresseeOrgId, organisations.name);
}

/** Unanswered records due on or before `limit` (the reminders' work list). */
export async function openSuggestionsDueBy(db: Db, limit: string) {
  return db
    .select()
    .from(suggestions)
    .where(and(isNull(suggestions.repliedOn), sql`${suggestions.dueOn} <= ${limit}`))
    .orderBy(asc(suggestions.dueOn), asc(suggestions.id));
}

const ADDRESSEE_KINDS = ['government', 'legal-office', 'agency', 'township'];

/**
 * Organisations a suggestion may be addressed or copied to: the government tree within a path
 * prefix (null: all of it), and every court (a copy may go to a court).
 */
export async function addresseeOptions(db: Db, options: { pathPrefix: string | null; q?: string }) {
  const inTree = options.pathPrefix
    ? sql`${organisations.path} like ${`${escapeLike(options.pathPrefix)}%`} and ${inArray(organisations.kind, ADDRESSEE_KINDS)}`
    : inArray(organisations.kind, ADDRESSEE_KINDS);
  const conditions: SQL[] = [
    isNull(organisations.disabledAt),
    sql`((${inTree}) or ${organisations.kind} = 'court')`,
  ];
  if (options.q) conditions.push(sql`${organisations.name} ilike ${`%${escapeLike(options.q)}%`}`);
  return db
    .select({ id: organisations.id, name: organisations.name, kind: organisations.kind })
    .from(organisations)
    .where(and(...conditions))
    .orderBy(asc(organisations.path))
    .limit(500);
}

/**
 * The suggestions whose reply period, computed by a rule (not stated in the letter), relied on
 * a day the holiday-year save changed, locked for the rest of the transaction in id order.
 */
export async function lockRuleDueSuggestionsRelyingOn(db: Db, change: CalendarChange) {
  return db
    .select()
    .from(suggestions)
    .where(
      and(
        isNotNull(suggestions.dueRuleId),
        reliesOnChange(sql`${suggestions.servedOn}`, sql`${suggestions.dueOn}`, change),
      ),
    )
    .orderBy(asc(suggestions.id))
    .for('update');
}
