// 考核 (issue 5, seeds 002 and 004): a region's assessment scheme, its frozen
// versions, the runs that score every agency of the region for a period, and
// the stored results with the records behind each point. A version once used
// by a run is never changed (an edit makes a new version), and the results of
// a published run are never changed or deleted.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations, timestamptz, users } from './platform';

export const assessmentSchemes = pgTable(
  'assessment_schemes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // The region is the subtree the coordinator's legal-affairs office coordinates.
    regionPath: text('region_path').notNull(),
    ownerOrgId: uuid('owner_org_id')
      .notNull()
      .references(() => organisations.id),
    currentVersion: integer('current_version').notNull().default(1),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
    // Optimistic lock of edits.
    revision: integer('revision').notNull().default(1),
  },
  (t) => [index('assessment_schemes_region_idx').on(t.regionPath)],
);

export const assessmentSchemeVersions = pgTable(
  'assessment_scheme_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schemeId: uuid('scheme_id')
      .notNull()
      .references(() => assessmentSchemes.id),
    version: integer('version').notNull(),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    // SchemeRules of shared/domain/assessment, with the 统计口径 of each item frozen.
    rules: jsonb('rules').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [uniqueIndex('assessment_scheme_versions_idx').on(t.schemeId, t.version)],
);

export const assessmentRuns = pgTable(
  'assessment_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schemeId: uuid('scheme_id')
      .notNull()
      .references(() => assessmentSchemes.id),
    schemeVersionId: uuid('scheme_version_id')
      .notNull()
      .references(() => assessmentSchemeVersions.id),
    regionPath: text('region_path').notNull(),
    period: text('period').notNull(), // '2026-Q3' | '2026'
    periodKind: text('period_kind').notNull(), // quarter | year
    fromDate: date('from_date').notNull(),
    toDate: date('to_date').notNull(),
    status: text('status').notNull(), // draft | published
    computedAt: timestamptz('computed_at').notNull(),
    computedBy: uuid('computed_by').references(() => users.id),
    publishedAt: timestamptz('published_at'),
    publishedBy: uuid('published_by').references(() => users.id),
    createdAt: timestamptz('created_at').notNull(),
    revision: integer('revision').notNull().default(1),
  },
  (t) => [
    uniqueIndex('assessment_runs_scheme_period_idx').on(t.schemeId, t.period),
    index('assessment_runs_region_idx').on(t.regionPath),
  ],
);

export const assessmentResults = pgTable(
  'assessment_results',
  {
    runId: uuid('run_id')
      .notNull()
      .references(() => assessmentRuns.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    organisationName: text('organisation_name').notNull(),
    organisationPath: text('organisation_path').notNull(),
    itemPoints: numeric('item_points', { precision: 8, scale: 2, mode: 'number' }).notNull(),
    deductionPoints: numeric('deduction_points', { precision: 8, scale: 2, mode: 'number' }).notNull(),
    total: numeric('total', { precision: 8, scale: 2, mode: 'number' }).notNull(),
    grade: text('grade').notNull(), // excellent | good | pass | poor
    rank: integer('rank').notNull(),
    // Per item and per deduction: numbers, rule and points (ItemScore / DeductionScore).
    items: jsonb('items').notNull(),
    deductions: jsonb('deductions').notNull(),
  },
  (t) => [uniqueIndex('assessment_results_run_org_idx').on(t.runId, t.organisationId)],
);

// The records behind each point, copied when the run is computed so that a
// published result stays traceable even if a case is corrected later.
export const assessmentResultRecords = pgTable(
  'assessment_result_records',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    runId: uuid('run_id')
      .notNull()
      .references(() => assessmentRuns.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    source: text('source').notNull(), // item | deduction
    key: text('key').notNull(), // indicator id or deduction kind
    caseId: uuid('case_id'),
    suggestionId: uuid('suggestion_id'),
    number: text('number'),
    title: text('title'),
    onDate: text('on_date'),
    hearingAt: text('hearing_at'),
    isInNumerator: boolean('is_in_numerator').notNull(),
    // The agency the record is on: for a county scored as one unit of the city's run, which of its agencies.
    agencyName: text('agency_name'),
  },
  (t) => [
    index('assessment_result_records_idx').on(t.runId, t.organisationId, t.source, t.key),
    index('assessment_result_records_open_idx').on(t.runId).where(sql`${t.caseId} is not null`),
  ],
);
