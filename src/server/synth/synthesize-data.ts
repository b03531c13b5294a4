// 生成合成数据 (`npx fuyuan synth --cases N`): a nation-sized synthetic data set
// on PostgreSQL for measuring lists, search and statistics at scale. Refuses
// PGlite (it is one process in memory or on a local directory, not a server
// to measure) and any database that already holds organisations, so it can
// never mix invented cases into a locality's real register. Cases go in
// batches, each one transaction of set-based INSERT … SELECT statements, two
// batches at a time on their own connections. Their
// deadlines and the suggestions' reply dues are the period engine's, computed
// once per trigger day before the batches (synth-deadlines.ts) with the
// database's calendar, so they are what the register itself would have stored.
import { chinaDate } from '../../shared/domain/china-time';
import type { Database } from '../db/client';
import { isDatabaseEmpty } from '../demo/seed-demo';
import { recordAudit } from '../features/audit/record-audit';
import { hashPassword } from '../features/auth/passwords';
import { loadCalendar } from '../features/calendar/load-calendar';
import { SYSTEM_AUDIT_CONTEXT } from '../http/principal';
import { inParallel } from './in-parallel';
import { computeSynthDeadlines } from './synth-deadlines';
import { createDeadlineTable } from './synth-deadlines.queries';
import { insertGeography, shapeFor } from './synth-geography';
import {
  insertBatchCases,
  insertBatchDeadlines,
  insertBatchEvents,
  insertBatchHearings,
} from './synth-insert.queries';
import {
  analyzeAll,
  createBatchPlan,
  dropSecondaryIndexes,
  plannedTriggerDays,
  recreateIndexes,
  relaxCommit,
  reserveEventIds,
  SLOTS_PER_CASE,
} from './synth-plan.queries';
import { insertSuggestions } from './synth-suggestions.queries';

export class SynthRefused extends Error {}

/**
 * Batches in flight at once, each one transaction on its own connection. A batch is a few
 * statements that each keep one PostgreSQL backend busy, so two keep both cores of the
 * machines we measure on working: the load takes about half as long as one at a time.
 */
const BATCH_WORKERS = 2;

function batchesOf(cases: number, size: number) {
  const batches: { from: number; to: number }[] = [];
  for (let from = 0; from < cases; from += size) batches.push({ from, to: Math.min(cases, from + size) });
  return batches;
}

export interface SynthResult {
  cases: number;
  suggestions: number;
  organisations: number;
  counties: number;
  coordinators: string[];
  leaders: string[];
  nationalLeader: string;
  seconds: number;
}

export async function synthesizeData(options: {
  database: Database;
  now: Date;
  cases: number;
  password: string;
  batchSize?: number;
  progress?: (line: string) => void;
}): Promise<SynthResult> {
  const { database, now, cases, password } = options;
  const progress = options.progress ?? (() => {});
  if (database.mode !== 'postgres') {
    throw new SynthRefused(
      '合成数据只能生成到 PostgreSQL 数据库：请设置 DATABASE_URL（内置 PGlite 不用于压测）',
    );
  }
  if (!(await isDatabaseEmpty(database.db))) {
    throw new SynthRefused(
      '数据库中已有组织机构：合成数据只能生成到新建的空数据库，以免混入真实数据。请新建数据库后重试',
    );
  }
  const started = Date.now();
  const db = database.db;
  const shape = shapeFor(cases);
  const geography = await insertGeography({ db, now, shape, passwordHash: await hashPassword(password) });
  progress(
    `已创建组织机构 ${geography.organisations} 个（县级行政区 ${geography.counties.length} 个）；` +
      `全国领导账户 ${geography.nationalLeader}（辖区为全部地区）`,
  );

  const today = chinaDate(now);
  const deadlines = computeSynthDeadlines({ calendar: await loadCalendar(db), ...plannedTriggerDays(today) });
  const batchSize = options.batchSize ?? 50_000;
  const seconds = () => Math.round((Date.now() - started) / 1000);
  // Event ids are reserved for every case at once; a case's are firstEventId + its index × SLOTS_PER_CASE.
  const firstEventId = await reserveEventIds(db, cases * SLOTS_PER_CASE);
  // The secondary indexes are built once after the load; rebuilt even when a batch fails.
  const deferred = await dropSecondaryIndexes(db);
  try {
    let generated = 0;
    await inParallel(batchesOf(cases, batchSize), BATCH_WORKERS, async ({ from, to }) => {
      await db.transaction(async (tx) => {
        await relaxCommit(tx);
        await createDeadlineTable(tx, deadlines.cases);
        await createBatchPlan(tx, { from, to, counties: geography.counties, today, firstEventId });
        await insertBatchCases(tx, { now });
        await insertBatchEvents(tx);
        await insertBatchHearings(tx);
        await insertBatchDeadlines(tx, { now });
      });
      generated += to - from;
      progress(`已生成案件 ${generated} / ${cases}（${seconds()} 秒）`);
    });
  } finally {
    await recreateIndexes(db, deferred);
    progress(`已重建索引 ${deferred.length} 个（${seconds()} 秒）`);
  }
  const suggestions = await db.transaction(async (tx) => {
    await relaxCommit(tx);
    await createDeadlineTable(tx, deadlines.replies);
    return insertSuggestions(tx, { now, today });
  });
  progress(`已生成司法建议 ${suggestions} 件（${seconds()} 秒）`);
  await analyzeAll(db);
  await db.transaction(async (tx) => {
    await recordAudit(tx, SYSTEM_AUDIT_CONTEXT, now, {
      event: 'synth.generated',
      targetType: 'system',
      targetLabel: `合成数据：${cases} 件案件，${suggestions} 件司法建议`,
      after: {
        cases,
        suggestions,
        organisations: geography.organisations,
        counties: geography.counties.length,
      },
    });
  });
  return {
    cases,
    suggestions,
    organisations: geography.organisations,
    counties: geography.counties.length,
    coordinators: geography.coordinators,
    leaders: geography.leaders,
    nationalLeader: geography.nationalLeader,
    seconds: (Date.now() - started) / 1000,
  };
}
