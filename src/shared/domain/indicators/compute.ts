// Pure helpers of the indicators: the rate shown to users, and which variant
// (统计口径) applies to a caller given the choices stored by regions.
import { findIndicator, findVariant, type IndicatorDefinition, type IndicatorVariant } from './definitions';

/** A rate in percent rounded to one decimal; null when nothing was due (no denominator). */
export function rateOf(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.round((numerator / denominator) * 1000) / 10;
}

/**
 * The change of a rate in percentage points, one decimal, from the exact rates rather than
 * the rounded ones shown (1/6 against 1/3 is −16.7, not 16.7 − 33.3 = −16.6); null when
 * either period has no denominator.
 */
export function rateChangeOf(
  current: { numerator: number; denominator: number },
  previous: { numerator: number; denominator: number },
): number | null {
  if (current.denominator === 0 || previous.denominator === 0) return null;
  const points = (current.numerator / current.denominator - previous.numerator / previous.denominator) * 100;
  return Math.round(points * 10) / 10;
}

/** The rate as users read it: '66.7%', or '无数据' when the denominator is zero. */
export function rateLabelOf(rate: number | null): string {
  return rate === null ? '无数据' : `${rate.toFixed(1)}%`;
}

export interface VariantChoice {
  regionPath: string;
  indicatorId: string;
  variantId: string;
}

/**
 * The variant that applies to a caller whose records lie under scopePath: the
 * choice of the nearest region that holds that path (a county's choice over
 * the city's), else the indicator's default. A choice naming a variant that no
 * longer exists is ignored.
 */
export function applicableVariant(
  indicator: IndicatorDefinition,
  choices: readonly VariantChoice[],
  scopePath: string,
): { variant: IndicatorVariant; regionPath: string | null } {
  const candidates = choices
    .filter((c) => c.indicatorId === indicator.id && scopePath.startsWith(c.regionPath))
    .sort((a, b) => b.regionPath.length - a.regionPath.length);
  for (const choice of candidates) {
    const variant = findVariant(indicator, choice.variantId);
    if (variant) return { variant, regionPath: choice.regionPath };
  }
  const fallback = findVariant(indicator, indicator.defaultVariant);
  if (!fallback) throw new Error(`indicator ${indicator.id} has no default variant`);
  return { variant: fallback, regionPath: null };
}

/** The definition's identity as results cite it, e.g. 'loss/merits@1'. */
export function definitionKeyOf(indicatorId: string, variant: IndicatorVariant): string {
  return `${indicatorId}/${variant.id}@${variant.version}`;
}

/**
 * A definition key as people read it: 'loss/merits@1' → '实体裁判口径（第1版）'. A key of a
 * variant no longer defined still names its version; the key itself is for machines only.
 */
export function definitionKeyLabel(key: string): string {
  const parts = parseDefinitionKey(key);
  if (!parts) return '口径未知';
  const indicator = findIndicator(parts.indicatorId);
  const variant = indicator && findVariant(indicator, parts.variantId);
  return `${variant ? variant.name : '已停用的口径'}（第${parts.version}版）`;
}

/** The parts of a definition key (definitionKeyOf): 'loss/merits@1' → loss, merits, 1; null if it is none. */
export function parseDefinitionKey(
  key: string,
): { indicatorId: string; variantId: string; version: number } | null {
  const match = /^([^/]+)\/([^@]+)@(\d+)$/.exec(key);
  return match ? { indicatorId: match[1]!, variantId: match[2]!, version: Number(match[3]) } : null;
}

export function requireIndicator(id: string): IndicatorDefinition {
  const indicator = findIndicator(id);
  if (!indicator) throw new Error(`unknown indicator ${id}`);
  return indicator;
}
