// The periods of the dashboard: the previous period a value is compared with,
// and the calendar months of the trend. Dates are China calendar dates
// (YYYY-MM-DD) handled as UTC days, so no time zone shifts them.

const DAY_MS = 86_400_000;
/** The trend shows at most this many months: the last ones of a longer period. */
export const TREND_MONTH_CAP = 24;

const toDay = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (date: string, days: number) => fromDay(toDay(date) + days * DAY_MS);

/** The same day `months` months later (or earlier), or that month's last day when it has no such day. */
function addMonths(date: string, months: number): string {
  const m = monthIndex(date) + months;
  const year = Math.floor(m / 12);
  const month = (m % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8, 10)), lastDay);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
const isMonthEnd = (date: string) => addDays(date, 1).endsWith('-01');

/**
 * The period a value is compared with:
 * - whole calendar months (a month, a quarter, a year) compare with as many months just
 *   before (上月, 上季度, 上年);
 * - a month, quarter or year to date (本月, 本季度, 本年 up to today) compares with the same
 *   stretch of the month, quarter or year before (10-01…10-23 for 11-01…11-23, last year's
 *   01-01…11-23 for this year's), not with as many days just before;
 * - any other range with the same number of days just before it.
 */
export function previousPeriodOf(period: { from: string; to: string }): { from: string; to: string } {
  if (period.from.endsWith('-01') && isMonthEnd(period.to)) {
    const months = monthIndex(period.to) - monthIndex(period.from) + 1;
    return { from: addMonths(period.from, -months), to: addDays(period.from, -1) };
  }
  const unit = toDateUnitOf(period);
  if (unit) return { from: addMonths(period.from, -unit), to: addMonths(period.to, -unit) };
  const days = Math.round((toDay(period.to) - toDay(period.from)) / DAY_MS) + 1;
  return { from: addDays(period.from, -days), to: addDays(period.from, -1) };
}

/** 1, 3 or 12 when the period is the start of a month, quarter or year up to a day inside it. */
function toDateUnitOf(period: { from: string; to: string }): number | null {
  if (!period.from.endsWith('-01')) return null;
  const startMonth = monthIndex(period.from);
  const span = monthIndex(period.to) - startMonth;
  if (span === 0) return 1;
  if (startMonth % 3 === 0 && span < 3) return 3;
  if (startMonth % 12 === 0 && span < 12) return 12;
  return null;
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
