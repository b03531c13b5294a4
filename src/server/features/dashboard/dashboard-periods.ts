// The periods of the dashboard: the previous period a value is compared with,
// and the calendar months of the trend. Dates are China calendar dates
// (YYYY-MM-DD) handled as UTC days, so no time zone shifts them.

const DAY_MS = 86_400_000;
/** The trend shows at most this many months: the last ones of a longer period. */
export const TREND_MONTH_CAP = 24;

const toDay = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (date: string, days: number) => fromDay(toDay(date) + days * DAY_MS);

function addMonths(date: string, months: number): string {
  const d = new Date(toDay(date));
  d.setUTCMonth(d.getUTCMonth() + months);
  return fromDay(d.getTime());
}

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
const isMonthEnd = (date: string) => addDays(date, 1).endsWith('-01');

/**
 * The period a value is compared with: whole calendar months (a month, a
 * quarter, a year) compare with as many months just before (上月, 上季度, 上年);
 * any other range with the same number of days just before it.
 */
export function previousPeriodOf(period: { from: string; to: string }): { from: string; to: string } {
  if (period.from.endsWith('-01') && isMonthEnd(period.to)) {
    const months = monthIndex(period.to) - monthIndex(period.from) + 1;
    return { from: addMonths(period.from, -months), to: addDays(period.from, -1) };
  }
  const days = Math.round((toDay(period.to) - toDay(period.from)) / DAY_MS) + 1;
  return { from: addDays(period.from, -days), to: addDays(period.from, -1) };
}

/** The calendar months (YYYY-MM) the period touches, the last TREND_MONTH_CAP of them. */
export function trendMonthsOf(period: { from: string; to: string }): string[] {
  const first = Math.max(monthIndex(period.from), monthIndex(period.to) - TREND_MONTH_CAP + 1);
  const months: string[] = [];
  for (let m = first; m <= monthIndex(period.to); m += 1) {
    months.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}
