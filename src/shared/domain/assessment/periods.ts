// 考核期间: a quarter ('2026-Q3', 季度排名通报, seed 002) or a year ('2026', 年度考核).
export type PeriodKind = 'quarter' | 'year';

export interface AssessmentPeriod {
  period: string;
  kind: PeriodKind;
  year: number;
  from: string;
  to: string;
  label: string;
}

const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'];
const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

export const PERIOD_PATTERN = /^(\d{4})(?:-Q([1-4]))?$/;

export function parsePeriod(period: string): AssessmentPeriod | null {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  if (!match[2]) {
    return { period, kind: 'year', year, from: `${year}-01-01`, to: `${year}-12-31`, label: `${year}年度` };
  }
  const q = Number(match[2]) - 1;
  const month = String(q * 3 + 1).padStart(2, '0');
  return {
    period,
    kind: 'quarter',
    year,
    from: `${year}-${month}-01`,
    to: `${year}-${QUARTER_ENDS[q]}`,
    label: `${year}年${QUARTER_NAMES[q]}`,
  };
}

/**
 * A run's title: the scheme's name and the period, without saying the period
 * twice when the name already holds it (“2025年度考核”, not “2025年度考核（2025年度）”).
 */
export function runTitleOf(schemeName: string, periodLabel: string): string {
  return schemeName.includes(periodLabel) ? schemeName : `${schemeName}（${periodLabel}）`;
}

/** “…考核结果已发布”, without “考核考核” when the title ends in 考核. */
export function publishedTitleOf(schemeName: string, periodLabel: string): string {
  const title = runTitleOf(schemeName, periodLabel);
  return `${title}${title.endsWith('考核') ? '结果' : '考核结果'}已发布`;
}

/** A region publishes one ranking per period: why another scheme's draft of it cannot be published. */
export function publishedElsewhereText(periodLabel: string, schemeName: string): string {
  return `本地区${periodLabel}的考核结果已按方案“${schemeName}”发布，同一期间只能发布一个考核结果`;
}
