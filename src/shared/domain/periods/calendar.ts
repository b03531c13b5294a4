// The official working-day calendar (国务院办公厅 yearly holiday notice): which days are off and
// which weekend days are make-up working days (调休上班). Days no notice mentions follow the
// ordinary week. A year without a published notice is ordinary weeks only, and callers must
// say so to the user (domain.md §3) — `hasYear` tells them.
import { addDays, isWeekend, parseDate, weekdayName, yearOf } from './dates';

/** One entry of a yearly notice: a day off, or (isOffDay false) a weekend day worked instead. */
export interface HolidayDay {
  date: string;
  name: string;
  isOffDay: boolean;
}

/** One year's notice, in the shape of the shipped holidays-cn files. */
export interface HolidayYear {
  year: number;
  /** Addresses of the notice(s) the days come from. */
  papers: string[];
  days: HolidayDay[];
}

export type DayKind = 'holiday' | 'make-up-workday' | 'weekend' | 'weekday';

export interface DayInfo {
  date: string;
  kind: DayKind;
  isWorkingDay: boolean;
  /** The holiday a notice ties the day to ('国庆节'), null for an ordinary day. */
  holidayName: string | null;
  /** Why the day is off or on, in Chinese: '国庆节假日', '周六', '调休上班日（国庆节）', '周三'. */
  description: string;
  /** Whether the notice for the date's own year is known; if not, the day is only a guess. */
  isCovered: boolean;
}

export interface Calendar {
  isWorkingDay(date: string): boolean;
  describe(date: string): string;
  dayInfo(date: string): DayInfo;
  /** Whether the notice for this calendar year is known. */
  hasYear(year: number): boolean;
  /** Years with a known notice, ascending. */
  readonly years: readonly number[];
}

/**
 * Builds a calendar from yearly notices. A later entry for the same year replaces the earlier
 * one, so an administrator's correction passed after the shipped files overrides them.
 */
export function buildCalendar(years: readonly HolidayYear[]): Calendar {
  const byYear = new Map<number, HolidayYear>();
  for (const holidayYear of years) {
    if (!Number.isInteger(holidayYear.year)) throw new Error(`节假日安排的年份“${holidayYear.year}”无效`);
    byYear.set(holidayYear.year, holidayYear);
  }
  const knownYears = [...byYear.keys()].sort((a, b) => a - b);

  // Days are indexed by their own date: a notice can reach into the neighbouring calendar year
  // (the 2019 notice fixes 2018-12-29…31). Where two notices name the same date, the later
  // year's notice wins, being the more recent decision.
  const days = new Map<string, HolidayDay>();
  for (const year of knownYears) {
    for (const day of byYear.get(year)!.days) {
      parseDate(day.date);
      days.set(day.date, day);
    }
  }

  const dayInfo = (date: string): DayInfo => {
    const isCovered = byYear.has(yearOf(date));
    const listed = days.get(date);
    if (listed?.isOffDay) {
      return {
        date,
        kind: 'holiday',
        isWorkingDay: false,
        holidayName: listed.name,
        description: `${listed.name}假日`,
        isCovered,
      };
    }
    if (listed) {
      return {
        date,
        kind: 'make-up-workday',
        isWorkingDay: true,
        holidayName: listed.name,
        description: `调休上班日（${listed.name}）`,
        isCovered,
      };
    }
    const weekend = isWeekend(date);
    return {
      date,
      kind: weekend ? 'weekend' : 'weekday',
      isWorkingDay: !weekend,
      holidayName: null,
      description: weekdayName(date),
      isCovered,
    };
  };

  return {
    isWorkingDay: (date) => dayInfo(date).isWorkingDay,
    describe: (date) => dayInfo(date).description,
    dayInfo,
    hasYear: (year) => byYear.has(year),
    years: knownYears,
  };
}

/** The date itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(calendar: Calendar, date: string): string {
  let current = date;
  // A run of days off is at most a few weeks; the bound guards against a corrupt calendar.
  for (let guard = 0; guard < 366; guard++) {
    if (calendar.isWorkingDay(current)) return current;
    current = addDays(current, 1);
  }
  throw new Error(`${date}之后一年内没有工作日，节假日数据有误`);
}

/**
 * The `count`-th working day after `date` (the date itself is not counted), e.g. "within
 * 3 working days of receipt". Make-up working days count; holidays and rest days do not.
 */
export function addWorkingDays(calendar: Calendar, date: string, count: number): string {
  if (!Number.isInteger(count) || count < 1) throw new Error(`工作日数应为正整数，当前为${count}`);
  let current = date;
  let counted = 0;
  for (let walked = 0; counted < count; walked++) {
    if (walked > count * 7 + 366) throw new Error(`${date}之后找不到${count}个工作日，节假日数据有误`);
    current = addDays(current, 1);
    if (calendar.isWorkingDay(current)) counted++;
  }
  return current;
}
