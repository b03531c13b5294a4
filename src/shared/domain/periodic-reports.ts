// 定期报告 (seed 002): 月分析 (monthly analysis), 季通报 (quarterly notice),
// 半年总结 (half-year summary) and 年度报告 (annual report) of a region's
// 司法局. A period is named by a key — '2026-10', '2026-Q3', '2026-H1', '2026' —
// from which its dates, its label and the same period a year earlier (同比)
// follow. Pure: no I/O.

export const REPORT_KINDS = ['month', 'quarter', 'half-year', 'year'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_KIND_LABELS: Record<ReportKind, string> = {
  month: '月分析',
  quarter: '季通报',
  'half-year': '半年总结',
  year: '年度报告',
};

export const REPORT_STATUSES = ['draft', 'published'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = { draft: '草稿', published: '已发布' };

/** The three sections the coordinator writes before publishing. */
export const NARRATIVE_SECTIONS = ['overview', 'problems', 'suggestions'] as const;
export type NarrativeSection = (typeof NARRATIVE_SECTIONS)[number];
export const NARRATIVE_SECTION_LABELS: Record<NarrativeSection, string> = {
  overview: '总体情况',
  problems: '主要问题及原因分析',
  suggestions: '下一步工作建议',
};

const KEY_PATTERNS: Record<ReportKind, RegExp> = {
  month: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  'half-year': /^(\d{4})-H([12])$/,
  year: /^(\d{4})$/,
};

export const PERIOD_KEY_HINTS: Record<ReportKind, string> = {
  month: 'YYYY-MM，如 2026-10',
  quarter: 'YYYY-Qn，如 2026-Q3',
  'half-year': 'YYYY-Hn，如 2026-H1',
  year: 'YYYY，如 2026',
};

export interface ReportPeriod {
  kind: ReportKind;
  key: string;
  year: number;
  /** First and last day, YYYY-MM-DD, inclusive. */
  from: string;
  to: string;
  /** 2026年10月, 2026年第三季度, 2026年上半年, 2026年. */
  label: string;
  /** The months it spans, YYYY-MM. */
  months: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const QUARTER_NAMES = ['一', '二', '三', '四'];

/** The period a key names, or null when the key does not fit the kind. */
export function parsePeriod(kind: ReportKind, key: string): ReportPeriod | null {
  const match = KEY_PATTERNS[kind].exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2099) return null;
  const n = Number(match[2] ?? 1);
  const [firstMonth, monthCount, label] = {
    month: [n, 1, `${year}年${n}月`],
    quarter: [(n - 1) * 3 + 1, 3, `${year}年第${QUARTER_NAMES[n - 1]}季度`],
    'half-year': [(n - 1) * 6 + 1, 6, `${year}年${n === 1 ? '上' : '下'}半年`],
    year: [1, 12, `${year}年`],
  }[kind] as [number, number, string];
  const lastMonth = firstMonth + monthCount - 1;
  const months = Array.from({ length: monthCount }, (_, i) => `${year}-${pad(firstMonth + i)}`);
  return {
    kind,
    key,
    year,
    from: `${year}-${pad(firstMonth)}-01`,
    to: `${year}-${pad(lastMonth)}-${pad(lastDayOf(year, lastMonth))}`,
    label,
    months,
  };
}

/** The same period one year earlier, for 同比. */
export function samePeriodLastYear(period: ReportPeriod): ReportPeriod {
  const key = period.key.replace(/^\d{4}/, String(period.year - 1));
  return parsePeriod(period.kind, key)!;
}

/** Why a period cannot have a report yet (it has not begun), or null. A running period may be drafted. */
export function periodRefusal(period: ReportPeriod, today: string): string | null {
  return period.from > today ? `${period.label}尚未开始，不能编制报告` : null;
}

/** The day after a date, YYYY-MM-DD. */
function dayAfter(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The first China day on which a report of the period may be published: the day after it ends. */
export const firstPublishableDay = (period: ReportPeriod): string => dayAfter(period.to);

/** Whether the period has ended by `today` (a China date), so its figures are final. */
export const hasPeriodEnded = (period: ReportPeriod, today: string): boolean => period.to < today;

/**
 * Why a report of the period cannot be published (发布) or submitted (上报) yet, or null.
 * A published report is numbered, archived and read-only, and the city adds up what
 * its counties submit: figures of a period still running would be partial for good.
 */
export function periodOpenRefusal(
  period: ReportPeriod,
  today: string,
  action: '发布' | '上报',
): string | null {
  if (hasPeriodEnded(period, today)) return null;
  return `${period.label}尚未结束（截至${period.to}），不能${action}报告；${firstPublishableDay(period)}起可以${action}`;
}

/**
 * 文号 of a region's reports, e.g. 衢柯司〔{year}〕季通报{n}号: the first
 * character of each government from the city down, then 司 (司法局).
 */
export function defaultReportNumberPattern(governmentNames: readonly string[], kind: ReportKind): string {
  const code = `${governmentNames.map((name) => name.slice(0, 1)).join('')}司`;
  return `${code}〔{year}〕${REPORT_KIND_LABELS[kind]}{n}号`;
}

/** The document-series code of a kind, in the issuing office's 文号 series. */
export const reportSeriesCode = (kind: ReportKind) => `periodic-report-${kind}`;

/** The change against last year as users read it: 增加3件 / 减少2件 / 持平. */
export function changeLabel(current: number, previous: number, unit = '件'): string {
  if (current === previous) return '持平';
  return current > previous ? `增加${current - previous}${unit}` : `减少${previous - current}${unit}`;
}

/** The period of a kind that holds a date (YYYY-MM-DD). */
export function periodContaining(kind: ReportKind, date: string): ReportPeriod {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  const key = {
    month: date.slice(0, 7),
    quarter: `${year}-Q${Math.ceil(month / 3)}`,
    'half-year': `${year}-H${month <= 6 ? 1 : 2}`,
    year,
  }[kind];
  return parsePeriod(kind, key)!;
}

/** The period holding `today` and the `count - 1` before it, latest first: the choices for a new report. */
export function recentPeriods(kind: ReportKind, today: string, count: number): ReportPeriod[] {
  const periods = [periodContaining(kind, today)];
  while (periods.length < count) {
    const first = periods.at(-1)!.from;
    const dayBefore = new Date(Date.UTC(Number(first.slice(0, 4)), Number(first.slice(5, 7)) - 1, 0));
    periods.push(periodContaining(kind, dayBefore.toISOString().slice(0, 10)));
  }
  return periods;
}

/**
 * The period a new report of a kind starts on: the latest ended period among `periods`
 * (latest first, as recentPeriods lists them) that has no report yet — a report is
 * usually written once its period is over, and only then can it be published — else
 * the running period if it has none, else none.
 */
export function defaultNewReportPeriod(
  periods: readonly ReportPeriod[],
  today: string,
  hasReport: (periodKey: string) => boolean,
): ReportPeriod | null {
  const free = periods.filter((p) => !hasReport(p.key));
  return free.find((p) => hasPeriodEnded(p, today)) ?? free[0] ?? null;
}
