// China dates in SQL. Instants (timestamptz) are stored in UTC; periods are China
// dates (UTC+8, no daylight saving).
import { type SQL, sql } from 'drizzle-orm';
import { addDays } from '../../shared/domain/periods';

/** The China date of an instant column, as 'YYYY-MM-DD' text. */
export const chinaDaySql = (column: SQL) =>
  sql`to_char((${column} at time zone 'UTC') + interval '8 hours', 'YYYY-MM-DD')`;

/** An instant column as the API writes every instant: ISO 8601 in UTC, '2026-07-09T01:00:00.000Z'. */
export const isoInstantSql = (column: SQL) =>
  sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * An instant column on China dates from..to (inclusive), as a range on the
 * column itself: the same rows as comparing chinaDaySql(column), but it can use
 * an index on the column and the planner estimates its rows (a to_char
 * expression gets a default guess, off by orders of magnitude at scale).
 */
export function instantOnChinaDays(column: SQL, from: string, to: string): SQL {
  return sql`${column} >= ${`${from}T00:00:00+08:00`}::timestamptz
    and ${column} < ${`${addDays(to, 1)}T00:00:00+08:00`}::timestamptz`;
}
