// What the holiday-calendar pages show of each year: where its days come from (shipped with
// the system, corrected by an administrator, or missing), and the days themselves.
import {
  HOLIDAY_YEAR_SOURCE_LABELS,
  type HolidayYearDetail,
  type HolidayYearSource,
  type HolidayYearSummary,
} from '../../../shared/api/calendar';
import { SHIPPED_HOLIDAY_YEARS } from '../../../shared/data/holidays-cn';
import type { HolidayDay, HolidayYear } from '../../../shared/domain/periods';
import { weekdayName } from '../../../shared/domain/periods/dates';
import { can, type Principal } from '../../http/principal';
import type { HolidayYearRow } from './calendar.queries';

/** The first year the shipped data covers: the list starts there. */
export const FIRST_LISTED_YEAR = 2015;

export function shippedYear(year: number): HolidayYear | undefined {
  return SHIPPED_HOLIDAY_YEARS.find((y) => y.year === year);
}

interface YearState {
  source: HolidayYearSource;
  notice: string | null;
  papers: string[];
  days: HolidayDay[];
  row: HolidayYearRow | undefined;
}

/** The year as the calendar uses it: the correction if there is one, else the shipped notice. */
export function yearState(year: number, row: HolidayYearRow | undefined): YearState {
  if (row) return { source: 'corrected', notice: row.notice, papers: row.papers, days: row.days, row };
  const shipped = shippedYear(year);
  if (shipped) return { source: 'shipped', notice: null, papers: shipped.papers, days: shipped.days, row };
  return { source: 'missing', notice: null, papers: [], days: [], row };
}

function summaryOf(year: number, state: YearState): HolidayYearSummary {
  return {
    year,
    source: state.source,
    notice: state.notice,
    papers: state.papers,
    dayCount: state.days.length,
    version: state.row?.version ?? 0,
    updatedAt: state.row?.updatedAt.toISOString() ?? null,
    updatedBy: state.row?.updatedByName ?? null,
  };
}

/** Every year from 2015 to next year, and any corrected year outside that range. */
export function presentHolidayYears(rows: HolidayYearRow[], lastYear: number): HolidayYearSummary[] {
  const years = new Set<number>(rows.map((r) => r.year));
  for (let year = FIRST_LISTED_YEAR; year <= lastYear; year++) years.add(year);
  return [...years]
    .sort((a, b) => a - b)
    .map((year) =>
      summaryOf(
        year,
        yearState(
          year,
          rows.find((r) => r.year === year),
        ),
      ),
    );
}

export function presentHolidayYear(
  principal: Principal,
  year: number,
  row: HolidayYearRow | undefined,
): HolidayYearDetail {
  const state = yearState(year, row);
  return {
    ...summaryOf(year, state),
    days: [...state.days]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((d) => ({ date: d.date, name: d.name, isOffDay: d.isOffDay, weekday: weekdayName(d.date) })),
    hasShipped: shippedYear(year) !== undefined,
    abilities: { manage: can(principal, 'calendar.manage') },
  };
}

const dayText = (d: HolidayDay) => `${d.date} ${d.name}${d.isOffDay ? '放假' : '调休上班'}`;

/** The fields an audit row records of a year: where it came from, the notice, and counts. */
export function auditedHolidayYear(state: Pick<YearState, 'source' | 'notice' | 'papers' | 'days'>) {
  return {
    source: HOLIDAY_YEAR_SOURCE_LABELS[state.source],
    notice: state.notice,
    papers: state.papers,
    offDays: state.days.filter((d) => d.isOffDay).length,
    makeUpWorkdays: state.days.filter((d) => !d.isOffDay).length,
  };
}

/** The days a save adds and removes, one line each, for the audit row. */
export function holidayDaysChange(before: HolidayDay[], after: HolidayDay[]) {
  const beforeTexts = new Set(before.map(dayText));
  const afterTexts = new Set(after.map(dayText));
  return {
    added: [...afterTexts].filter((t) => !beforeTexts.has(t)),
    removed: [...beforeTexts].filter((t) => !afterTexts.has(t)),
  };
}
