// A scheme version records, for each item, the 统计口径 (variant and its
// version) that applied to the region when it was saved, so that results
// computed under it stay comparable even if the region later changes variant.
import type { SchemeInput } from '../../../shared/api/assessment';
import type { FrozenSchemeItem, SchemeRules } from '../../../shared/domain/assessment/scheme';
import { validateScheme } from '../../../shared/domain/assessment/validate-scheme';
import {
  applicableVariant,
  definitionKeyOf,
  requireIndicator,
} from '../../../shared/domain/indicators/compute';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { variantChoicesFor } from '../indicators/indicators.queries';

export async function freezeSchemeRules(
  db: Db,
  regionPath: string,
  input: SchemeInput,
): Promise<SchemeRules<FrozenSchemeItem>> {
  const rules: SchemeRules = {
    baseScore: input.baseScore,
    items: input.items,
    deductions: input.deductions,
    grades: input.grades,
  };
  const problems = validateScheme(rules);
  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', problems[0]!.message, problems);
  }
  const choices = await variantChoicesFor(db, regionPath);
  return {
    ...rules,
    items: rules.items.map((item) => {
      const { variant } = applicableVariant(requireIndicator(item.indicatorId), choices, regionPath);
      return { ...item, variantId: variant.id, definitionKey: definitionKeyOf(item.indicatorId, variant) };
    }),
  };
}
