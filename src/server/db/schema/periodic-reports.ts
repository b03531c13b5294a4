// 定期报告 (seed 002: 月分析、季通报、半年总结、年度报告) of a region's 司法局. The
// figures are a JSON snapshot drawn from the indicators engine, so a published
// report never changes when later records arrive; the narrative is the
// coordinator's. Publishing numbers the report from the office's 文号 series
// (document_series / document_counters) and archives the .docx; a county's
// published report is then 上报 to the city once.
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { documentSeries, storedFiles } from './litigation';
import { organisations, timestamptz, users } from './platform';

export const periodicReports = pgTable(
  'periodic_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The people's government whose region the report covers. */
    regionId: uuid('region_id')
      .notNull()
      .references(() => organisations.id),
    /** The 司法局 that writes and issues it. */
    issuerOrgId: uuid('issuer_org_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').notNull(), // month | quarter | half-year | year
    periodKey: text('period_key').notNull(), // 2026-10 | 2026-Q3 | 2026-H1 | 2026
    fromDate: text('from_date').notNull(),
    toDate: text('to_date').notNull(),
    status: text('status').notNull(), // draft | published
    data: jsonb('data').notNull(),
    narrative: jsonb('narrative').notNull(), // { overview, problems, suggestions }
    createdBy: uuid('created_by').references(() => users.id),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamptz('created_at').notNull(),
    refreshedAt: timestamptz('refreshed_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
    seriesId: uuid('series_id').references(() => documentSeries.id),
    year: integer('year'),
    sequence: integer('sequence'),
    documentNumber: text('document_number'),
    fileId: uuid('file_id').references(() => storedFiles.id),
    publishedAt: timestamptz('published_at'),
    publishedBy: uuid('published_by').references(() => users.id),
    publishedByName: text('published_by_name'),
    submittedAt: timestamptz('submitted_at'),
    submittedBy: uuid('submitted_by').references(() => users.id),
    submittedByName: text('submitted_by_name'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('periodic_reports_region_period_idx').on(t.regionId, t.kind, t.periodKey),
    index('periodic_reports_kind_period_idx').on(t.kind, t.periodKey),
    check(
      'periodic_reports_published_check',
      sql`${t.status} = 'draft' or (${t.documentNumber} is not null and ${t.fileId} is not null)`,
    ),
  ],
);
