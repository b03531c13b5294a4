// 考核方案 (seeds 002 and 004): a region's scheme scores each agency out of a
// base score — items on the indicators (with weight, target and floor) less
// deductions per occurrence (absent head, late or missing reply, unperformed
// judgment, late report to the legal-affairs office), each capped — and grades the total into 优秀/良好/合格/较差.
import type { IndicatorId } from '../indicators/definitions';

/** 无数据 (nothing due in the period): full points, or left out and the other items scaled up. */
export const NO_DATA_RULES = ['full', 'exclude'] as const;
export type NoDataRule = (typeof NO_DATA_RULES)[number];
export const NO_DATA_LABELS: Record<NoDataRule, string> = {
  full: '无数据得满分',
  exclude: '无数据不计分，其余项按比例折算',
};

export const DEDUCTION_KINDS = [
  'head-absent', // 应出未出：法院要求负责人出庭而负责人未出庭
  'suggestion-unanswered', // 司法建议逾期未答复
  'suggestion-late', // 司法建议逾期答复
  'judgment-unperformed', // 生效裁判未履行
  'report-late', // 应诉情况报告、裁判报备逾期（本地 5 日期限）
] as const;
export type DeductionKind = (typeof DEDUCTION_KINDS)[number];

export const DEDUCTION_LABELS: Record<DeductionKind, { name: string; unit: string; rule: string }> = {
  'head-absent': {
    name: '负责人应出庭未出庭',
    unit: '庭次',
    rule: '统计期间内开庭、法院要求负责人出庭而负责人未出庭的庭次（出庭人员不属于负责人的同样计入），每庭次每被告机关计一次。',
  },
  'suggestion-unanswered': {
    name: '司法建议逾期未答复',
    unit: '件',
    rule: '答复期限在统计期间内届满、截至统计截止日仍未书面答复的司法建议，按主送单位计；统计期间未结束时，只计答复期限已过的。',
  },
  'suggestion-late': {
    name: '司法建议逾期答复',
    unit: '件',
    rule: '统计期间内答复、但答复日期晚于答复期限的司法建议，按主送单位计。',
  },
  'judgment-unperformed': {
    name: '生效裁判未履行',
    unit: '件',
    rule: '统计期间内生效、裁判要求行政机关履行、截至统计截止日未记录履行的案件，共同被告各计一件。',
  },
  'report-late': {
    name: '应诉报告、裁判报备逾期',
    unit: '项',
    rule: '向司法局报告应诉情况（举证期限届满后5日内）、报备裁判文书（收到后5日内）的期限在统计期间内届满，逾期报告或期限已过仍未报告的，按负责报告的机关计，每项期限计一次。',
  },
};

export const GRADES = ['excellent', 'good', 'pass', 'poor'] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_LABELS: Record<Grade, string> = {
  excellent: '优秀',
  good: '良好',
  pass: '合格',
  poor: '较差',
};

export interface SchemeItem {
  indicatorId: IndicatorId;
  /** Points of the item (分值); the weights sum to the base score. */
  weight: number;
  /** Target rate in percent: at or above it full points (at or below it for a lower-is-better rate). */
  target: number;
  /** Below it (above it for a lower-is-better rate) the item scores 0. */
  floor: number;
  noData: NoDataRule;
}

/** An item as stored in a version: with the 统计口径 that applied when the version was saved. */
export interface FrozenSchemeItem extends SchemeItem {
  variantId: string;
  definitionKey: string;
}

export interface SchemeDeduction {
  kind: DeductionKind;
  /** Points off per occurrence. */
  pointsEach: number;
  /** At most this many points off in one period. */
  cap: number;
}

/** Lowest totals of 优秀, 良好 and 合格; below 合格 is 较差. */
export interface GradeBands {
  excellent: number;
  good: number;
  pass: number;
}

export interface SchemeRules<Item extends SchemeItem = SchemeItem> {
  baseScore: number;
  items: Item[];
  deductions: SchemeDeduction[];
  grades: GradeBands;
}

export const round2 = (n: number) => Math.round(n * 100) / 100;
