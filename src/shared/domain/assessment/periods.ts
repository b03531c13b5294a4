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
