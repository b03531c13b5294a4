// Checks of one year's holiday arrangement (国务院办公厅 yearly notice) entered by an
// administrator, before it replaces or completes the shipped calendar. Pure: the web runs it
// in the editor, the server before saving.
import type { HolidayDay } from './periods';
import { addDays, isValidDate, isWeekend, weekdayName } from './periods/dates';

/**
 * How far a notice may reach into the neighbouring years. The shipped data's habit: the 2019
 * notice fixes 2018-12-29…31 and the 2023 notice 2022-12-31 (元旦 joined to the weekend).
 */
export const NEIGHBOUR_DAYS = 7;

export interface HolidayDayProblem {
  /** 'days.3.date': the row and the field, as the API names them. */
  field: string;
  message: string;
}

/** The first and last date a notice for `year` may name. */
export function holidayYearBounds(year: number): { first: string; last: string } {
  return {
    first: addDays(`${year}-01-01`, -NEIGHBOUR_DAYS),
    last: addDays(`${year}-12-31`, NEIGHBOUR_DAYS),
  };
}

/** Every problem of the days, each naming its row (第N行) in Chinese. */
export function holidayYearProblems(year: number, days: readonly HolidayDay[]): HolidayDayProblem[] {
  const problems: HolidayDayProblem[] = [];
  const { first, last } = holidayYearBounds(year);
  const seen = new Map<string, number>();
  days.forEach((day, index) => {
    const row = `第${index + 1}行`;
    const at = (key: string) => `days.${index}.${key}`;
    if (day.name.trim() === '')
      problems.push({ field: at('name'), message: `${row}：请填写节日名称，如“春节”` });
    if (!isValidDate(day.date)) {
      problems.push({
        field: at('date'),
        message: `${row}：日期“${day.date}”无效，应为 YYYY-MM-DD 格式的真实日期`,
      });
      return;
    }
    if (day.date < first || day.date > last) {
      problems.push({
        field: at('date'),
        message: `${row}：日期 ${day.date} 不在${year}年内（通知可涉及的日期为 ${first} 至 ${last}）`,
      });
    }
    const earlier = seen.get(day.date);
    if (earlier !== undefined) {
      problems.push({
        field: at('date'),
        message: `${row}：日期 ${day.date} 与第${earlier + 1}行重复，每天只能有一条安排`,
      });
    } else {
      seen.set(day.date, index);
    }
    // A notice only ever moves work onto a weekend (调休上班); a weekday is a working day already.
    if (!day.isOffDay && !isWeekend(day.date)) {
      problems.push({
        field: at('isOffDay'),
        message: `${row}：${day.date}是${weekdayName(day.date)}，本来就是工作日；“调休上班”只能设在周六或周日`,
      });
    }
  });
  return problems;
}

/** The days sorted by date, names trimmed: the form in which a year is stored. */
export function normaliseHolidayDays(days: readonly HolidayDay[]): HolidayDay[] {
  return days
    .map((day) => ({ date: day.date.trim(), name: day.name.trim(), isOffDay: day.isOffDay }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
