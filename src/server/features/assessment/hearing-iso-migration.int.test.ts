// Migration 0018 rewrites the hearing times of 考核 records stored before they were ISO 8601
// (PostgreSQL's text of a timestamptz, in whatever zone the session had) as ISO 8601 in UTC.
// Its statement runs here on a temporary table of the same name, which shadows the real one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { rowsOf } from '../../db/client';
import { MIGRATIONS_FOLDER } from '../../db/migrate';
import { openTestDatabase } from '../../test/test-database';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const STORED: [string | null, string | null][] = [
  ['2026-07-09 01:00:00+00', '2026-07-09T01:00:00.000Z'], // PGlite, a UTC session
  ['2026-07-09 09:00:00+08', '2026-07-09T01:00:00.000Z'], // a session in Asia/Shanghai
  ['2026-07-09 09:00:00.5+08', '2026-07-09T01:00:00.500Z'],
  ['2026-07-09 06:30:00.123456+05:30', '2026-07-09T01:00:00.123Z'],
  ['2026-07-09 06:30:00+0530', '2026-07-09T01:00:00.000Z'],
  ['2026-07-09T01:00:00.000Z', '2026-07-09T01:00:00.000Z'], // already ISO: unchanged
  [null, null], // a record that is not a hearing
];

it('rewrites every stored hearing time as ISO 8601 in UTC, the same instant, whatever the session’s zone', async () => {
  const migration = readFileSync(join(MIGRATIONS_FOLDER, '0018_assessment_hearing_iso.sql'), 'utf8');
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`set local time zone 'Asia/Shanghai'`);
    await tx.execute(
      sql`create temp table assessment_result_records (n int, hearing_at text) on commit drop`,
    );
    for (const [n, [stored]] of STORED.entries()) {
      await tx.execute(sql`insert into assessment_result_records values (${n}, ${stored})`);
    }
    await tx.execute(sql.raw(migration));
    const rows = rowsOf<{ hearing_at: string | null }>(
      await tx.execute(sql`select hearing_at from assessment_result_records order by n`),
    );
    expect(rows.map((r) => r.hearing_at)).toEqual(STORED.map(([, iso]) => iso));
  });
});
