// The official calendar the server computes with: the shipped notices (src/shared/data/holidays-cn)
// with the administrator's corrections laid over them. Corrections come after the shipped years,
// so buildCalendar lets them win for their year.
import { sql } from 'drizzle-orm';
import { SHIPPED_HOLIDAY_YEARS } from '../../../shared/data/holidays-cn';
import { chinaDate } from '../../../shared/domain/china-time';
import { buildCalendar, type Calendar, type HolidayYear } from '../../../shared/domain/periods';
import type { Db } from '../../db/client';
import { readCache } from '../../read-cache';
import { type HolidayYearRow, listHolidayYearRows } from './calendar.queries';

export function holidayYearOf(row: Pick<HolidayYearRow, 'year' | 'papers' | 'days'>): HolidayYear {
  return { year: row.year, papers: row.papers, days: row.days };
}

export async function loadCalendar(db: Db): Promise<Calendar> {
  const corrections = await listHolidayYearRows(db);
  return buildCalendar([...SHIPPED_HOLIDAY_YEARS, ...corrections.map(holidayYearOf)]);
}

/** Advisory lock key: held shared by writes that store deadlines, exclusive by a calendar save. */
const CALENDAR_LOCK = 7_200_201;

/**
 * The calendar a transaction that stores deadlines computes with. It is read under a shared
 * lock that saving a holiday year takes exclusively, so a case step and a calendar save never
 * interleave: either the step waits for the save and reads the new calendar, or the save
 * waits for the step and re-derives what the step stored. Call it first in the transaction,
 * before locking any case (the save takes this lock before its cases).
 */
export async function calendarForWrite(tx: Db): Promise<Calendar> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock_shared(${CALENDAR_LOCK})`);
  return loadCalendar(tx);
}

/** Taken first by a holiday-year save: waits for writes computing with the calendar it replaces. */
export async function lockCalendarForSave(tx: Db): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${CALENDAR_LOCK})`);
}

/**
 * The calendar for displays (today's working-day status, days left on the case list
 * and page), read at most every few seconds; saveHolidayYear drops it. Computations
 * whose result is stored use calendarForWrite.
 */
export const calendarForDisplay = readCache(loadCalendar);

/** The year in China (UTC+8) at `now`: the calendar year users think in. */
export function chinaYearOf(now: Date): number {
  return Number(chinaDate(now).slice(0, 4));
}
