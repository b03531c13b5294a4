import { describe, expect, it } from 'vitest';
import { JUDGMENT_RESULTS } from '../cases/vocabulary';
import {
  applicableVariant,
  definitionKeyLabel,
  definitionKeyOf,
  parseDefinitionKey,
  rateChangeOf,
  rateLabelOf,
  rateOf,
  requireIndicator,
} from './compute';
import { CORRECTION_RESULTS, INDICATOR_IDS, INDICATORS, LOSS_RULES, MERITS_RESULTS } from './definitions';

describe('indicator definitions', () => {
  it('defines every indicator once, each with its default among its variants', () => {
    expect(INDICATORS.map((i) => i.id)).toEqual([...INDICATOR_IDS]);
    for (const indicator of INDICATORS) {
      expect(indicator.variants.map((v) => v.id)).toContain(indicator.defaultVariant);
      expect(new Set(indicator.variants.map((v) => v.id)).size).toBe(indicator.variants.length);
      for (const variant of indicator.variants) {
        // Shown to users: Chinese, never empty.
        expect(variant.numerator).toMatch(/[\u4e00-\u9fa5]/);
        expect(variant.denominator).toMatch(/[\u4e00-\u9fa5]/);
        expect(variant.version).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('has a loss rule for every 败诉率 variant, naming only known results', () => {
    const loss = requireIndicator('loss');
    expect(Object.keys(LOSS_RULES).sort()).toEqual(loss.variants.map((v) => v.id).sort());
    for (const rule of Object.values(LOSS_RULES)) {
      for (const result of [...rule.excludedResults, ...rule.alwaysLost, ...rule.neverLost]) {
        expect(JUDGMENT_RESULTS).toContain(result);
      }
    }
  });

  it('counts corrections only among merits results, and never a procedural end', () => {
    for (const result of CORRECTION_RESULTS) expect(MERITS_RESULTS).toContain(result);
    expect(MERITS_RESULTS).not.toContain('withdrawal-allowed');
    expect(MERITS_RESULTS).not.toContain('dismiss-suit');
    expect(CORRECTION_RESULTS).not.toContain('dismiss-claims');
  });
});

describe('rateChangeOf', () => {
  it.each([
    // 16.7% − 33.3% shown, but the exact change is −16.67 points.
    [1, 6, 1, 3, -16.7],
    [3, 5, 1, 2, 10],
    [2, 3, 2, 3, 0],
    [1, 3, 0, 0, null],
    [0, 0, 1, 3, null],
  ])('%i/%i against %i/%i → %s points', (n, d, pn, pd, change) => {
    expect(rateChangeOf({ numerator: n, denominator: d }, { numerator: pn, denominator: pd })).toBe(change);
  });
});

describe('rateOf', () => {
  it.each([
    [2, 3, 66.7, '66.7%'],
    [1, 1, 100, '100.0%'],
    [0, 4, 0, '0.0%'],
    [1, 8, 12.5, '12.5%'],
    [0, 0, null, '无数据'],
  ])('%i ÷ %i → %s', (numerator, denominator, rate, label) => {
    expect(rateOf(numerator, denominator)).toBe(rate);
    expect(rateLabelOf(rateOf(numerator, denominator))).toBe(label);
  });
});

describe('applicableVariant', () => {
  const loss = requireIndicator('loss');
  const choices = [
    { regionPath: '/city/', indicatorId: 'loss', variantId: 'narrow' },
    { regionPath: '/city/kecheng/', indicatorId: 'loss', variantId: 'merits' },
    { regionPath: '/city/qujiang/', indicatorId: 'loss', variantId: 'withdrawn-variant' },
    { regionPath: '/city/longyou/', indicatorId: 'head-appearance', variantId: 'per-hearing' },
  ];
  it.each([
    ['/city/kecheng/ziran/', 'merits', '/city/kecheng/'],
    ['/city/kecheng/', 'merits', '/city/kecheng/'],
    ['/city/', 'narrow', '/city/'],
    // An unknown variant falls back to the next region up.
    ['/city/qujiang/ziran/', 'narrow', '/city/'],
    ['/city/longyou/', 'narrow', '/city/'],
    ['/other/', 'all', null],
  ])('for %s: %s', (scopePath, variantId, regionPath) => {
    const resolved = applicableVariant(loss, choices, scopePath);
    expect(resolved.variant.id).toBe(variantId);
    expect(resolved.regionPath).toBe(regionPath);
  });

  it('names the version it applies', () => {
    const { variant } = applicableVariant(loss, [], '/x/');
    expect(definitionKeyOf('loss', variant)).toBe('loss/all@1');
  });
});

describe('definitionKeyLabel', () => {
  it('names a key’s variant and version in Chinese, never the key itself', () => {
    expect(definitionKeyLabel('loss/merits@1')).toBe('实体裁判口径（第1版）');
    expect(definitionKeyLabel('head-appearance/per-hearing@2')).toBe('按庭次计（第2版）');
    expect(definitionKeyLabel('loss/retired@3')).toBe('已停用的口径（第3版）');
    expect(definitionKeyLabel('garbage')).toBe('口径未知');
  });
  it('parses a key into its indicator, variant and version', () => {
    expect(parseDefinitionKey('head-appearance/per-hearing@2')).toEqual({
      indicatorId: 'head-appearance',
      variantId: 'per-hearing',
      version: 2,
    });
    expect(parseDefinitionKey('loss/all')).toBeNull();
  });
});
