// 建议与函件登记 (domain.md §2.4): judicial suggestions and their siblings, each
// issued (or received) → addressed to one organisation, copied to others → due
// reply → reply with adoption and rectification → follow-up.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { caseLetters, documentSeries, litigationCases, storedFiles } from './litigation';
import { organisations, timestamptz, users } from './platform';

// One suggestion or letter. The reply columns are the current state; every
// change is also an event in suggestion_events (the timeline).
export const suggestions = pgTable(
  'suggestions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(), // SUGGESTION_KINDS
    origin: text('origin').notNull(), // issued | received | case-letter
    // The issuing organisation on the platform; null for a procuratorate that is not one.
    issuerOrgId: uuid('issuer_org_id').references(() => organisations.id),
    issuerName: text('issuer_name').notNull(),
    // Who entered it: the issuer, or the legal-affairs office that registered a received one.
    registeredOrgId: uuid('registered_org_id')
      .notNull()
      .references(() => organisations.id),
    seriesId: uuid('series_id').references(() => documentSeries.id),
    year: integer('year'),
    sequence: integer('sequence'),
    documentNumber: text('document_number').notNull(),
    // The number without spaces and with one kind of brackets and digits, for duplicates.
    numberKey: text('number_key').notNull(),
    letterId: uuid('letter_id').references(() => caseLetters.id),
    caseId: uuid('case_id').references(() => litigationCases.id),
    addresseeOrgId: uuid('addressee_org_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    content: text('content').notNull(),
    issuedOn: date('issued_on').notNull(),
    servedOn: date('served_on').notNull(), // 送达（收到）之日: starts the reply period
    concernsNormativeDocument: boolean('concerns_normative_document').notNull().default(false),
    dueOn: date('due_on'),
    dueRuleId: text('due_rule_id'),
    dueExplanation: text('due_explanation'),
    dueSteps: jsonb('due_steps'),
    dueWarnings: text('due_warnings').array(),
    repliedOn: date('replied_on'),
    replyContent: text('reply_content'),
    adoption: text('adoption'), // adopted | partly | not-adopted
    adoptionReason: text('adoption_reason'),
    rectificationMeasures: text('rectification_measures'),
    rectifiedOn: date('rectified_on'), // 整改完成日期; null while not completed
    repliedBy: uuid('replied_by').references(() => users.id),
    repliedAt: timestamptz('replied_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('suggestions_series_number_idx').on(t.seriesId, t.year, t.sequence),
    uniqueIndex('suggestions_letter_idx').on(t.letterId),
    // A number received from outside is registered once per issuer.
    uniqueIndex('suggestions_received_number_idx')
      .on(t.issuerName, t.numberKey)
      .where(sql`${t.origin} = 'received'`),
    index('suggestions_addressee_idx').on(t.addresseeOrgId),
    index('suggestions_case_idx').on(t.caseId),
    index('suggestions_due_idx').on(t.dueOn),
  ],
);

// 抄送: organisations a suggestion is copied to (automatic ones marked).
export const suggestionCopies = pgTable(
  'suggestion_copies',
  {
    suggestionId: uuid('suggestion_id')
      .notNull()
      .references(() => suggestions.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    isAutomatic: boolean('is_automatic').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.suggestionId, t.organisationId] }),
    index('suggestion_copies_org_idx').on(t.organisationId),
  ],
);

// The timeline, append-only: issued, reminded, escalated, replied, rectified, followed up.
export const suggestionEvents = pgTable(
  'suggestion_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    suggestionId: uuid('suggestion_id')
      .notNull()
      .references(() => suggestions.id),
    type: text('type').notNull(),
    occurredAt: timestamptz('occurred_at').notNull(),
    actorName: text('actor_name'),
    actorOrgName: text('actor_org_name'),
    payload: jsonb('payload').notNull(),
  },
  (t) => [index('suggestion_events_suggestion_idx').on(t.suggestionId)],
);

// Papers of a suggestion: the letter as received, the reply, proof of rectification.
export const suggestionFiles = pgTable(
  'suggestion_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    suggestionId: uuid('suggestion_id')
      .notNull()
      .references(() => suggestions.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    category: text('category').notNull(), // letter | reply | rectification | other
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [index('suggestion_files_suggestion_idx').on(t.suggestionId)],
);
