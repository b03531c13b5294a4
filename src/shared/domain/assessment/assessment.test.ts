import { describe, expect, it } from 'vitest';
import { parsePeriod, publishedTitleOf, runTitleOf } from './periods';
import { itemRuleText } from './rule-text';
import type { SchemeItem, SchemeRules } from './scheme';
import {
  gradeOf,
  itemScalingOf,
  itemScalingText,
  poorTwoYearsOf,
  rankOf,
  scoreDeduction,
  scoreItem,
  sumItemPoints,
  totalClippingOf,
  totalOf,
} from './scoring';
import { itemsProblemOf, validateScheme, weightSumOf } from './validate-scheme';

const item = (overrides: Partial<SchemeItem> = {}): SchemeItem => ({
  indicatorId: 'head-appearance',
  weight: 40,
  target: 80,
  floor: 50,
  noData: 'full',
  ...overrides,
});

describe('scoreItem (higher is better)', () => {
  it.each([
    // numerator, denominator, points, status
    [4, 4, 40, 'full'], // 100% ≥ 80%
    [4, 5, 40, 'full'], // exactly the target
    [3, 5, 30, 'proportional'], // 60% ÷ 80% × 40
    [2, 3, 33.33, 'proportional'], // 66.67% ÷ 80% × 40 = 33.333…
    [1, 2, 25, 'proportional'], // exactly the floor still scores
    [2, 5, 0, 'zero'], // 40% < 50% floor
    [0, 3, 0, 'zero'],
  ])('%i ÷ %i → %f points (%s)', (n, d, points, status) => {
    const score = scoreItem(item(), n, d);
    expect([score.points, score.status]).toEqual([points, status]);
  });

  it('gives full points or excludes the item when nothing was due', () => {
    expect(scoreItem(item({ noData: 'full' }), 0, 0)).toEqual({
      points: 40,
      status: 'no-data-full',
      isCounted: true,
    });
    expect(scoreItem(item({ noData: 'exclude' }), 0, 0)).toEqual({
      points: 0,
      status: 'no-data-excluded',
      isCounted: false,
    });
  });
});

describe('scoreItem (lower is better: 败诉率)', () => {
  const loss = item({ indicatorId: 'loss', weight: 20, target: 10, floor: 50 });
  it.each([
    [0, 4, 20, 'full'],
    [1, 10, 20, 'full'], // 10% = the ceiling target
    [1, 4, 12.5, 'proportional'], // 25%: 20 × (50 − 25) ÷ (50 − 10)
    [1, 2, 0, 'zero'], // 50% reaches the limit
    [3, 4, 0, 'zero'],
  ])('%i ÷ %i → %f points (%s)', (n, d, points, status) => {
    const score = scoreItem(loss, n, d);
    expect([score.points, score.status]).toEqual([points, status]);
  });
});

describe('sumItemPoints', () => {
  it('adds the items when all count', () => {
    const a = { weight: 60, score: scoreItem(item({ weight: 60 }), 3, 5) }; // 45
    const b = { weight: 40, score: scoreItem(item(), 0, 0) }; // 40, no data → full
    expect(sumItemPoints([a, b])).toBe(85);
  });
  it('scales the others up when an item is excluded for lack of data', () => {
    const a = { weight: 60, score: scoreItem(item({ weight: 60 }), 3, 5) }; // 45 of 60
    const b = { weight: 40, score: scoreItem(item({ noData: 'exclude' }), 0, 0) };
    expect(sumItemPoints([a, b])).toBe(75); // 45 × 100 ÷ 60
  });
  it('gives the whole weight when every item lacks data', () => {
    const b = { weight: 40, score: scoreItem(item({ noData: 'exclude' }), 0, 0) };
    expect(sumItemPoints([b])).toBe(40);
  });
});

describe('itemScalingOf: the 无数据不计分 scaling, in numbers and words', () => {
  const counted = (weight: number, points: number) => ({ weight, points, isCounted: true });
  const excluded = (weight: number) => ({ weight, points: 0, isCounted: false });
  it('is null when every item counts', () => {
    expect(itemScalingOf([counted(60, 45), counted(40, 40)])).toBeNull();
  });
  it('gives the factor and the scaled points that sumItemPoints adds up to', () => {
    const items = [counted(30, 30), excluded(15), counted(55, 0)];
    const scaling = itemScalingOf(items)!;
    expect(scaling).toEqual({
      excludedCount: 1,
      countedWeight: 85,
      totalWeight: 100,
      countedPoints: 30,
      scaledPoints: 35.29,
    });
    const asScores = items.map((i) => ({
      weight: i.weight,
      score: { points: i.points, isCounted: i.isCounted, status: 'full' as const },
    }));
    expect(sumItemPoints(asScores)).toBe(scaling.scaledPoints);
    expect(itemScalingText(scaling, ['司法建议反馈率'])).toBe(
      '有1项无数据不计分（司法建议反馈率），其余各项得分合计30分，按 100/85 折算为35.29分。',
    );
  });
  it('says the whole weight is given when nothing counts', () => {
    const scaling = itemScalingOf([excluded(60), excluded(40)])!;
    expect(scaling.scaledPoints).toBe(100);
    expect(itemScalingText(scaling, ['出庭应诉率', '败诉率'])).toBe(
      '有2项无数据不计分（出庭应诉率、败诉率），其余各项不占分值，指标得分按满分100分计。',
    );
  });
});

describe('deductions, total, grade', () => {
  it('takes points per occurrence up to the cap', () => {
    const rule = { kind: 'head-absent' as const, pointsEach: 2, cap: 5 };
    expect(scoreDeduction(rule, 0)).toEqual({ kind: 'head-absent', count: 0, points: 0, isCapped: false });
    expect(scoreDeduction(rule, 2)).toEqual({ kind: 'head-absent', count: 2, points: 4, isCapped: false });
    expect(scoreDeduction(rule, 3)).toEqual({ kind: 'head-absent', count: 3, points: 5, isCapped: true });
  });
  it('never goes below zero', () => {
    expect(totalOf(10, [scoreDeduction({ kind: 'suggestion-late', pointsEach: 4, cap: 20 }, 4)])).toBe(0);
    expect(totalOf(90.5, [scoreDeduction({ kind: 'suggestion-late', pointsEach: 1.5, cap: 20 }, 3)])).toBe(
      86,
    );
  });
  it('explains a total clipped at zero, and only then', () => {
    expect(totalClippingOf(0, 5)).toEqual({
      rawTotal: -5,
      text: '指标得分0分，扣分5分，扣分后低于0分（-5分），按0分计。',
    });
    expect(totalClippingOf(5, 5)).toBeNull();
    expect(totalClippingOf(35.29, 8)).toBeNull();
  });
  it.each([
    [100, 'excellent'],
    [90, 'excellent'],
    [89.99, 'good'],
    [75, 'good'],
    [60, 'pass'],
    [59.99, 'poor'],
    [0, 'poor'],
  ])('%f → %s', (total, grade) => {
    expect(gradeOf(total, { excellent: 90, good: 75, pass: 60 })).toBe(grade);
  });
});

describe('rankOf', () => {
  it('lets ties share a rank and skips the next', () => {
    const ranked = rankOf([
      { id: 'a', total: 80 },
      { id: 'b', total: 95 },
      { id: 'c', total: 80 },
      { id: 'd', total: 60 },
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['a', 2],
      ['b', 1],
      ['c', 2],
      ['d', 4],
    ]);
  });
});

describe('poorTwoYearsOf', () => {
  it('finds two consecutive poor years up to a year', () => {
    expect(poorTwoYearsOf([2025, 2026], 2026)).toEqual([2025, 2026]);
    expect(poorTwoYearsOf([2024, 2026], 2026)).toBeNull();
    expect(poorTwoYearsOf([2025, 2026], 2025)).toBeNull();
    expect(poorTwoYearsOf([2023, 2024, 2026], 2026)).toEqual([2023, 2024]);
    expect(poorTwoYearsOf([], 2026)).toBeNull();
  });
});

describe('parsePeriod', () => {
  it('reads quarters and years', () => {
    expect(parsePeriod('2026-Q3')).toEqual({
      period: '2026-Q3',
      kind: 'quarter',
      year: 2026,
      from: '2026-07-01',
      to: '2026-09-30',
      label: '2026年第三季度',
    });
    expect(parsePeriod('2025')?.to).toBe('2025-12-31');
    expect(parsePeriod('2026-Q5')).toBeNull();
    expect(parsePeriod('26')).toBeNull();
  });
});

describe('runTitleOf and publishedTitleOf', () => {
  it.each([
    ['2025年度考核', '2025年度', '2025年度考核', '2025年度考核结果已发布'],
    [
      '市级考核方案',
      '2026年第三季度',
      '市级考核方案（2026年第三季度）',
      '市级考核方案（2026年第三季度）考核结果已发布',
    ],
    [
      '2026年度行政应诉考核',
      '2026年第三季度',
      '2026年度行政应诉考核（2026年第三季度）',
      '2026年度行政应诉考核（2026年第三季度）考核结果已发布',
    ],
    ['2026年度行政应诉考核', '2026年度', '2026年度行政应诉考核', '2026年度行政应诉考核结果已发布'],
  ])('%s · %s', (name, label, title, published) => {
    expect(runTitleOf(name, label)).toBe(title);
    expect(publishedTitleOf(name, label)).toBe(published);
  });
});

describe('validateScheme', () => {
  const rules = (overrides: Partial<SchemeRules> = {}): SchemeRules => ({
    baseScore: 100,
    items: [item({ weight: 60 }), item({ indicatorId: 'loss', weight: 40, target: 10, floor: 50 })],
    deductions: [{ kind: 'head-absent', pointsEach: 2, cap: 10 }],
    grades: { excellent: 90, good: 75, pass: 60 },
    ...overrides,
  });
  it('accepts a sound scheme', () => {
    expect(validateScheme(rules())).toEqual([]);
  });
  it('names each field that is wrong', () => {
    const problems = validateScheme(
      rules({
        items: [
          item({ weight: 50, floor: 90 }),
          item({ weight: 30 }),
          item({ indicatorId: 'loss', weight: 10, target: 30, floor: 20 }),
        ],
        deductions: [{ kind: 'head-absent', pointsEach: 3, cap: 2 }],
        grades: { excellent: 80, good: 85, pass: 60 },
      }),
    );
    expect(problems).toEqual([
      { field: 'items.0.floor', message: '“出庭应诉率”不得分的界限（90%）不能高于目标值（80%）' },
      { field: 'items.1.indicatorId', message: '指标“出庭应诉率”重复设置，每个指标只能设置一项' },
      { field: 'items.2.floor', message: '“败诉率”越低越好：不得分的界限（20%）应高于目标值（30%）' },
      { field: 'items', message: '各指标项分值之和（90分）应等于基础分（100分）' },
      { field: 'deductions.0.cap', message: '“负责人应出庭未出庭”扣分上限不能低于每次扣分（3分）' },
      { field: 'grades.good', message: '良好的分数线（85分）应低于优秀的分数线（80分）' },
    ]);
  });
  it('requires at least one item', () => {
    expect(validateScheme(rules({ items: [] }))).toEqual([
      { field: 'items', message: '请至少设置一个考核指标项' },
    ]);
  });
});

describe('itemsProblemOf: the items as a whole, shared by the server and the form', () => {
  it('adds the points as the form shows them, an emptied field as 0', () => {
    expect(weightSumOf([{ weight: 50 }, { weight: 30.5 }, { weight: 30 }])).toBe(110.5);
    expect(weightSumOf([{ weight: 0.1 }, { weight: 0.2 }])).toBe(0.3);
    expect(weightSumOf([{ weight: 60 }, { weight: null }, { weight: undefined }])).toBe(60);
  });
  it('says what is wrong, or null when the points add up to the base score', () => {
    expect(itemsProblemOf([{ weight: 60 }, { weight: 40 }], 100)).toBeNull();
    expect(itemsProblemOf([{ weight: 50 }, { weight: 30 }, { weight: 30 }], 100)).toBe(
      '各指标项分值之和（110分）应等于基础分（100分）',
    );
    expect(itemsProblemOf([], 100)).toBe('请至少设置一个考核指标项');
  });
});

describe('itemRuleText', () => {
  it.each([
    [
      item({ weight: 60, target: 100, floor: 50 }),
      '达到100%及以上得满分60分；低于目标值的，按“实际比率÷目标值×分值”计分；低于50%不得分。',
    ],
    // A floor of 0%: no rate is below it, so no sentence says "低于0%不得分".
    [
      item({ indicatorId: 'suggestion-reply', weight: 40, target: 100, floor: 0 }),
      '达到100%及以上得满分40分；低于目标值的，按“实际比率÷目标值×分值”计分。',
    ],
    [
      item({ indicatorId: 'loss', weight: 20, target: 10, floor: 50 }),
      '不高于10%得满分20分；高于10%的，按比率在10%至50%之间线性递减计分；达到或高于50%不得分。',
    ],
  ])('%o', (rule, text) => {
    expect(itemRuleText(rule)).toBe(text);
  });
});
