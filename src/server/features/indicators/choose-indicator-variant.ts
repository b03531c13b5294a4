// A coordinator chooses the 统计口径 of one indicator for its region (the
// subtree it coordinates). The choice is stored and audited in one
// transaction; every later value of callers in the region uses it.
import { and, eq } from 'drizzle-orm';
import type { IndicatorDefinition } from '../../../shared/domain/indicators/definitions';
import { findVariant } from '../../../shared/domain/indicators/definitions';
import type { Db } from '../../db/client';
import { indicatorVariantChoices } from '../../db/schema';
import { fieldError } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';

export async function chooseIndicatorVariant(options: {
  db: Db;
  principal: Principal;
  audit: AuditContext;
  now: Date;
  indicator: IndicatorDefinition;
  variantId: string;
}): Promise<void> {
  const { db, principal, indicator, now } = options;
  const variant = findVariant(indicator, options.variantId);
  if (!variant) {
    const names = indicator.variants.map((v) => `“${v.name}”`).join('、');
    throw fieldError('variantId', `${indicator.name}没有这个统计口径，可选：${names}`);
  }
  const regionPath = principal.scope.pathPrefix;
  await db.transaction(async (tx) => {
    const key = and(
      eq(indicatorVariantChoices.regionPath, regionPath),
      eq(indicatorVariantChoices.indicatorId, indicator.id),
    );
    const [before] = await tx.select().from(indicatorVariantChoices).where(key).for('update');
    const row = {
      regionPath,
      indicatorId: indicator.id,
      variantId: variant.id,
      variantVersion: variant.version,
      chosenByOrgId: principal.organisation.id,
      chosenBy: principal.kind === 'user' ? principal.id : null,
      chosenAt: now,
    };
    if (before) await tx.update(indicatorVariantChoices).set(row).where(key);
    else await tx.insert(indicatorVariantChoices).values(row);
    await recordAudit(tx, options.audit, now, {
      event: 'indicator.variant.chosen',
      targetType: 'indicator',
      targetId: indicator.id,
      targetLabel: `${indicator.name}（${principal.organisation.name}）`,
      before: before ? { variantId: before.variantId, version: before.variantVersion } : null,
      after: { variantId: variant.id, version: variant.version, variantName: variant.name },
    });
  });
}
