// 考核指标 (issue 5): the 统计口径 a region chose for an indicator. The region
// is the subtree its legal-affairs office coordinates (the coordinator's scope
// path); callers below it get this choice unless a nearer region chose too.
import { integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { organisations, timestamptz, users } from './platform';

export const indicatorVariantChoices = pgTable(
  'indicator_variant_choices',
  {
    regionPath: text('region_path').notNull(),
    indicatorId: text('indicator_id').notNull(),
    variantId: text('variant_id').notNull(),
    variantVersion: integer('variant_version').notNull(),
    chosenByOrgId: uuid('chosen_by_org_id')
      .notNull()
      .references(() => organisations.id),
    chosenBy: uuid('chosen_by').references(() => users.id),
    chosenAt: timestamptz('chosen_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionPath, t.indicatorId] })],
);
