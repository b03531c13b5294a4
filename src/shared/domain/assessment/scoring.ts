// Scoring of one agency under a scheme: item points from numerator and
// denominator, capped deductions per occurrence, the total and its grade,
// and the ranking of a region's agencies (ties share a rank).

import { isLowerBetter } from '../indicators/definitions';
import {
  type DeductionKind,
  type Grade,
  type GradeBands,
  round2,
  type SchemeDeduction,
  type SchemeItem,
} from './scheme';

export type ItemStatus = 'full' | 'proportional' | 'zero' | 'no-data-full' | 'no-data-excluded';
export const ITEM_STATUS_LABELS: Record<ItemStatus, string> = {
  full: '达到目标，得满分',
  proportional: '未达目标，按比例得分',
  zero: '未达最低要求，不得分',
  'no-data-full': '无数据，得满分',
  'no-data-excluded': '无数据，不计分（其余项按比例折算）',
};

export interface ItemScore {
  points: number;
  status: ItemStatus;
  /** Whether the item counts toward the total (false when excluded for lack of data). */
  isCounted: boolean;
}

/**
 * Points of one item. Higher-is-better rates: full at or above the target,
 * weight × rate ÷ target below it, 0 below the floor. Lower-is-better rates
 * (败诉率, 纠错率): full at or below the target, falling linearly to 0 at the
 * floor (a ceiling there), 0 above it. Exact fractions, rounded to 0.01 point.
 */
export function scoreItem(item: SchemeItem, numerator: number, denominator: number): ItemScore {
  if (denominator === 0) {
    return item.noData === 'full'
      ? { points: item.weight, status: 'no-data-full', isCounted: true }
      : { points: 0, status: 'no-data-excluded', isCounted: false };
  }
  const rate = (numerator / denominator) * 100;
  if (isLowerBetter(item.indicatorId)) {
    if (rate <= item.target) return { points: item.weight, status: 'full', isCounted: true };
    if (rate >= item.floor) return { points: 0, status: 'zero', isCounted: true };
    const points = round2((item.weight * (item.floor - rate)) / (item.floor - item.target));
    return { points, status: 'proportional', isCounted: true };
  }
  if (rate >= item.target) return { points: item.weight, status: 'full', isCounted: true };
  if (rate < item.floor || item.target === 0) return { points: 0, status: 'zero', isCounted: true };
  return { points: round2((item.weight * rate) / item.target), status: 'proportional', isCounted: true };
}

/**
 * How the items' points add up when some are left out for lack of data
 * (无数据不计分): the counted items' points, scaled by totalWeight ÷ countedWeight;
 * when every item is left out, the item points are the full total weight.
 */
export interface ItemScaling {
  excludedCount: number;
  countedWeight: number;
  totalWeight: number;
  /** The counted items' points before scaling. */
  countedPoints: number;
  /** The item points after scaling (指标得分). */
  scaledPoints: number;
}

interface CountedItem {
  weight: number;
  points: number;
  isCounted: boolean;
}

/** The scaling applied to a unit's items, or null when every item counts as it is. */
export function itemScalingOf(items: readonly CountedItem[]): ItemScaling | null {
  const counted = items.filter((i) => i.isCounted);
  const excludedCount = items.length - counted.length;
  if (excludedCount === 0) return null;
  const totalWeight = round2(items.reduce((s, i) => s + i.weight, 0));
  const countedWeight = round2(counted.reduce((s, i) => s + i.weight, 0));
  const countedPoints = round2(counted.reduce((s, i) => s + i.points, 0));
  const scaledPoints =
    counted.length === 0 || countedWeight === 0
      ? totalWeight
      : round2((counted.reduce((s, i) => s + i.points, 0) * totalWeight) / countedWeight);
  return { excludedCount, countedWeight, totalWeight, countedPoints, scaledPoints };
}

/** Points of the items together; items left out for lack of data scale the others up to the same total weight. */
export function sumItemPoints(items: { weight: number; score: ItemScore }[]): number {
  const flat = items.map((i) => ({ weight: i.weight, points: i.score.points, isCounted: i.score.isCounted }));
  const scaling = itemScalingOf(flat);
  return scaling ? scaling.scaledPoints : round2(flat.reduce((s, i) => s + i.points, 0));
}

/** The scaling in words for the result page: which items were left out and the factor applied. */
export function itemScalingText(scaling: ItemScaling, excludedNames: readonly string[]): string {
  const names = excludedNames.length > 0 ? `（${excludedNames.join('、')}）` : '';
  if (scaling.countedWeight === 0) {
    return `有${scaling.excludedCount}项无数据不计分${names}，其余各项不占分值，指标得分按满分${scaling.totalWeight}分计。`;
  }
  return `有${scaling.excludedCount}项无数据不计分${names}，其余各项得分合计${scaling.countedPoints}分，按 ${scaling.totalWeight}/${scaling.countedWeight} 折算为${scaling.scaledPoints}分。`;
}

export interface DeductionScore {
  kind: DeductionKind;
  count: number;
  points: number;
  isCapped: boolean;
}

export function scoreDeduction(rule: SchemeDeduction, count: number): DeductionScore {
  const raw = round2(rule.pointsEach * count);
  return { kind: rule.kind, count, points: Math.min(raw, rule.cap), isCapped: raw > rule.cap };
}

/** The total before it is clipped at 0: item points less every deduction. */
export function rawTotalOf(itemPoints: number, deductionPoints: number): number {
  return round2(itemPoints - deductionPoints);
}

/** A total is never below 0: deductions beyond the item points are not carried. */
export function totalOf(itemPoints: number, deductions: DeductionScore[]): number {
  const off = deductions.reduce((s, d) => s + d.points, 0);
  return Math.max(0, rawTotalOf(itemPoints, off));
}

/** When the deductions exceed the item points, the total is 0: the rule in words, or null. */
export function totalClippingOf(
  itemPoints: number,
  deductionPoints: number,
): { rawTotal: number; text: string } | null {
  const rawTotal = rawTotalOf(itemPoints, deductionPoints);
  if (rawTotal >= 0) return null;
  return {
    rawTotal,
    text: `指标得分${itemPoints}分，扣分${deductionPoints}分，扣分后低于0分（${rawTotal}分），按0分计。`,
  };
}

export function gradeOf(total: number, bands: GradeBands): Grade {
  if (total >= bands.excellent) return 'excellent';
  if (total >= bands.good) return 'good';
  if (total >= bands.pass) return 'pass';
  return 'poor';
}

/** Standard competition ranking: equal totals share a rank, the next rank skips (1, 1, 3). */
export function rankOf<T extends { total: number }>(rows: readonly T[]): (T & { rank: number })[] {
  return rows.map((row) => ({ ...row, rank: 1 + rows.filter((other) => other.total > row.total).length }));
}

/**
 * 连续两年考核较差 (seed 002): the latest pair of consecutive years, up to
 * `upToYear`, in which the agency was graded 较差 in published annual results.
 */
export function poorTwoYearsOf(poorYears: readonly number[], upToYear: number): [number, number] | null {
  const years = new Set(poorYears);
  const earliest = Math.min(...poorYears);
  for (let year = upToYear; year > earliest; year--) {
    if (years.has(year) && years.has(year - 1)) return [year - 1, year];
  }
  return null;
}
