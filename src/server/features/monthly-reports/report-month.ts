// The months of the 三通报, in China time: a report for month M is drafted from
// the 1st of M, due by the 5th (seed 002: 每月5日前), overdue from the 6th.
import { CHINA_OFFSET_MS, chinaDate } from '../../../shared/domain/china-time';

export const REPORT_DUE_DAY = 5;

/** The first instant of a China month and of the next one. */
export function monthBounds(month: string): { start: Date; end: Date } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const start = new Date(Date.UTC(year, m - 1, 1) - CHINA_OFFSET_MS);
  const end = new Date(Date.UTC(year, m, 1) - CHINA_OFFSET_MS);
  return { start, end };
}

/** First and last China date of a month. */
export function monthDays(month: string): { first: string; last: string } {
  const { end } = monthBounds(month);
  return { first: `${month}-01`, last: chinaDate(new Date(end.getTime() - 1)) };
}

export function previousMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`;
}

export function dueOn(month: string): string {
  return `${month}-0${REPORT_DUE_DAY}`;
}

/** Not sent and the due day has passed (China time). */
export function isReportOverdue(report: { status: string; month: string }, now: Date): boolean {
  return report.status !== 'sent' && chinaDate(now) > dueOn(report.month);
}

/** 2026-11 → 2026年11月 */
export function monthLabel(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}
