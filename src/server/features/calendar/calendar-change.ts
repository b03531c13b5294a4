// Which stored periods a holiday-year save can move. A period from its trigger day to its due
// day relied on a day only if the day lies after the trigger and on or before the due date
// (days after the due date were never looked at). A year saved for the first time also clears
// the "calendar not yet published" warning of every period that overlaps it.
import { type SQL, sql } from 'drizzle-orm';
import type { HolidayDay } from '../../../shared/domain/periods';

export interface CalendarChange {
  year: number;
  /** The year had no notice before: every period overlapping it was computed on ordinary weeks. */
  wasMissing: boolean;
  /** The dates whose arrangement (off or worked, or its name) changed. */
  dates: string[];
}

const dayKey = (d: HolidayDay) => `${d.date}|${d.isOffDay}|${d.name}`;

export function calendarChangeOf(
  year: number,
  wasMissing: boolean,
  before: HolidayDay[],
  after: HolidayDay[],
): CalendarChange {
  const beforeKeys = new Set(before.map(dayKey));
  const afterKeys = new Set(after.map(dayKey));
  const changed = [
    ...before.filter((d) => !afterKeys.has(dayKey(d))),
    ...after.filter((d) => !beforeKeys.has(dayKey(d))),
  ];
  return { year, wasMissing, dates: [...new Set(changed.map((d) => d.date))].sort() };
}

/** Whether the stored period from `trigger` to `due` (date columns) relied on a changed day. */
export function reliesOnChange(trigger: SQL, due: SQL, change: CalendarChange): SQL {
  if (change.wasMissing)
    return sql`(${trigger} <= ${`${change.year}-12-31`} and ${due} >= ${`${change.year}-01-01`})`;
  if (change.dates.length === 0) return sql`false`;
  const days = sql.join(
    change.dates.map((d) => sql`${d}::date`),
    sql`, `,
  );
  return sql`exists (select 1 from unnest(array[${days}]) as changed(day)
    where changed.day > ${trigger} and changed.day <= ${due})`;
}
