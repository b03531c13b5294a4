// SQL of the dashboard. The indicator values come from the indicators' own
// units subqueries (indicators.queries.ts), all of them for both periods in one
// statement grouped by indicator, agency and month: the totals, the monthly
// trend, the agency rankings and the region rows are sums of these groups, so
// they add up by construction and cost one round trip.
import { type SQL, sql } from 'drizzle-orm';
import { type Db, rowsOf } from '../../db/client';
import { caseInScope, countUnitsOf, type UnitFilter } from '../indicators/indicators.queries';

export type PeriodTag = 'current' | 'previous';

export interface UnitGroupRow {
  period: PeriodTag;
  indicatorId: string;
  orgId: string;
  orgName: string;
  path: string;
  month: string;
  numerator: number;
  denominator: number;
}

export async function groupedUnits(
  db: Db,
  parts: { period: PeriodTag; indicatorId: string; units: SQL }[],
): Promise<UnitGroupRow[]> {
  const all = sql.join(
    parts.map(
      (p) => sql`select ${p.period}::text as period, ${p.indicatorId}::text as indicator_id,
          x.org_id, x.on_date, x.in_numerator from (${p.units}) x`,
    ),
    sql` union all `,
  );
  // Grouped on narrow keys first, names and paths joined to the groups after:
  // at national scale the units are a million rows, and sorting them with the
  // organisations' text spilled hundreds of megabytes to disk.
  const grouped = sql`select g.period, g.indicator_id as "indicatorId", g.org_id::text as "orgId",
        o.name as "orgName", o.path, g.month, g.numerator, g.denominator
      from (select u.period, u.indicator_id, u.org_id, substr(u.on_date, 1, 7) as month,
          count(*) filter (where u.in_numerator)::int as numerator, count(*)::int as denominator
        from (${all}) u group by u.period, u.indicator_id, u.org_id, substr(u.on_date, 1, 7)) g
      join organisations o on o.id = g.org_id`;
  // The groups of a whole country (hundreds of thousands) are sorted or hashed in
  // memory instead of in temporary files: more memory for this statement only.
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '32MB'`);
    return rowsOf<UnitGroupRow>(await tx.execute(grouped));
  });
  return rows.map((r) => ({ ...r, numerator: Number(r.numerator), denominator: Number(r.denominator) }));
}

const countOf = (units: SQL) => sql`(select count(*) from (${units}) u)::int`;

export interface CaseCounts {
  newCasesByMonth: { month: string; count: number }[];
  receivedBefore: number;
  judged: number;
  judgedBefore: number;
  hearings: number;
  hearingsBefore: number;
}

/**
 * 收案 (cases served in the period, one per case, as the counts by stage),
 * 审结 (cases whose judgment or ruling was served in the period) and 开庭
 * (hearings held), for the period and the previous one: counts of the same units
 * GET /api/indicators/counts/records?by=received|judged|hearings&key=all lists.
 */
export async function caseCounts(db: Db, current: UnitFilter, previous: UnitFilter): Promise<CaseCounts> {
  const byMonth = rowsOf<{ month: string; count: number }>(
    await db.execute(sql`select substr(u.on_date, 1, 7) as month, count(*)::int as count
      from (${countUnitsOf('received', current)}) u group by 1 order by 1`),
  );
  const [row] = rowsOf<Omit<CaseCounts, 'newCasesByMonth'>>(
    await db.execute(sql`select
        ${countOf(countUnitsOf('received', previous))} as "receivedBefore",
        ${countOf(countUnitsOf('judged', current))} as judged, ${countOf(countUnitsOf('judged', previous))} as "judgedBefore",
        ${countOf(countUnitsOf('hearings', current))} as hearings,
        ${countOf(countUnitsOf('hearings', previous))} as "hearingsBefore"`),
  );
  return {
    newCasesByMonth: byMonth.map((r) => ({ month: r.month, count: Number(r.count) })),
    receivedBefore: Number(row?.receivedBefore ?? 0),
    judged: Number(row?.judged ?? 0),
    judgedBefore: Number(row?.judgedBefore ?? 0),
    hearings: Number(row?.hearings ?? 0),
    hearingsBefore: Number(row?.hearingsBefore ?? 0),
  };
}

export interface UpcomingHearingRow {
  caseId: string;
  caseNumber: string;
  courtName: string;
  defendants: string;
  scheduledAt: string;
  courtRoom: string | null;
  isHeadRequested: boolean;
  headName: string | null;
  headPost: string | null;
  /** How many hearings the window holds in all, the ones past the limit included. */
  total: number;
}

/** Hearings still scheduled between two instants, of cases in scope, earliest first. */
export async function upcomingHearings(
  db: Db,
  f: UnitFilter,
  window: { from: Date; to: Date; limit: number },
): Promise<UpcomingHearingRow[]> {
  return rowsOf<UpcomingHearingRow>(
    await db.execute(sql`select c.id::text as "caseId", c.case_number_raw as "caseNumber", ct.name as "courtName",
        (select string_agg(o.name, '、' order by o.path) from case_defendants d
          join organisations o on o.id = d.organisation_id where d.case_id = c.id) as defendants,
        to_char(h.scheduled_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "scheduledAt",
        h.court_room as "courtRoom", h.is_head_requested as "isHeadRequested",
        c.designated_head->>'name' as "headName", c.designated_head->>'post' as "headPost",
        count(*) over ()::int as total
      from hearings h join litigation_cases c on c.id = h.case_id join organisations ct on ct.id = c.court_id
      where h.status = 'scheduled' and h.scheduled_at >= ${window.from.toISOString()}::timestamptz
        and h.scheduled_at < ${window.to.toISOString()}::timestamptz and ${caseInScope(f)}
      order by h.scheduled_at, c.case_number_raw
      limit ${window.limit}`),
  );
}

export async function organisationName(db: Db, path: string): Promise<string | null> {
  const [row] = rowsOf<{ name: string }>(
    await db.execute(sql`select name from organisations where path = ${path}`),
  );
  return row?.name ?? null;
}
