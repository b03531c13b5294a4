// SQL of the indicators. Each indicator and variant is one "units" subquery —
// one row per counted unit (a case per defendant, an appearance, a suggestion)
// with in_numerator — so the value, the per-agency breakdown and the records
// behind a number all come from the same rows: a list's length always equals
// its number. The rules (which results count) come from shared/domain.
import { type SQL, sql } from 'drizzle-orm';
import { type RecordCountDimension, TOTAL_COUNT_KEY } from '../../../shared/api/indicators';
import {
  ADOPTED_VALUES,
  CORRECTION_RESULTS,
  LOSS_REASON_UNRECORDED,
  LOSS_RULES,
  MERITS_RESULTS,
} from '../../../shared/domain/indicators/definitions';
import { chinaDaySql as chinaDay, instantOnChinaDays, isoInstantSql } from '../../db/china-day';
import { type Db, rowsOf } from '../../db/client';
import { escapeLike } from '../../db/like';
import { orgIdsOfPath } from '../cases/cases.policy';

export interface UnitFilter {
  /** Scope: the subtree whose defendants (or addressees) count. */
  pathPrefix: string;
  from: string;
  to: string;
  agencyId: string | null;
  courtId: string | null;
  /** Subtrees left out of the scope: the child regions when only a region's own level (市本级) counts. */
  excludedPaths?: readonly string[];
}

const inList = (column: SQL, values: readonly string[]): SQL =>
  values.length === 0
    ? sql`false`
    : sql`${column} in (${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )})`;

const dayText = (column: SQL) => sql`to_char(${column}, 'YYYY-MM-DD')`;

/** Whether an organisation path (column) lies in the filter's scope, less its excluded subtrees. */
export function pathInScope(column: SQL, f: UnitFilter): SQL {
  const parts = [sql`${column} like ${`${escapeLike(f.pathPrefix)}%`}`];
  for (const path of f.excludedPaths ?? []) parts.push(sql`${column} not like ${`${escapeLike(path)}%`}`);
  return sql.join(parts, sql` and `);
}

/**
 * Cases (alias c) with anything in the scope: the denormalised ids on the case and
 * their GIN index. Implied by a defendant in scope, so it changes no result; it lets
 * PostgreSQL start from the scope's few thousand cases instead of every hearing or
 * judgment in the country.
 */
function casesTouchingScope(f: UnitFilter): SQL {
  const scopeOrgId = orgIdsOfPath(f.pathPrefix).at(-1);
  return scopeOrgId ? sql`c.scope_org_ids @> array[${scopeOrgId}]::uuid[]` : sql`true`;
}

function defendantFilter(f: UnitFilter): SQL {
  const parts = [pathInScope(sql`d.org_path`, f), casesTouchingScope(f)];
  if (f.agencyId) parts.push(sql`d.organisation_id = ${f.agencyId}`);
  if (f.courtId) parts.push(sql`c.court_id = ${f.courtId}`);
  return sql.join(parts, sql` and `);
}

function hearingPeriod(f: UnitFilter): SQL {
  return sql`h.status = 'held' and ${instantOnChinaDays(sql`h.scheduled_at`, f.from, f.to)}`;
}

const FROM_CASES = sql`from litigation_cases c join case_defendants d on d.case_id = c.id`;
const FROM_APPEARANCES = sql`${FROM_CASES}
  join appearances a on a.case_id = c.id and a.defendant_org_id = d.organisation_id
  join hearings h on h.event_id = a.hearing_event_id`;
const HEAD_APPEARED = sql`(a.did_head_appear and a.counts_as_head)`;

function perCaseAppearance(f: UnitFilter, extra: SQL): SQL {
  return sql`select c.id::text || ':' || d.organisation_id::text as record_id, c.id as case_id,
      null::uuid as suggestion_id, d.organisation_id as org_id,
      min(${chinaDay(sql`h.scheduled_at`)}) as on_date, null::text as hearing_at,
      bool_or(${HEAD_APPEARED}) as in_numerator
    ${FROM_APPEARANCES}
    where ${hearingPeriod(f)} and ${extra} and ${defendantFilter(f)}
    group by c.id, d.organisation_id`;
}

function perAppearance(f: UnitFilter, extra: SQL, numerator: SQL): SQL {
  return sql`select a.hearing_event_id::text || ':' || d.organisation_id::text as record_id, c.id as case_id,
      null::uuid as suggestion_id, d.organisation_id as org_id,
      ${chinaDay(sql`h.scheduled_at`)} as on_date, ${isoInstantSql(sql`h.scheduled_at`)} as hearing_at,
      ${numerator} as in_numerator
    ${FROM_APPEARANCES}
    where ${hearingPeriod(f)} and ${extra} and ${defendantFilter(f)}`;
}

/** Under a 败诉率 variant: which judged cases (alias c) count, and which of them are lost. */
function lossConditionsOf(variantId: string): { counted: SQL; lost: SQL } {
  const rule = LOSS_RULES[variantId] ?? LOSS_RULES.all!;
  const result = sql`c.result`;
  return {
    counted: sql`not ${inList(result, rule.excludedResults)}`,
    lost: sql`((coalesce(c.is_lost, false) or ${inList(result, rule.alwaysLost)}) and not ${inList(result, rule.neverLost)})`,
  };
}

function judgedCases(f: UnitFilter, extra: SQL, numerator: SQL): SQL {
  return sql`select c.id::text || ':' || d.organisation_id::text as record_id, c.id as case_id,
      null::uuid as suggestion_id, d.organisation_id as org_id,
      ${dayText(sql`c.judgment_served_on`)} as on_date, null::text as hearing_at, ${numerator} as in_numerator
    ${FROM_CASES}
    where c.result is not null and c.judgment_served_on between ${f.from} and ${f.to}
      and ${extra} and ${defendantFilter(f)}`;
}

function judicialSuggestions(f: UnitFilter, dateColumn: SQL, numerator: SQL): SQL {
  const parts = [
    sql`s.kind = 'judicial'`,
    sql`${dateColumn} between ${f.from} and ${f.to}`,
    pathInScope(sql`o.path`, f),
  ];
  if (f.agencyId) parts.push(sql`s.addressee_org_id = ${f.agencyId}`);
  if (f.courtId) parts.push(sql`s.issuer_org_id = ${f.courtId}`);
  return sql`select s.id::text as record_id, null::uuid as case_id, s.id as suggestion_id,
      s.addressee_org_id as org_id, ${dayText(dateColumn)} as on_date, null::text as hearing_at,
      ${numerator} as in_numerator
    from suggestions s join organisations o on o.id = s.addressee_org_id
    where ${sql.join(parts, sql` and `)}`;
}

/** The units subquery of one indicator under one variant. */
export function unitsOf(indicatorId: string, variantId: string, f: UnitFilter): SQL {
  switch (indicatorId) {
    case 'head-appearance':
      return variantId === 'per-hearing'
        ? perAppearance(f, sql`true`, HEAD_APPEARED)
        : perCaseAppearance(f, sql`true`);
    case 'head-speaking':
      return perAppearance(f, HEAD_APPEARED, sql`a.did_speak`);
    case 'requested-appearance':
      return perCaseAppearance(f, sql`h.is_head_requested`);
    case 'performance':
      return sql`select c.id::text || ':' || d.organisation_id::text as record_id, c.id as case_id,
          null::uuid as suggestion_id, d.organisation_id as org_id,
          ${dayText(sql`c.effective_on`)} as on_date, null::text as hearing_at,
          (c.performed_on is not null and c.performed_on <= ${f.to}) as in_numerator
        ${FROM_CASES}
        where c.requires_performance and c.effective_on between ${f.from} and ${f.to} and ${defendantFilter(f)}`;
    case 'loss': {
      const loss = lossConditionsOf(variantId);
      return judgedCases(f, loss.counted, loss.lost);
    }
    case 'correction':
      return judgedCases(f, inList(sql`c.result`, MERITS_RESULTS), inList(sql`c.result`, CORRECTION_RESULTS));
    case 'suggestion-reply':
      return judicialSuggestions(
        f,
        sql`s.due_on`,
        variantId === 'by-period-end'
          ? sql`(s.replied_on is not null and s.replied_on <= ${f.to})`
          : sql`(s.replied_on is not null and s.replied_on <= s.due_on)`,
      );
    case 'suggestion-adoption':
      return judicialSuggestions(
        f,
        sql`s.replied_on`,
        inList(sql`s.adoption`, ADOPTED_VALUES[variantId] ?? ADOPTED_VALUES['adopted-or-partly']!),
      );
    default:
      throw new Error(`no SQL for indicator ${indicatorId}`);
  }
}

export async function totalsOf(db: Db, units: SQL): Promise<{ numerator: number; denominator: number }> {
  const [row] = rowsOf<{ numerator: number; denominator: number }>(
    await db.execute(sql`select count(*) filter (where u.in_numerator)::int as numerator,
      count(*)::int as denominator from (${units}) u`),
  );
  return { numerator: Number(row?.numerator ?? 0), denominator: Number(row?.denominator ?? 0) };
}

export interface AgencyTotals {
  agencyId: string;
  agencyName: string;
  path: string;
  numerator: number;
  denominator: number;
}

export async function totalsByAgency(db: Db, units: SQL): Promise<AgencyTotals[]> {
  const rows = rowsOf<AgencyTotals>(
    await db.execute(sql`select u.org_id::text as "agencyId", o.name as "agencyName", o.path as path,
        count(*) filter (where u.in_numerator)::int as numerator, count(*)::int as denominator
      from (${units}) u join organisations o on o.id = u.org_id
      group by u.org_id, o.name, o.path order by o.path`),
  );
  return rows.map((r) => ({ ...r, numerator: Number(r.numerator), denominator: Number(r.denominator) }));
}

export interface UnitRecordRow {
  caseId: string | null;
  suggestionId: string | null;
  number: string;
  title: string;
  agencyId: string;
  agencyName: string;
  courtName: string | null;
  date: string | null;
  hearingAt: string | null;
  isInNumerator: boolean;
}

export async function unitRecords(
  db: Db,
  units: SQL,
  options: { numeratorOnly: boolean; limit: number; offset: number },
): Promise<{ rows: UnitRecordRow[]; total: number }> {
  const where = options.numeratorOnly ? sql`where u.in_numerator` : sql``;
  const [count] = rowsOf<{ total: number }>(
    await db.execute(sql`select count(*)::int as total from (${units}) u ${where}`),
  );
  const rows = rowsOf<UnitRecordRow>(
    await db.execute(sql`select u.case_id::text as "caseId", u.suggestion_id::text as "suggestionId",
        coalesce(c.case_number_raw, s.document_number) as number, coalesce(c.subject, s.title) as title,
        u.org_id::text as "agencyId", o.name as "agencyName", ct.name as "courtName",
        u.on_date as date, u.hearing_at as "hearingAt", u.in_numerator as "isInNumerator"
      from (${units}) u
        join organisations o on o.id = u.org_id
        left join litigation_cases c on c.id = u.case_id
        left join suggestions s on s.id = u.suggestion_id
        left join organisations ct on ct.id = coalesce(c.court_id, s.issuer_org_id)
      ${where}
      order by u.on_date, number, u.record_id
      limit ${options.limit} offset ${options.offset}`),
  );
  return { rows, total: Number(count?.total ?? 0) };
}

// Counts by dimension: one row per (case, key); a case with co-defendants in
// scope is counted once, a lost case with two reasons under each reason.
/** A case (alias c) with a defendant in the filter's scope (and agency), heard by its court. */
export function caseInScope(f: UnitFilter): SQL {
  const inScope = sql`exists (select 1 from case_defendants d where d.case_id = c.id
      and ${pathInScope(sql`d.org_path`, f)}
      ${f.agencyId ? sql`and d.organisation_id = ${f.agencyId}` : sql``}) and ${casesTouchingScope(f)}`;
  return f.courtId ? sql`${inScope} and c.court_id = ${f.courtId}` : inScope;
}

/**
 * `lossVariantId`: the 败诉率 variant applied, for the loss-reason breakdown, which counts
 * exactly the cases that variant counts as lost (a lost case without a recorded reason under
 * LOSS_REASON_UNRECORDED).
 */
export function countUnitsOf(by: RecordCountDimension, f: UnitFilter, lossVariantId = 'all'): SQL {
  const inScope = caseInScope(f);
  const all = sql`${TOTAL_COUNT_KEY}::text`;
  // The dashboard's totals, one key: cases served, judgments served, hearings held (one row each).
  if (by === 'received') {
    return sql`select c.id as case_id, ${all} as key, ${dayText(sql`c.service_date`)} as on_date
      from litigation_cases c where c.service_date between ${f.from} and ${f.to} and ${inScope}`;
  }
  if (by === 'judged') {
    return sql`select c.id as case_id, ${all} as key, ${dayText(sql`c.judgment_served_on`)} as on_date
      from litigation_cases c where c.judgment_served_on between ${f.from} and ${f.to} and ${inScope}`;
  }
  if (by === 'hearings') {
    return sql`select c.id as case_id, ${all} as key, ${chinaDay(sql`h.scheduled_at`)} as on_date
      from hearings h join litigation_cases c on c.id = h.case_id
      where h.status = 'held' and ${instantOnChinaDays(sql`h.scheduled_at`, f.from, f.to)} and ${inScope}`;
  }
  if (by === 'loss-reason') {
    const loss = lossConditionsOf(lossVariantId);
    return sql`select c.id as case_id, coalesce(r.reason, ${LOSS_REASON_UNRECORDED}) as key,
        ${dayText(sql`c.judgment_served_on`)} as on_date
      from litigation_cases c left join lateral unnest(c.loss_reasons) as r(reason) on true
      where c.result is not null and ${loss.counted} and ${loss.lost}
        and c.judgment_served_on between ${f.from} and ${f.to} and ${inScope}`;
  }
  const key = {
    stage: sql`c.stage`,
    cause: sql`c.cause_code`,
    domain: sql`c.domain_code`,
    court: sql`c.court_id::text`,
  }[by];
  return sql`select c.id as case_id, ${key} as key, ${dayText(sql`c.service_date`)} as on_date
    from litigation_cases c
    where c.service_date between ${f.from} and ${f.to} and ${inScope}`;
}

export async function countGroups(db: Db, units: SQL): Promise<{ key: string; count: number }[]> {
  const rows = rowsOf<{ key: string; count: number }>(
    await db.execute(
      sql`select u.key, count(*)::int as count from (${units}) u group by u.key order by count(*) desc, u.key`,
    ),
  );
  return rows.map((r) => ({ key: r.key, count: Number(r.count) }));
}

export interface CountRecordRow {
  caseId: string;
  number: string;
  title: string;
  courtName: string;
  stage: string;
  date: string | null;
}

export async function countRecords(
  db: Db,
  units: SQL,
  options: { key: string; limit: number; offset: number },
): Promise<{ rows: CountRecordRow[]; total: number }> {
  const [count] = rowsOf<{ total: number }>(
    await db.execute(sql`select count(*)::int as total from (${units}) u where u.key = ${options.key}`),
  );
  const rows = rowsOf<CountRecordRow>(
    await db.execute(sql`select c.id::text as "caseId", c.case_number_raw as number, c.subject as title,
        ct.name as "courtName", c.stage, u.on_date as date
      from (${units}) u join litigation_cases c on c.id = u.case_id join organisations ct on ct.id = c.court_id
      where u.key = ${options.key}
      order by u.on_date, c.case_number_raw, u.case_id limit ${options.limit} offset ${options.offset}`),
  );
  return { rows, total: Number(count?.total ?? 0) };
}

/** Labels of dictionary codes (案由, 管理领域) and organisation names, for count groups. */
export async function labelsOf(db: Db, by: 'cause' | 'domain' | 'court'): Promise<Map<string, string>> {
  const rows = rowsOf<{ key: string; label: string }>(
    by === 'court'
      ? await db.execute(sql`select id::text as key, name as label from organisations where kind = 'court'`)
      : await db.execute(sql`select code as key, label from dictionary_entries where kind = ${by}`),
  );
  return new Map(rows.map((r) => [r.key, r.label]));
}

export interface ChoiceRow {
  regionPath: string;
  indicatorId: string;
  variantId: string;
  regionName: string | null;
}

/** Stored variant choices of the regions above (or at) a scope path. */
export async function variantChoicesFor(db: Db, scopePath: string): Promise<ChoiceRow[]> {
  return rowsOf<ChoiceRow>(
    await db.execute(sql`select v.region_path as "regionPath", v.indicator_id as "indicatorId",
        v.variant_id as "variantId", o.name as "regionName"
      from indicator_variant_choices v join organisations o on o.id = v.chosen_by_org_id
      where ${scopePath} like replace(replace(replace(v.region_path, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`),
  );
}

export async function findOrganisationPath(db: Db, id: string): Promise<string | null> {
  const [row] = rowsOf<{ path: string }>(
    await db.execute(sql`select path from organisations where id = ${id}`),
  );
  return row?.path ?? null;
}

export interface RegionRow {
  id: string;
  name: string;
  kind: string;
  path: string;
  parentId: string | null;
}

export async function findRegionCandidate(db: Db, id: string): Promise<RegionRow | null> {
  const [row] = rowsOf<RegionRow>(
    await db.execute(sql`select id::text as id, name, kind, path, parent_id::text as "parentId"
      from organisations where id = ${id}`),
  );
  return row ?? null;
}

/** The regions (people's governments) directly below a scope path; for '/' the top-level ones. */
export async function childRegionsOf(db: Db, path: string): Promise<RegionRow[]> {
  const parent =
    path === '/'
      ? sql`o.parent_id is null`
      : sql`o.parent_id = (select p.id from organisations p where p.path = ${path})`;
  return rowsOf<RegionRow>(
    await db.execute(sql`select o.id::text as id, o.name, o.kind, o.path, o.parent_id::text as "parentId"
      from organisations o where o.kind = 'government' and ${parent}
      order by o.region_code, o.name`),
  );
}

/** The regions (people's governments) within a scope, the outer ones first. */
export async function regionsWithin(
  db: Db,
  path: string,
): Promise<{ id: string; name: string; path: string }[]> {
  return rowsOf<{ id: string; name: string; path: string }>(
    await db.execute(sql`select id::text as id, name, path from organisations
      where kind = 'government' and path like ${`${escapeLike(path)}%`}
      order by length(path) - length(replace(path, '/', '')), region_code, name`),
  );
}
