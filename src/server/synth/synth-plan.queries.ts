// The plan of one batch of synthetic cases: one row per case in a temporary
// table (dropped at commit) holding every random choice and every date, so
// that the inserts into the register's tables (synth-insert.queries.ts) agree
// with each other. Stage levels: 0 registered, 1 defending, 2 pending-hearing,
// 3 in-trial, 4 judged, 5 appealed, 6 effective, 7 performed, 8 closed. The
// plan reads the engine's deadlines (synth_deadline_table, loaded first in the
// transaction) for the one date that depends on one: the report's.
import { sql } from 'drizzle-orm';
import { addDays } from '../../shared/domain/periods';
import { type Db, rowsOf } from '../db/client';
import type { SynthCounty } from './synth-geography';
import {
  ACT_BY_CAUSE,
  COMPANY_TRADES,
  COMPANY_WORDS,
  GIVEN_NAMES,
  SURNAMES,
  textArray,
} from './synth-vocabulary';

/** Event id slots reserved per case; see EVENT_SLOTS in synth-insert.queries.ts. */
export const SLOTS_PER_CASE = 13;

/** Levels 5–8 were served 200 to 1,999 days before today: the oldest day a plan holds. */
const OLDEST_DAY = 1999;

/**
 * The days that trigger a synthetic deadline or reply due: every service and judgment date of a
 * plan (judgments come at least 60 days after service, and before today) and every synthetic
 * suggestion's service (after its case's judgment, by today) lies in this range.
 */
export function plannedTriggerDays(today: string): { from: string; to: string } {
  return { from: addDays(today, -OLDEST_DAY), to: today };
}

export async function createBatchPlan(
  tx: Db,
  options: { from: number; to: number; counties: SynthCounty[]; today: string; firstEventId: number },
) {
  const { from, to, counties, today, firstEventId } = options;
  await tx.execute(sql`
    CREATE TEMP TABLE synth_plan ON COMMIT DROP AS
    WITH counties AS (
      SELECT * FROM jsonb_to_recordset(${JSON.stringify(counties)}::jsonb) AS c(
        idx int, region_code text, court_id uuid, court_code text, mid_court_id uuid, mid_court_code text,
        office_id uuid, gov_name text, agency_ids uuid[], agency_paths text[], agency_names text[],
        agency_domains text[], agency_causes text[])
    ), base AS (
      SELECT g.i, gen_random_uuid() AS id, c.*,
        random() AS r_stage, random() AS r1, random() AS r2, random() AS r3, random() AS r4,
        random() AS r5, random() AS r6, random() AS r7, random() AS r8, floor(random() * 1e6)::int AS h
      FROM generate_series(${from}::int, ${to - 1}::int) AS g(i)
      JOIN counties c ON c.idx = g.i % ${counties.length}
    ), levelled AS (
      SELECT b.*,
        CASE WHEN r_stage < 0.02 THEN 0 WHEN r_stage < 0.06 THEN 1 WHEN r_stage < 0.12 THEN 2
             WHEN r_stage < 0.17 THEN 3 WHEN r_stage < 0.20 THEN 4 WHEN r_stage < 0.25 THEN 5
             WHEN r_stage < 0.27 THEN 6 WHEN r_stage < 0.35 THEN 7 ELSE 8 END AS lvl,
        1 + floor(r6 * 7)::int AS ag,
        r8 < 0.1 AS is_second
      FROM base b
    ), served AS (
      SELECT l.*,
        CASE lvl WHEN 0 THEN NULL
          WHEN 1 THEN ${today}::date - (1 + floor(r1 * 14))::int
          WHEN 2 THEN ${today}::date - (20 + floor(r1 * 70))::int
          WHEN 3 THEN ${today}::date - (70 + floor(r1 * 110))::int
          WHEN 4 THEN ${today}::date - (100 + floor(r1 * 60))::int
          ELSE ${today}::date - (200 + floor(r1 * ${OLDEST_DAY - 199}))::int END AS served_on
      FROM levelled l
    ), heard AS (
      SELECT s.*,
        coalesce(served_on, ${today}::date - floor(r1 * 20)::int) - (3 + floor(r5 * 5))::int AS filed_on,
        CASE WHEN lvl = 2 THEN ${today}::date + (1 + floor(r2 * 40))::int
             WHEN lvl >= 3 THEN served_on + (40 + floor(r2 * 25))::int END AS hearing_on,
        CASE WHEN lvl IN (6, 7) THEN true WHEN lvl = 8 THEN r7 < 0.05
             WHEN lvl IN (4, 5) THEN r7 < 0.15 END AS is_lost,
        split_part(agency_causes[ag], ',', 1 + floor(r5 * 3)::int) AS cause_code
      FROM served s
    ), judged AS (
      SELECT h.*,
        CASE WHEN lvl = 4 THEN ${today}::date - (1 + floor(r3 * 9))::int
             WHEN lvl >= 5 THEN hearing_on + (20 + floor(r3 * 40))::int END AS judged_on,
        CASE WHEN is_lost AND lvl = 8 THEN 'confirm-illegal'
             WHEN is_lost THEN (ARRAY['revoke', 'order-redo', 'order-performance', 'payment'])[1 + floor(r4 * 4)::int]
             WHEN lvl >= 4 THEN (ARRAY['dismiss-claims', 'dismiss-claims', 'dismiss-claims', 'withdrawal-allowed', 'dismiss-suit'])[1 + floor(r4 * 5)::int]
        END AS result
      FROM heard h
    )
    SELECT j.*,
      ${firstEventId}::bigint + i::bigint * ${SLOTS_PER_CASE} AS ev,
      CASE WHEN is_second THEN mid_court_id ELSE court_id END AS case_court_id,
      CASE WHEN is_second THEN '行终' ELSE '行初' END AS type_code,
      '（' || extract(year FROM filed_on)::int || '）' ||
        CASE WHEN is_second THEN mid_court_code || '行终' || (i + 1) ELSE court_code || '行初' || (i / ${counties.length} + 1) END
        || '号' AS case_number,
      agency_names[ag] || '作出的' || coalesce(${JSON.stringify(ACT_BY_CAUSE)}::jsonb ->> cause_code, '行政行为') AS subject,
      agency_domains[ag] AS domain_code,
      agency_ids[ag] AS agency_id, agency_paths[ag] AS agency_path, agency_names[ag] AS agency_name,
      CASE WHEN h % 5 = 0
        THEN left(gov_name, 2) || (${textArray(COMPANY_WORDS)}::text[])[1 + h % ${COMPANY_WORDS.length}]
             || (${textArray(COMPANY_TRADES)}::text[])[1 + (h / 7) % ${COMPANY_TRADES.length}] || '有限公司'
        ELSE (${textArray(SURNAMES)}::text[])[1 + h % ${SURNAMES.length}]
             || (${textArray(GIVEN_NAMES)}::text[])[1 + (h / 100) % ${GIVEN_NAMES.length}]
             || CASE WHEN h % 3 = 0 THEN (${textArray(GIVEN_NAMES)}::text[])[1 + (h / 7) % ${GIVEN_NAMES.length}] ELSE '' END
      END AS plaintiff,
      CASE WHEN h % 10 = 1 THEN (${textArray(SURNAMES)}::text[])[1 + (h / 11) % ${SURNAMES.length}]
             || (${textArray(GIVEN_NAMES)}::text[])[1 + (h / 13) % ${GIVEN_NAMES.length}] END AS third_party,
      h % 5 = 0 AS plaintiff_is_org,
      h % 100 < 8 AS has_co_defendant,
      lvl >= 1 AND (lvl >= 3 OR r2 < 0.6) AS has_head,
      r5 < 0.3 AS head_requested,
      r7 < 0.86 AS head_appeared,
      is_lost AND result <> 'confirm-illegal' AS requires_performance,
      CASE WHEN result IN ('withdrawal-allowed', 'dismiss-suit') THEN 'ruling' WHEN lvl >= 4 THEN 'judgment' END AS judgment_kind,
      -- Filed (90% of judged cases) three days after the judgment's service, if that day has come.
      CASE WHEN lvl >= 4 AND r5 < 0.9 AND judged_on + 3 <= ${today}::date THEN judged_on + 3 END AS judgment_filed_on,
      -- Reported (90% of cases past the defence) two days after the report period starts, the
      -- evidence period's last day as moved off holidays: never before it, nor after today.
      (SELECT t.trigger_date + 2 FROM synth_deadline_table t
        WHERE t.kind = 'local.litigation.report-to-office' AND t.base = j.served_on
          AND j.lvl >= 2 AND j.r4 < 0.9 AND t.trigger_date + 2 <= ${today}::date) AS reported_on,
      -- Not appealed (levels 6–8): effective the day after the appeal period ends, as moved off
      -- holidays (at most about judged + 24, so long before today at these levels).
      (SELECT t.due + 1 FROM synth_deadline_table t
        WHERE t.base = j.judged_on AND j.lvl >= 6 AND t.kind = CASE WHEN j.result IN ('withdrawal-allowed', 'dismiss-suit')
          THEN 'litigation.appeal.ruling' ELSE 'litigation.appeal.judgment' END) AS effective_on
    FROM judged j`);
}

/**
 * Reserves a block of case event ids for the whole run, so each case's plan can name its steps'
 * events (hearings point at theirs): case i's are firstEventId + i × SLOTS_PER_CASE onwards.
 */
export async function reserveEventIds(tx: Db, count: number): Promise<number> {
  const [row] = rowsOf<{ first: string }>(
    await tx.execute(sql`SELECT nextval(pg_get_serial_sequence('case_events', 'id')) AS first`),
  );
  const first = Number(row!.first);
  await tx.execute(sql`SELECT setval(pg_get_serial_sequence('case_events', 'id'), ${first + count})`);
  return first;
}

/** A batch lost in a crash is simply generated again: no need to wait for the disk at each commit. */
export async function relaxCommit(tx: Db) {
  await tx.execute(sql`SET LOCAL synchronous_commit = off`);
}

/** The tables the case batches fill. */
const BULK_TABLES = [
  'litigation_cases',
  'case_defendants',
  'case_parties',
  'case_events',
  'hearings',
  'appearances',
  'case_deadlines',
];

export interface DeferredIndex {
  name: string;
  definition: string;
}

/**
 * Drops the secondary indexes of the bulk tables (not those behind a primary-key
 * or unique constraint) and returns their exact definitions (pg_get_indexdef):
 * maintaining them row by row through a million random uuids costs more than
 * building them once, sorted, after the load.
 */
export async function dropSecondaryIndexes(db: Db): Promise<DeferredIndex[]> {
  const indexes = rowsOf<DeferredIndex>(
    await db.execute(sql`SELECT c.relname AS name, pg_get_indexdef(c.oid) AS definition
      FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
      WHERE t.relnamespace = current_schema()::regnamespace AND t.relname IN (${sql.join(
        BULK_TABLES.map((name) => sql`${name}`),
        sql`, `,
      )})
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = c.oid)
      ORDER BY c.relname`),
  );
  for (const index of indexes) await db.execute(sql`DROP INDEX ${sql.identifier(index.name)}`);
  return indexes;
}

/** Builds the dropped indexes again from their definitions (a unique one also checks the generated data). */
export async function recreateIndexes(db: Db, indexes: DeferredIndex[]) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL maintenance_work_mem = '512MB'`);
    for (const index of indexes) await tx.execute(sql.raw(index.definition));
  });
}

/** Fresh planner statistics after the bulk load. */
export async function analyzeAll(db: Db) {
  await db.execute(sql`ANALYZE`);
}
