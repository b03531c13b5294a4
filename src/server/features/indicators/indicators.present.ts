// How definitions, values and records are shown: every label in Chinese.
import type { IndicatorDefinitionView } from '../../../shared/api/indicators';
import { definitionKeyOf, rateLabelOf, rateOf } from '../../../shared/domain/indicators/compute';
import type { IndicatorDefinition, IndicatorVariant } from '../../../shared/domain/indicators/definitions';

const UNIT_LABELS = { 'case-defendant': '案件', appearance: '庭次', suggestion: '件' } as const;

export function presentVariant(indicatorId: string, variant: IndicatorVariant) {
  return { ...variant, key: definitionKeyOf(indicatorId, variant) };
}

export function presentDefinition(
  indicator: IndicatorDefinition,
  applied: IndicatorVariant,
  appliedBy: string | null,
  canConfigure: boolean,
): IndicatorDefinitionView {
  return {
    id: indicator.id,
    name: indicator.name,
    unitLabel:
      indicator.id === 'head-appearance' && applied.id === 'per-hearing'
        ? '庭次'
        : UNIT_LABELS[indicator.unit],
    dateBasis: indicator.dateBasis,
    applied: presentVariant(indicator.id, applied),
    appliedBy,
    variants: indicator.variants.map((v) => presentVariant(indicator.id, v)),
    abilities: { configure: canConfigure },
  };
}

export function presentNumbers(numerator: number, denominator: number) {
  const rate = rateOf(numerator, denominator);
  return { numerator, denominator, rate, rateLabel: rateLabelOf(rate) };
}
