import { describe, expect, it } from 'vitest';
import type { ReportData } from '../../../shared/api/periodic-reports';
import { rateLabelOf, rateOf } from '../../../shared/domain/indicators/compute';
import { draftNarrative, redraftNarrative, reviewWarningOf } from './narrative-text';

function dataWith(received: number, headAppearance: [number, number]): ReportData {
  const [numerator, denominator] = headAppearance;
  const rate = rateOf(numerator, denominator);
  const head = { indicatorId: 'head-appearance', numerator, denominator, rate, rateLabel: rateLabelOf(rate) };
  return {
    regionId: '00000000-0000-4000-8000-000000000001',
    regionName: '柯城区人民政府',
    periodLabel: '2026年10月',
    from: '2026-10-01',
    to: '2026-10-31',
    computedAt: '2026-11-02T01:00:00.000Z',
    indicators: [{ ...head, name: '出庭应诉率', definitionKey: 'k', variantName: 'v', definition: 'a ÷ b' }],
    agencies: [{ agencyId: 'a', agencyName: '柯城区自然资源和规划局', values: [head] }],
    cases: { received, receivedLastYear: 1, judged: 0, lost: 0 },
    byCause: [],
    byDomain: [],
    byLossReason: [],
    suggestions: { received: 0, answered: 0 },
    subregions: [],
    trend: [],
  };
}

describe('redraftNarrative (刷新数据)', () => {
  const before = dataWith(2, [1, 1]);
  const after = dataWith(3, [1, 2]);

  it('writes untouched sections again from the new figures', () => {
    const result = redraftNarrative(draftNarrative(before), before, after);
    expect(result.narrative).toEqual(draftNarrative(after));
    expect(result).toMatchObject({
      figuresChanged: true,
      redrafted: ['overview', 'problems', 'suggestions'],
    });
    expect(result.needsReview).toEqual([]);
    expect(result.narrative.overview).toContain('共收到行政诉讼案件3件');
  });

  it('keeps an edited section and names it for review when the figures changed', () => {
    const edited = { ...draftNarrative(before), overview: '本月收案2件，全部出庭。' };
    const result = redraftNarrative(edited, before, after);
    expect(result.narrative.overview).toBe('本月收案2件，全部出庭。');
    expect(result.needsReview).toEqual(['overview']);
    expect(result.redrafted).toEqual(['problems', 'suggestions']);
    expect(reviewWarningOf(result.needsReview)).toContain('“总体情况”经您修改过');
  });

  it('sees no change in a snapshot read back with other key order and a later computing time', () => {
    const reread = JSON.parse(
      JSON.stringify({ ...before, cases: { lost: 0, judged: 0, receivedLastYear: 1, received: 2 } }),
    );
    const edited = { ...draftNarrative(before), problems: '自行撰写。' };
    const result = redraftNarrative(edited, reread, { ...before, computedAt: '2026-11-03T00:00:00.000Z' });
    expect(result).toEqual({ narrative: edited, figuresChanged: false, redrafted: [], needsReview: [] });
    expect(reviewWarningOf([])).toBeNull();
  });
});
