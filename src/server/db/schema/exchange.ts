// 法院数据报送 (issue 4): a court's imports of hearing schedules (排庭),
// appearance results (出庭情况) and judgments (裁判结果), from a spreadsheet,
// the machine API or a form. Each import keeps the outcome of every row, so the
// audit row of an applied import points at a complete per-row report.
import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { litigationCases, storedFiles } from './litigation';
import { organisations, timestamptz, users } from './platform';

export const exchangeImports = pgTable(
  'exchange_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // The organisation (a court) of whoever sent it: who may see the import.
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').notNull(), // hearings | appearances | judgments
    source: text('source').notNull(), // upload | api | form
    fileId: uuid('file_id').references(() => storedFiles.id),
    fileName: text('file_name'),
    // checking → checked → applying → applied; failed when the check could not finish.
    status: text('status').notNull(),
    totalRows: integer('total_rows').notNull(),
    processedRows: integer('processed_rows').notNull().default(0),
    checkedCounts: jsonb('checked_counts'), // { created, updated, unchanged, rejected, skipped }
    appliedCounts: jsonb('applied_counts'),
    changedSinceCheck: integer('changed_since_check'),
    error: text('error'), // a Chinese sentence, when the check or the apply failed
    createdBy: uuid('created_by').references(() => users.id),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamptz('created_at').notNull(),
    checkedAt: timestamptz('checked_at'),
    appliedBy: uuid('applied_by').references(() => users.id),
    appliedByName: text('applied_by_name'),
    appliedAt: timestamptz('applied_at'),
    auditId: bigint('audit_id', { mode: 'number' }), // the audit row of the apply
    updatedAt: timestamptz('updated_at').notNull(), // also the heartbeat of a running check
  },
  (t) => [index('exchange_imports_org_idx').on(t.organisationId, t.createdAt)],
);

// One row of an import with its outcome: created | updated | unchanged |
// rejected | skipped-blank. `input` is the parsed row (null when it could not be
// read), so that the apply re-validates it against the register as it is then.
export const exchangeImportRows = pgTable(
  'exchange_import_rows',
  {
    importId: uuid('import_id')
      .notNull()
      .references(() => exchangeImports.id),
    rowNumber: integer('row_number').notNull(), // as the spreadsheet shows it (API: 1-based index)
    outcome: text('outcome').notNull(),
    checkedOutcome: text('checked_outcome').notNull(), // the dry run's outcome
    isChangedSinceCheck: boolean('is_changed_since_check').notNull().default(false),
    caseNumber: text('case_number'),
    caseId: uuid('case_id').references(() => litigationCases.id),
    keyLabel: text('key_label'), // 案号 / 开庭时间 / 被告机关, for the report
    input: jsonb('input'),
    errors: jsonb('errors').notNull(), // [{ field, column, message }]
    changes: jsonb('changes'), // [{ column, before, after }] of an update
    eventId: bigint('event_id', { mode: 'number' }), // the case event written by the apply
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.rowNumber] }),
    index('exchange_import_rows_outcome_idx').on(t.importId, t.outcome),
  ],
);
