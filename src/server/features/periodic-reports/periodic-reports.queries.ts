// SQL of the periodic reports: the report rows, the regions (governments) they
// belong to, and the few grouped counts a report adds on top of the indicators
// engine. The indicators themselves come from ../indicators/indicators.queries.ts
// (unitsOf, countUnitsOf): here they are only grouped differently (by month,
// by county, distinct cases), never redefined.
import { and, count, desc, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type Db, rowsOf } from '../../db/client';
import { escapeLike } from '../../db/like';
import { organisations, periodicReports, storedFiles } from '../../db/schema';

export type PeriodicReportRow = typeof periodicReports.$inferSelect & {
  regionName: string;
  regionPath: string;
  issuerName: string;
};

export interface RegionRow {
  id: string;
  name: string;
  path: string;
  parentId: string | null;
}

const region = alias(organisations, 'region');
const issuer = alias(organisations, 'issuer');

function selectReports(db: Db) {
  return db
    .select({
      report: periodicReports,
      regionName: region.name,
      regionPath: region.path,
      issuerName: issuer.name,
    })
    .from(periodicReports)
    .innerJoin(region, eq(region.id, periodicReports.regionId))
    .innerJoin(issuer, eq(issuer.id, periodicReports.issuerOrgId));
}
const flatten = (r: {
  report: typeof periodicReports.$inferSelect;
  regionName: string;
  regionPath: string;
  issuerName: string;
}): PeriodicReportRow => ({
  ...r.report,
  regionName: r.regionName,
  regionPath: r.regionPath,
  issuerName: r.issuerName,
});

export async function findReport(db: Db, id: string): Promise<PeriodicReportRow | undefined> {
  const [row] = await selectReports(db).where(eq(periodicReports.id, id));
  return row ? flatten(row) : undefined;
}

export async function lockReport(db: Db, id: string) {
  const [row] = await db.select().from(periodicReports).where(eq(periodicReports.id, id)).for('update');
  return row;
}

export async function findReportOfPeriod(db: Db, regionId: string, kind: string, periodKey: string) {
  const [row] = await db
    .select({ id: periodicReports.id })
    .from(periodicReports)
    .where(
      and(
        eq(periodicReports.regionId, regionId),
        eq(periodicReports.kind, kind),
        eq(periodicReports.periodKey, periodKey),
      ),
    );
  return row;
}

export async function listReports(
  db: Db,
  options: {
    regionId: string;
    kind?: string;
    year?: number;
    status?: string;
    limit: number;
    offset: number;
  },
): Promise<{ rows: PeriodicReportRow[]; total: number }> {
  const where = and(
    eq(periodicReports.regionId, options.regionId),
    options.kind ? eq(periodicReports.kind, options.kind) : undefined,
    options.year ? sql`left(${periodicReports.periodKey}, 4) = ${String(options.year)}` : undefined,
    options.status ? eq(periodicReports.status, options.status) : undefined,
  );
  const [total] = await db.select({ n: count() }).from(periodicReports).where(where);
  const rows = await selectReports(db)
    .where(where)
    .orderBy(desc(periodicReports.fromDate), periodicReports.kind)
    .limit(options.limit)
    .offset(options.offset);
  return { rows: rows.map(flatten), total: Number(total?.n ?? 0) };
}

export async function insertReport(tx: Db, values: typeof periodicReports.$inferInsert) {
  const [row] = await tx
    .insert(periodicReports)
    .values(values)
    .onConflictDoNothing({
      target: [periodicReports.regionId, periodicReports.kind, periodicReports.periodKey],
    })
    .returning({ id: periodicReports.id });
  return row;
}

export async function updateReport(
  tx: Db,
  id: string,
  values: Partial<typeof periodicReports.$inferInsert>,
): Promise<void> {
  await tx.update(periodicReports).set(values).where(eq(periodicReports.id, id));
}

export async function findRegion(db: Db, id: string): Promise<RegionRow | undefined> {
  const [row] = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      path: organisations.path,
      parentId: organisations.parentId,
    })
    .from(organisations)
    .where(eq(organisations.id, id));
  return row;
}

/** The governments on the way from the top of the tree down to (and with) a region, top first. */
export async function governmentChainOf(db: Db, regionPath: string): Promise<RegionRow[]> {
  const ids = regionPath.split('/').filter(Boolean);
  const rows = await db
    .select({
      id: organisations.id,
      name: organisations.name,
      path: organisations.path,
      parentId: organisations.parentId,
    })
    .from(organisations)
    .where(and(inArray(organisations.id, ids), eq(organisations.kind, 'government')));
  return rows.sort((a, b) => a.path.length - b.path.length);
}

/** The 司法局 of a region: its legal-affairs office, the one that receives reports. */
export async function legalOfficeOf(
  db: Db,
  regionId: string,
): Promise<{ id: string; name: string } | undefined> {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.parentId, regionId), eq(organisations.kind, 'legal-office')))
    .orderBy(organisations.createdAt)
    .limit(1);
  return row;
}

/** The governments directly below a region (a city's counties), in tree order. */
export async function subregionsOf(db: Db, regionId: string): Promise<RegionRow[]> {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      path: organisations.path,
      parentId: organisations.parentId,
    })
    .from(organisations)
    .where(
      and(
        eq(organisations.parentId, regionId),
        eq(organisations.kind, 'government'),
        sql`${organisations.disabledAt} is null`,
      ),
    )
    .orderBy(organisations.regionCode, organisations.name);
}

/** The published reports of a kind and period of the given regions. */
export async function reportsOfRegions(db: Db, regionIds: string[], kind: string, periodKey: string) {
  if (regionIds.length === 0) return [];
  return db
    .select()
    .from(periodicReports)
    .where(
      and(
        inArray(periodicReports.regionId, regionIds),
        eq(periodicReports.kind, kind),
        eq(periodicReports.periodKey, periodKey),
        isNotNull(periodicReports.publishedAt),
      ),
    );
}

/** How many rows a units subquery holds (e.g. cases received: one row per case). */
export async function countRows(db: Db, units: SQL): Promise<number> {
  const [row] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from (${units}) u`));
  return Number(row?.n ?? 0);
}

/** Distinct cases of an indicator's units, and those with a unit in the numerator. */
export async function distinctCasesOf(db: Db, units: SQL): Promise<{ cases: number; inNumerator: number }> {
  const [row] = rowsOf<{ cases: number; in_numerator: number }>(
    await db.execute(sql`select count(distinct u.case_id)::int as cases,
        count(distinct u.case_id) filter (where u.in_numerator)::int as in_numerator
      from (${units}) u`),
  );
  return { cases: Number(row?.cases ?? 0), inNumerator: Number(row?.in_numerator ?? 0) };
}

/** An indicator's units per month of their date (YYYY-MM). */
export async function totalsByMonth(db: Db, units: SQL) {
  const rows = rowsOf<{ month: string; numerator: number; denominator: number }>(
    await db.execute(sql`select left(u.on_date, 7) as month,
        count(*) filter (where u.in_numerator)::int as numerator, count(*)::int as denominator
      from (${units}) u group by 1`),
  );
  return rows.map((r) => ({
    month: r.month,
    numerator: Number(r.numerator),
    denominator: Number(r.denominator),
  }));
}

/** Count units (one row per case and key) per month of their date. */
export async function countsByMonth(db: Db, units: SQL): Promise<Map<string, number>> {
  const rows = rowsOf<{ month: string; n: number }>(
    await db.execute(
      sql`select left(u.on_date, 7) as month, count(*)::int as n from (${units}) u group by 1`,
    ),
  );
  return new Map(rows.map((r) => [r.month, Number(r.n)]));
}

/**
 * Cases received per subregion: a case counts once in each county where one of
 * its defendants is (usually one).
 */
export async function countCasesBySubregion(
  db: Db,
  caseUnits: SQL,
  regionId: string,
): Promise<Map<string, number>> {
  const rows = rowsOf<{ region_id: string; n: number }>(
    await db.execute(sql`select g.id::text as region_id, count(distinct u.case_id)::int as n
      from (${caseUnits}) u
        join case_defendants d on d.case_id = u.case_id
        join organisations g on g.parent_id = ${regionId} and g.kind = 'government'
          and d.org_path like replace(replace(replace(g.path, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'
      group by g.id`),
  );
  return new Map(rows.map((r) => [r.region_id, Number(r.n)]));
}

/** Judicial suggestions served on the region's agencies in the period, and those answered. */
export async function suggestionCounts(db: Db, f: { pathPrefix: string; from: string; to: string }) {
  const [row] = rowsOf<{ received: number; answered: number }>(
    await db.execute(sql`select count(*)::int as received,
        count(*) filter (where s.replied_on is not null)::int as answered
      from suggestions s join organisations o on o.id = s.addressee_org_id
      where s.kind = 'judicial' and s.served_on between ${f.from} and ${f.to}
        and o.path like ${`${escapeLike(f.pathPrefix)}%`}`),
  );
  return { received: Number(row?.received ?? 0), answered: Number(row?.answered ?? 0) };
}

/** The archived .docx of a published report. */
export async function findArchivedFile(db: Db, fileId: string) {
  const [row] = await db
    .select({
      sha256: storedFiles.sha256,
      mimeType: storedFiles.mimeType,
      fileName: storedFiles.originalName,
      size: storedFiles.size,
    })
    .from(storedFiles)
    .where(eq(storedFiles.id, fileId));
  return row;
}
