// Plain calendar-date arithmetic on 'YYYY-MM-DD' strings. Every computation goes
// through Date.UTC so that no time zone (the server's or the browser's) can shift a day.

const DATE_PATTERN = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
const WEEKDAY_NAMES = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

interface DateParts {
  year: number;
  month: number; // 1–12
  day: number;
}

/** Splits a 'YYYY-MM-DD' string, refusing anything that is not a real calendar date. */
export function parseDate(date: string): DateParts {
  const match = DATE_PATTERN.exec(date);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return { year, month, day };
  }
  throw new Error(`日期“${date}”无效，应为YYYY-MM-DD格式的真实日期`);
}

export function isValidDate(date: string): boolean {
  try {
    parseDate(date);
    return true;
  } catch {
    return false;
  }
}

function toUtcMs(date: string): number {
  const { year, month, day } = parseDate(date);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * MS_PER_DAY);
}

/**
 * The corresponding day `months` months later, or that month's last day when it has no
 * corresponding day (Civil Code Art. 202: 没有对应日的，月末日为期间的最后一日).
 */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseDate(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return fromUtcMs(Date.UTC(targetYear, targetMonth - 1, targetDay));
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

export function weekdayName(date: string): string {
  return WEEKDAY_NAMES[dayOfWeek(date)]!;
}

export function yearOf(date: string): number {
  return parseDate(date).year;
}

/** '2025-10-09' → '2025年10月9日', the form a clerk reads in a sentence. */
export function formatChineseDate(date: string): string {
  const { year, month, day } = parseDate(date);
  return `${year}年${month}月${day}日`;
}
