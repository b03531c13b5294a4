// SQL of 考核. Item numbers come from the indicators' own units subqueries
// (indicators.queries.ts); only the deductions the indicators do not cover —
// a requested head absent at a hearing, a judicial suggestion answered late, a
// report to the legal-affairs office made late —
// are written here, in the same units shape so the same record listing serves.
import { and, asc, desc, eq, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { DeductionKind } from '../../../shared/domain/assessment/scheme';
import { chinaDaySql as chinaDay, instantOnChinaDays, isoInstantSql } from '../../db/china-day';
import { type Db, rowsOf } from '../../db/client';
import { escapeLike } from '../../db/like';
import {
  assessmentResultRecords,
  assessmentResults,
  assessmentRuns,
  assessmentSchemes,
  assessmentSchemeVersions,
  organisations,
} from '../../db/schema';
import { type UnitFilter, unitsOf } from '../indicators/indicators.queries';

const LOCAL_REPORT_RULES = ['local.litigation.report-to-office', 'local.judgment.filing'] as const;

// A unit that is an occurrence: every row counts (in_numerator true).
const occurrencesOf = (units: SQL) => sql`select u.record_id, u.case_id, u.suggestion_id, u.org_id, u.on_date,
    u.hearing_at, true as in_numerator from (${units}) u where not u.in_numerator`;

/**
 * The occurrences behind one deduction kind, one row per occurrence. `today` (China date)
 * keeps a draft of a period still running from charging what is not late yet: something
 * not done counts only once its deadline has passed.
 */
export function deductionUnitsOf(kind: DeductionKind, f: UnitFilter, today: string): SQL {
  const prefix = `${escapeLike(f.pathPrefix)}%`;
  switch (kind) {
    case 'head-absent':
      return sql`select a.hearing_event_id::text || ':' || d.organisation_id::text as record_id, c.id as case_id,
          null::uuid as suggestion_id, d.organisation_id as org_id, ${chinaDay(sql`h.scheduled_at`)} as on_date,
          ${isoInstantSql(sql`h.scheduled_at`)} as hearing_at, true as in_numerator
        from litigation_cases c join case_defendants d on d.case_id = c.id
          join appearances a on a.case_id = c.id and a.defendant_org_id = d.organisation_id
          join hearings h on h.event_id = a.hearing_event_id
        where h.status = 'held' and h.is_head_requested
          and ${instantOnChinaDays(sql`h.scheduled_at`, f.from, f.to)}
          and not (a.did_head_appear and a.counts_as_head) and d.org_path like ${prefix}`;
    case 'suggestion-late':
      return sql`select s.id::text as record_id, null::uuid as case_id, s.id as suggestion_id,
          s.addressee_org_id as org_id, to_char(s.replied_on, 'YYYY-MM-DD') as on_date, null::text as hearing_at,
          true as in_numerator
        from suggestions s join organisations o on o.id = s.addressee_org_id
        where s.kind = 'judicial' and s.replied_on between ${f.from} and ${f.to} and s.replied_on > s.due_on
          and o.path like ${prefix}`;
    // Due in the period and not answered by its end: the 反馈率's denominator outside its numerator
    // (on_date is the due date), once the due date has passed.
    case 'suggestion-unanswered':
      return sql`select * from (${occurrencesOf(unitsOf('suggestion-reply', 'by-period-end', f))}) o
        where o.on_date < ${today}`;
    // Effective in the period, action required, not performed by its end.
    case 'judgment-unperformed':
      return occurrencesOf(unitsOf('performance', 'standard', f));
    // The local 5-day reports (seed 002) due in the period, made late, or not made by a due date
    // already passed; charged to the agency the deadline is on (the first defendant).
    case 'report-late':
      return sql`select dl.id::text as record_id, dl.case_id, null::uuid as suggestion_id,
          dl.responsible_org_id as org_id, to_char(dl.due, 'YYYY-MM-DD') as on_date, null::text as hearing_at,
          true as in_numerator
        from case_deadlines dl join organisations o on o.id = dl.responsible_org_id
        where dl.rule_id in (${LOCAL_REPORT_RULES[0]}, ${LOCAL_REPORT_RULES[1]}) and dl.status <> 'cancelled'
          and dl.due between ${f.from} and ${f.to} and (dl.done_on > dl.due or (dl.done_on is null and dl.due < ${today}))
          and o.path like ${prefix}`;
  }
}

export interface AgencyRow {
  id: string;
  name: string;
  path: string;
}

/**
 * The units a region's run ranks (seed 002: the city ranks its own departments
 * and each county, a county its departments and townships): the agencies and
 * townships in service whose people's government is the region's own, and each
 * people's government directly below it, which answers for everything in its
 * subtree. `unitOf` maps every agency and township of the region to its unit.
 */
export async function assessedUnitsOf(
  db: Db,
  regionPath: string,
): Promise<{ units: AgencyRow[]; unitOf: Map<string, string> }> {
  const rows = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      path: organisations.path,
      kind: organisations.kind,
    })
    .from(organisations)
    .where(
      and(
        like(organisations.path, `${escapeLike(regionPath)}_%`),
        inArray(organisations.kind, ['agency', 'township', 'government']),
        sql`${organisations.disabledAt} is null`,
      ),
    )
    .orderBy(asc(organisations.path));
  const depthBelow = (path: string) => path.slice(regionPath.length).split('/').filter(Boolean).length;
  const subRegions = rows.filter((r) => r.kind === 'government' && depthBelow(r.path) === 1);
  const units: AgencyRow[] = [];
  const unitOf = new Map<string, string>();
  for (const row of rows) {
    if (row.kind === 'government') continue;
    const subRegion = subRegions.find((g) => row.path.startsWith(g.path));
    if (subRegion) unitOf.set(row.id, subRegion.id);
    else {
      unitOf.set(row.id, row.id);
      units.push({ id: row.id, name: row.name, path: row.path });
    }
  }
  const subRegionUnits = subRegions.map((g) => ({ id: g.id, name: g.name, path: g.path }));
  return { units: [...units, ...subRegionUnits], unitOf };
}

/** The legal-affairs offices in service directly below these organisations (a county's 司法局 below its government). */
export async function legalOfficesBelow(db: Db, parentIds: string[]) {
  if (parentIds.length === 0) return [];
  return db
    .select({ id: organisations.id, parentId: organisations.parentId })
    .from(organisations)
    .where(
      and(
        eq(organisations.kind, 'legal-office'),
        inArray(organisations.parentId, parentIds),
        sql`${organisations.disabledAt} is null`,
      ),
    );
}

export async function regionNameOf(db: Db, regionPath: string): Promise<string> {
  const [row] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.path, regionPath));
  return row?.name ?? regionPath;
}

/** Joins a scheme to its current version. */
const currentVersionOfScheme = and(
  eq(assessmentSchemeVersions.schemeId, assessmentSchemes.id),
  eq(assessmentSchemeVersions.version, assessmentSchemes.currentVersion),
);

export async function schemesOfRegions(db: Db, regionPrefix: string) {
  return db
    .select()
    .from(assessmentSchemes)
    .innerJoin(assessmentSchemeVersions, currentVersionOfScheme)
    .where(like(assessmentSchemes.regionPath, `${escapeLike(regionPrefix)}%`))
    .orderBy(desc(assessmentSchemeVersions.year), asc(assessmentSchemes.createdAt));
}

// Namespaces of the two-key advisory locks of 考核 (pg_advisory_xact_lock(int, int);
// that key space does not overlap the single-key locks used elsewhere).
const SCHEME_NAMES_LOCK = 72_001;
const PUBLISHED_PERIOD_LOCK = 72_002;

/**
 * Serialises, per region, the saves of schemes' names and years, so that the
 * check for a same-named scheme of the same year and its insert are one step
 * (the name and year live in the versions, which no unique index can cover).
 */
export async function lockRegionSchemeNames(db: Db, regionPath: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${SCHEME_NAMES_LOCK}, hashtext(${regionPath}))`);
}

/** Serialises the publishing of a region's runs of one period (at most one is published). */
export async function lockRegionPeriod(db: Db, regionPath: string, period: string): Promise<void> {
  await db.execute(
    sql`select pg_advisory_xact_lock(${PUBLISHED_PERIOD_LOCK}, hashtext(${`${regionPath}|${period}`}))`,
  );
}

/** Another scheme of the region whose current version has this name and year. */
export async function findSchemeNamed(
  db: Db,
  where: { regionPath: string; year: number; name: string; exceptId?: string },
) {
  const [row] = await db
    .select({ id: assessmentSchemes.id })
    .from(assessmentSchemes)
    .innerJoin(assessmentSchemeVersions, currentVersionOfScheme)
    .where(
      and(
        eq(assessmentSchemes.regionPath, where.regionPath),
        eq(assessmentSchemeVersions.year, where.year),
        eq(assessmentSchemeVersions.name, where.name),
        where.exceptId ? sql`${assessmentSchemes.id} <> ${where.exceptId}` : undefined,
      ),
    )
    .limit(1);
  return row ?? null;
}

/** The region's published run of a period, if any (another scheme's, for the caller). */
export async function findPublishedRunOfPeriod(db: Db, regionPath: string, period: string) {
  const [row] = await db
    .select({ id: assessmentRuns.id, schemeName: assessmentSchemeVersions.name })
    .from(assessmentRuns)
    .innerJoin(assessmentSchemeVersions, eq(assessmentSchemeVersions.id, assessmentRuns.schemeVersionId))
    .where(
      and(
        eq(assessmentRuns.regionPath, regionPath),
        eq(assessmentRuns.period, period),
        eq(assessmentRuns.status, 'published'),
      ),
    )
    .orderBy(asc(assessmentRuns.publishedAt))
    .limit(1);
  return row ?? null;
}

export async function findScheme(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(assessmentSchemes).where(eq(assessmentSchemes.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function versionsOf(db: Db, schemeId: string) {
  const rows = await db
    .select({
      version: assessmentSchemeVersions,
      runCount: sql<number>`(select count(*)::int from assessment_runs r where r.scheme_version_id = assessment_scheme_versions.id)`,
    })
    .from(assessmentSchemeVersions)
    .where(eq(assessmentSchemeVersions.schemeId, schemeId))
    .orderBy(desc(assessmentSchemeVersions.version));
  return rows.map((r) => ({ ...r.version, runCount: Number(r.runCount) }));
}

export async function findVersion(db: Db, schemeId: string, version: number) {
  const [row] = await db
    .select()
    .from(assessmentSchemeVersions)
    .where(
      and(eq(assessmentSchemeVersions.schemeId, schemeId), eq(assessmentSchemeVersions.version, version)),
    );
  return row ?? null;
}

export async function isVersionUsed(db: Db, versionId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: assessmentRuns.id })
    .from(assessmentRuns)
    .where(eq(assessmentRuns.schemeVersionId, versionId))
    .limit(1);
  return row !== undefined;
}

const runColumns = {
  run: assessmentRuns,
  schemeName: assessmentSchemeVersions.name,
  schemeVersion: assessmentSchemeVersions.version,
  rules: assessmentSchemeVersions.rules,
  // 考核主体: the region's people's government (a path names one organisation).
  regionName: sql<string | null>`(select o.name from organisations o
    where o.path = ${assessmentRuns.regionPath} limit 1)`,
};
export type RunRow = Awaited<ReturnType<typeof findRun>> & {};

export async function findRun(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  const query = db
    .select(runColumns)
    .from(assessmentRuns)
    .innerJoin(assessmentSchemeVersions, eq(assessmentSchemeVersions.id, assessmentRuns.schemeVersionId))
    .where(eq(assessmentRuns.id, id));
  const [row] = options.forUpdate ? await query.for('update', { of: assessmentRuns }) : await query;
  return row ?? null;
}

export async function findRunOfPeriod(db: Db, schemeId: string, period: string) {
  const [row] = await db
    .select({ id: assessmentRuns.id })
    .from(assessmentRuns)
    .where(and(eq(assessmentRuns.schemeId, schemeId), eq(assessmentRuns.period, period)));
  return row ?? null;
}

export async function listRuns(
  db: Db,
  scope: { managedRegion: string | null; readablePrefix: string | null; ownUnitPath: string | null },
) {
  const published = eq(assessmentRuns.status, 'published');
  const conditions: SQL[] = [];
  if (scope.managedRegion) conditions.push(eq(assessmentRuns.regionPath, scope.managedRegion));
  if (scope.readablePrefix) {
    conditions.push(and(published, like(assessmentRuns.regionPath, `${escapeLike(scope.readablePrefix)}%`))!);
  }
  // The runs of wider regions that rank the caller's unit (an agency of a county is not a unit
  // of the city's run: its county is).
  if (scope.ownUnitPath) {
    conditions.push(
      and(
        published,
        sql`exists (select 1 from assessment_results r where r.run_id = ${assessmentRuns.id}
          and r.organisation_path = ${scope.ownUnitPath})`,
      )!,
    );
  }
  if (conditions.length === 0) return [];
  return db
    .select(runColumns)
    .from(assessmentRuns)
    .innerJoin(assessmentSchemeVersions, eq(assessmentSchemeVersions.id, assessmentRuns.schemeVersionId))
    .where(or(...conditions))
    .orderBy(desc(assessmentRuns.toDate), asc(assessmentRuns.period), desc(assessmentRuns.createdAt));
}

export async function resultsOf(db: Db, runId: string, organisationId?: string) {
  return db
    .select()
    .from(assessmentResults)
    .where(
      and(
        eq(assessmentResults.runId, runId),
        organisationId ? eq(assessmentResults.organisationId, organisationId) : undefined,
      ),
    )
    .orderBy(asc(assessmentResults.rank), asc(assessmentResults.organisationPath));
}

/** Whether a run ranks the unit at this path. */
export async function isUnitRanked(db: Db, runId: string, organisationPath: string): Promise<boolean> {
  const [row] = await db
    .select({ runId: assessmentResults.runId })
    .from(assessmentResults)
    .where(and(eq(assessmentResults.runId, runId), eq(assessmentResults.organisationPath, organisationPath)))
    .limit(1);
  return row !== undefined;
}

export async function recordsOf(db: Db, runId: string, organisationId: string) {
  return db
    .select()
    .from(assessmentResultRecords)
    .where(
      and(
        eq(assessmentResultRecords.runId, runId),
        eq(assessmentResultRecords.organisationId, organisationId),
      ),
    )
    .orderBy(asc(assessmentResultRecords.id));
}

/** Draft results are replaced as a whole when recomputed (never updated in place). */
export async function deleteDraftResults(db: Db, runId: string): Promise<void> {
  await db.delete(assessmentResultRecords).where(eq(assessmentResultRecords.runId, runId));
  await db.delete(assessmentResults).where(eq(assessmentResults.runId, runId));
}

/**
 * Years in which each organisation was graded 较差 in its published annual result.
 * A region publishes at most one run per period (publish-assessment-run.ts); should
 * older data hold two for a year, the first published is the year's result.
 */
export async function poorYearsOf(db: Db, organisationIds: string[]): Promise<Map<string, number[]>> {
  if (organisationIds.length === 0) return new Map();
  const rows = rowsOf<{ organisationId: string; year: string }>(
    await db.execute(sql`select y."organisationId", y.year from (
        select distinct on (res.organisation_id, r.period) res.organisation_id::text as "organisationId",
          r.period as year, res.grade
        from assessment_results res join assessment_runs r on r.id = res.run_id
        where r.status = 'published' and r.period_kind = 'year'
          and res.organisation_id in (${sql.join(
            organisationIds.map((id) => sql`${id}`),
            sql`, `,
          )})
        order by res.organisation_id, r.period, r.published_at, r.id
      ) y where y.grade = 'poor'`),
  );
  const map = new Map<string, number[]>();
  for (const row of rows) {
    const years = map.get(row.organisationId) ?? [];
    years.push(Number(row.year));
    map.set(row.organisationId, years);
  }
  return map;
}
