// The official calendar the server computes with: the shipped notices (src/shared/data/holidays-cn)
// with the administrator's corrections laid over them. Corrections come after the shipped years,
// so buildCalendar lets them win for their year.
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

/**
 * The calendar for displays (today's working-day status, days left on the case list
 * and page), read at most every few seconds; saveHolidayYear drops it. Computations
 * whose result is stored use loadCalendar.
 */
export const calendarForDisplay = readCache(loadCalendar);

/** The year in China (UTC+8) at `now`: the calendar year users think in. */
export function chinaYearOf(now: Date): number {
  return Number(chinaDate(now).slice(0, 4));
}
