// The sargable China-date range selects exactly the instants whose China date
// (chinaDaySql) lies in the period, at the edges of the days included.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openTestDatabase } from '../test/test-database';
import { chinaDaySql, instantOnChinaDays, isoInstantSql } from './china-day';
import type { Database } from './client';
import { rowsOf } from './client';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const INSTANTS = [
  '2025-12-31T15:59:59.999Z', // 2025-12-31 23:59:59.999 in China: before the period
  '2025-12-31T16:00:00Z', // 2026-01-01 00:00 in China: the first instant of the period
  '2026-01-31T15:59:59Z', // 2026-01-31 23:59:59 in China: the last second of the period
  '2026-01-31T16:00:00Z', // 2026-02-01 00:00 in China: after the period
  '2026-01-15T02:00:00Z',
];

it('selects the instants on the China dates of the period, edges included, like chinaDaySql', async () => {
  const rows = rowsOf<{ at: string; day: string; inRange: boolean }>(
    await database.db.execute(sql`select to_char(t.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') as at,
        ${chinaDaySql(sql`t.at`)} as day, (${instantOnChinaDays(sql`t.at`, '2026-01-01', '2026-01-31')}) as "inRange"
      from unnest(${`{${INSTANTS.join(',')}}`}::timestamptz[]) as t(at) order by t.at`),
  );
  expect(rows.map((r) => [r.day, r.inRange])).toEqual([
    ['2025-12-31', false],
    ['2026-01-01', true],
    ['2026-01-15', true],
    ['2026-01-31', true],
    ['2026-02-01', false],
  ]);
});

it('writes an instant as the API does, ISO 8601 in UTC, whatever the session’s time zone', async () => {
  const iso = async () =>
    rowsOf<{ at: string }>(
      await database.db.execute(
        sql`select ${isoInstantSql(sql`t.at`)} as at from unnest(${`{${INSTANTS.join(',')}}`}::timestamptz[]) as t(at) order by t.at`,
      ),
    ).map((r) => r.at);
  const expected = [...INSTANTS].sort().map((at) => new Date(at).toISOString());
  expect(await iso()).toEqual(expected);
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`set local time zone 'Asia/Shanghai'`);
    const rows = rowsOf<{ at: string }>(
      await tx.execute(sql`select ${isoInstantSql(sql`${'2026-07-09T01:00:00Z'}::timestamptz`)} as at`),
    );
    expect(rows[0]!.at).toBe('2026-07-09T01:00:00.000Z');
  });
});
