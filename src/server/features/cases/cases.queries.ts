// SQL of the case register: loading one case with its parts, the filtered list,
// the to-do list. Scope comes in as a condition from cases.policy.ts.
import { and, asc, desc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { ListCasesQuery } from '../../../shared/api/cases';
import { type Db, rowsOf } from '../../db/client';
import { rowFromJson, rowsFromJson } from '../../db/json-rows';
import { escapeLike } from '../../db/like';
import {
  appearances,
  caseDeadlines,
  caseDefendants,
  caseEvents,
  caseParties,
  dictionaryEntries,
  hearings,
  litigationCases,
  organisations,
} from '../../db/schema';
import type { Principal } from '../../http/principal';
import { type CalendarChange, reliesOnChange } from '../calendar/calendar-change';

export type CaseRow = typeof litigationCases.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;

export async function findCase(db: Db, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(litigationCases).where(eq(litigationCases.id, id));
  return row;
}

export async function findCaseByNumber(db: Db, caseNumber: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(litigationCases).where(eq(litigationCases.caseNumber, caseNumber));
  return row;
}

/** Locks the case row for the rest of the transaction: steps on one case are serialised. */
export async function lockCase(db: Db, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(litigationCases).where(eq(litigationCases.id, id)).for('update');
  return row;
}

/** Who recorded an event, and when: the columns every new case event carries. */
export function recorderOf(principal: Principal, now: Date) {
  return {
    recordedBy: principal.kind === 'user' ? principal.id : null,
    recordedByName: principal.displayName,
    recordedOrgId: principal.organisation.id,
    recordedAt: now,
  };
}

export async function caseEventsOf(db: Db, caseId: string): Promise<CaseEventRow[]> {
  return db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id));
}

export async function defendantsOf(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db
    .select({
      caseId: caseDefendants.caseId,
      id: organisations.id,
      name: organisations.name,
      path: caseDefendants.orgPath,
      isReconsiderationBody: caseDefendants.isReconsiderationBody,
    })
    .from(caseDefendants)
    .innerJoin(organisations, eq(organisations.id, caseDefendants.organisationId))
    .where(inArray(caseDefendants.caseId, caseIds))
    .orderBy(asc(caseDefendants.sortOrder));
}

export async function partiesOf(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(caseParties)
    .where(inArray(caseParties.caseId, caseIds))
    .orderBy(asc(caseParties.role), asc(caseParties.sortOrder));
}

export async function orgNamesAndPaths(db: Db, ids: string[]) {
  if (ids.length === 0)
    return new Map<string, { name: string; path: string; kind: string; regionCode: string }>();
  const rows = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      path: organisations.path,
      kind: organisations.kind,
      regionCode: organisations.regionCode,
    })
    .from(organisations)
    .where(inArray(organisations.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}

export async function dictionaryLabels(db: Db): Promise<Map<string, string>> {
  const rows = await db.select().from(dictionaryEntries);
  return new Map(rows.map((r) => [`${r.kind}:${r.code}`, r.label]));
}

export async function isDictionaryCode(db: Db, kind: 'cause' | 'domain', code: string): Promise<boolean> {
  const [row] = await db
    .select({ code: dictionaryEntries.code })
    .from(dictionaryEntries)
    .where(
      and(
        eq(dictionaryEntries.kind, kind),
        eq(dictionaryEntries.code, code),
        eq(dictionaryEntries.disabled, false),
      ),
    );
  return row !== undefined;
}

export async function deadlinesOf(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return [];
  return db
    .select()
    .from(caseDeadlines)
    .where(inArray(caseDeadlines.caseId, caseIds))
    .orderBy(asc(caseDeadlines.due));
}

type DefendantOfCase = Awaited<ReturnType<typeof defendantsOf>>[number];
/** 被告 of each case as JSON, in the shape defendantsOf gives (for the one-statement reads below). */
const defendantsJson = sql`(select json_agg(json_build_object('caseId', d.case_id, 'id', o.id, 'name', o.name,
    'path', d.org_path, 'isReconsiderationBody', d.is_reconsideration_body) order by d.sort_order)
  from case_defendants d join organisations o on o.id = d.organisation_id where d.case_id = c.id)`;
const deadlinesJson = sql`(select json_agg(x order by x.due) from case_deadlines x where x.case_id = c.id)`;

/**
 * Everything the case page shows, in one statement: the case, its court, 被告, events,
 * parties, deadlines, hearings with appearances, and the other instances of its dispute.
 * One round trip instead of eight: at a million cases and 50 clients, the per-statement
 * cost (driver, protocol, parse and plan) was most of the page's time, not the lookups.
 */
export async function casePageOf(db: Db, id: string) {
  const [found] = rowsOf<{ page: unknown }>(
    await db.execute(sql`select json_build_object(
      'case', to_json(c),
      'court', (select json_build_object('name', o.name, 'path', o.path) from organisations o where o.id = c.court_id),
      'defendants', ${defendantsJson},
      'events', (select json_agg(e order by e.id) from case_events e where e.case_id = c.id),
      'parties', (select json_agg(p order by p.role, p.sort_order) from case_parties p where p.case_id = c.id),
      'deadlines', ${deadlinesJson},
      'hearings', (select json_agg(h order by h.scheduled_at) from hearings h where h.case_id = c.id),
      'appearances', (select json_agg(a) from appearances a where a.case_id = c.id),
      'related', (select json_agg(json_build_object('id', r.id, 'caseNumber', r.case_number, 'instance', r.instance)
        order by r.created_at) from litigation_cases r where r.dispute_id = c.dispute_id)
    ) as page from litigation_cases c where c.id = ${id}`),
  );
  if (!found) return undefined;
  const page = found.page as Record<string, unknown>; // node-postgres and PGlite both parse json
  return {
    row: rowFromJson(litigationCases, page.case as Record<string, unknown>),
    court: page.court as { name: string; path: string },
    defendants: (page.defendants ?? []) as DefendantOfCase[],
    events: rowsFromJson(caseEvents, page.events),
    parties: rowsFromJson(caseParties, page.parties),
    deadlines: rowsFromJson(caseDeadlines, page.deadlines),
    hearings: {
      hearingRows: rowsFromJson(hearings, page.hearings),
      appearanceRows: rowsFromJson(appearances, page.appearances),
    },
    related: (page.related ?? []) as { id: string; caseNumber: string; instance: string }[],
  };
}

/**
 * The list's rows by id, each with its court's name, 被告, plaintiffs' names and deadlines,
 * in one statement, in the order of `ids` (the page's ids and total come from listCaseIds).
 */
export async function caseListRowsOf(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`select to_json(c) as "case",
      (select o.name from organisations o where o.id = c.court_id) as court_name,
      ${defendantsJson} as defendants,
      (select json_agg(p.name order by p.sort_order) from case_parties p
        where p.case_id = c.id and p.role = 'plaintiff') as plaintiff_names,
      ${deadlinesJson} as deadlines
    from litigation_cases c where c.id = any(${`{${ids.join(',')}}`}::uuid[])`),
  );
  const byId = new Map(
    rows.map((r) => {
      const row = rowFromJson(litigationCases, r.case as Record<string, unknown>);
      return [
        row.id,
        {
          row,
          courtName: (r.court_name as string | null) ?? '',
          defendants: (r.defendants as DefendantOfCase[] | null) ?? [],
          plaintiffNames: (r.plaintiff_names as string[] | null) ?? [],
          deadlines: rowsFromJson(caseDeadlines, r.deadlines),
        },
      ] as const;
    }),
  );
  return ids.map((id) => byId.get(id)!);
}

/** The ids of the later instances that descend from a case (二审 of its 一审, and so on). */
export async function laterInstancesOf(db: Db, caseId: string): Promise<string[]> {
  const found: string[] = [];
  let frontier = [caseId];
  while (frontier.length > 0) {
    const rows = await db
      .select({ id: litigationCases.id })
      .from(litigationCases)
      .where(inArray(litigationCases.previousCaseId, frontier));
    frontier = rows.map((r) => r.id).filter((id) => !found.includes(id) && id !== caseId);
    found.push(...frontier);
  }
  return found;
}

/**
 * Recomputes litigation_cases.scope_org_ids of the cases whose defendant or court lies under
 * `prefix`, from the paths as they are now (after a subtree moved in the organisation tree).
 * The same computation as the backfill migration 0012.
 */
export async function refreshCaseScopes(db: Db, prefix: string): Promise<void> {
  const pattern = `${escapeLike(prefix)}%`;
  await db.execute(sql`
    WITH moved AS (
      SELECT d.case_id FROM case_defendants d WHERE d.org_path LIKE ${pattern}
      UNION
      SELECT lc.id FROM litigation_cases lc JOIN organisations o ON o.id = lc.court_id WHERE o.path LIKE ${pattern}
    ), ids AS (
      SELECT d.case_id, unnest(string_to_array(trim(BOTH '/' FROM d.org_path), '/'))::uuid AS org_id
      FROM case_defendants d JOIN moved m ON m.case_id = d.case_id
      UNION ALL
      SELECT lc.id, unnest(string_to_array(trim(BOTH '/' FROM o.path), '/'))::uuid
      FROM litigation_cases lc JOIN moved m ON m.case_id = lc.id JOIN organisations o ON o.id = lc.court_id
    )
    UPDATE litigation_cases c SET scope_org_ids = s.ids
    FROM (SELECT case_id, array_agg(DISTINCT org_id) AS ids FROM ids GROUP BY case_id) s
    WHERE s.case_id = c.id`);
}

const SORTS = {
  serviceDate: litigationCases.serviceDate,
  nextHearing: litigationCases.nextHearingAt,
  // The earliest open deadline; cases with none sort last.
  nextDeadline: litigationCases.nextOpenDue,
  caseNumber: litigationCases.caseNumber,
  updated: litigationCases.updatedAt,
} as const;

/**
 * The ids of one page of the filtered, sorted list, in order, and how many cases match.
 * `today` is the China date for "overdue".
 */
export async function listCaseIds(
  db: Db,
  options: { scope: SQL; query: ListCasesQuery; today: string },
): Promise<{ ids: string[]; total: number }> {
  const { query, today } = options;
  const conditions: SQL[] = [options.scope];
  if (query.q) {
    // search_text is stored lower-cased (registration.ts).
    conditions.push(sql`${litigationCases.searchText} like lower(${`%${escapeLike(query.q)}%`})`);
  }
  if (query.stage) conditions.push(eq(litigationCases.stage, query.stage));
  if (query.instance) conditions.push(eq(litigationCases.instance, query.instance));
  if (query.courtId) conditions.push(eq(litigationCases.courtId, query.courtId));
  if (query.causeCode) conditions.push(eq(litigationCases.causeCode, query.causeCode));
  if (query.domainCode) conditions.push(eq(litigationCases.domainCode, query.domainCode));
  if (query.agencyId) {
    conditions.push(
      sql`exists (select 1 from case_defendants d where d.case_id = "litigation_cases"."id" and d.organisation_id = ${query.agencyId})`,
    );
  }
  for (const flag of ['isMajorSensitive', 'isMass', 'isEnterprise', 'isDebt', 'isLost'] as const) {
    if (query[flag]) conditions.push(eq(litigationCases[flag], query[flag] === 'true'));
  }
  if (query.isOverdue) {
    // An open deadline is past due exactly when the earliest open one is.
    conditions.push(
      query.isOverdue === 'true'
        ? sql`${litigationCases.nextOpenDue} < ${today}`
        : sql`(${litigationCases.nextOpenDue} is null or ${litigationCases.nextOpenDue} >= ${today})`,
    );
  }
  if (query.servedFrom) conditions.push(sql`${litigationCases.serviceDate} >= ${query.servedFrom}`);
  if (query.servedTo) conditions.push(sql`${litigationCases.serviceDate} <= ${query.servedTo}`);
  const where = and(...conditions);
  const column = SORTS[query.sort];
  const orderBy = query.order === 'asc' ? sql`${column} asc nulls last` : sql`${column} desc nulls last`;
  // One pass over the matching cases gives both the page's ids and the total (a window count):
  // the scope's rows are read once, and only narrow (id, total) rows are sorted. The page's full
  // rows are then fetched by primary key (caseListRowsOf). Reading the rows and counting them separately read
  // every matching row twice, the larger part of a list request at a million cases.
  const page = await db
    .select({ id: litigationCases.id, total: sql<number>`(count(*) over ())::int` })
    .from(litigationCases)
    .where(where)
    .orderBy(orderBy, desc(litigationCases.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  if (page.length === 0) {
    // Past the last page the window has no row to carry the total: count on its own.
    const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(litigationCases).where(where);
    return { ids: [], total: total?.n ?? 0 };
  }
  return { ids: page.map((p) => p.id), total: page[0]!.total };
}

/** Open deadlines of the cases in scope, earliest first. */
export async function listOpenDeadlines(
  db: Db,
  options: { scope: SQL; agencyId?: string; page: number; pageSize: number },
) {
  const conditions: SQL[] = [eq(caseDeadlines.status, 'open'), options.scope];
  if (options.agencyId) {
    conditions.push(
      sql`exists (select 1 from case_defendants d where d.case_id = "litigation_cases"."id" and d.organisation_id = ${options.agencyId})`,
    );
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select({ deadline: caseDeadlines, case: litigationCases })
      .from(caseDeadlines)
      .innerJoin(litigationCases, eq(litigationCases.id, caseDeadlines.caseId))
      .where(where)
      .orderBy(asc(caseDeadlines.due))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(caseDeadlines)
      .innerJoin(litigationCases, eq(litigationCases.id, caseDeadlines.caseId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

/** Scheduled hearings up to `until` of cases in scope with no designated head. */
export async function listHearingsWithoutHead(
  db: Db,
  options: { scope: SQL; from: Date; until: Date; agencyId?: string },
) {
  const conditions: SQL[] = [
    eq(hearings.status, 'scheduled'),
    sql`${hearings.scheduledAt} >= ${options.from}`,
    sql`${hearings.scheduledAt} <= ${options.until}`,
    sql`${litigationCases.designatedHead} is null`,
    options.scope,
  ];
  if (options.agencyId) {
    conditions.push(
      sql`exists (select 1 from case_defendants d where d.case_id = "litigation_cases"."id" and d.organisation_id = ${options.agencyId})`,
    );
  }
  return db
    .select({ hearing: hearings, case: litigationCases })
    .from(hearings)
    .innerJoin(litigationCases, eq(litigationCases.id, hearings.caseId))
    .where(and(...conditions))
    .orderBy(asc(hearings.scheduledAt));
}

/**
 * Hearings already past (not cancelled) of cases in scope where a defendant has no appearance
 * recorded, one row per hearing and defendant, earliest first. Until it is recorded, such a
 * hearing counts in no 出庭应诉率: left unrecorded, it would flatter the rate.
 */
export async function listUnrecordedAppearances(
  db: Db,
  options: { scope: SQL; before: Date; agencyId?: string; limit: number },
) {
  const conditions: SQL[] = [
    inArray(hearings.status, ['scheduled', 'held']),
    sql`${hearings.scheduledAt} < ${options.before}`,
    sql`not exists (select 1 from appearances a
      where a.hearing_event_id = ${hearings.eventId} and a.defendant_org_id = ${caseDefendants.organisationId})`,
    options.scope,
  ];
  if (options.agencyId) conditions.push(eq(caseDefendants.organisationId, options.agencyId));
  return db
    .select({
      hearing: hearings,
      case: litigationCases,
      defendant: { id: organisations.id, name: organisations.name },
    })
    .from(hearings)
    .innerJoin(litigationCases, eq(litigationCases.id, hearings.caseId))
    .innerJoin(caseDefendants, eq(caseDefendants.caseId, hearings.caseId))
    .innerJoin(organisations, eq(organisations.id, caseDefendants.organisationId))
    .where(and(...conditions))
    .orderBy(asc(hearings.scheduledAt), asc(caseDefendants.sortOrder))
    .limit(options.limit);
}

/**
 * The cases with a live (open or done) deadline whose period relied on a day the holiday-year
 * save changed, locked for the rest of the transaction in id order (as steps lock them), with
 * their case numbers.
 */
export async function lockCasesRelyingOn(db: Db, change: CalendarChange) {
  return db
    .select({ id: litigationCases.id, caseNumber: litigationCases.caseNumber })
    .from(litigationCases)
    .where(
      inArray(
        litigationCases.id,
        db
          .selectDistinct({ caseId: caseDeadlines.caseId })
          .from(caseDeadlines)
          .where(
            and(
              ne(caseDeadlines.status, 'cancelled'),
              reliesOnChange(sql`${caseDeadlines.triggerDate}`, sql`${caseDeadlines.due}`, change),
            ),
          ),
      ),
    )
    .orderBy(asc(litigationCases.id))
    .for('update');
}
