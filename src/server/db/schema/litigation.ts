// The tables of 行政应诉 (issue 3): holiday calendar, dictionaries, the case register.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
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
import { organisations, timestamptz, users } from './platform';

// An administrator's addition or correction of a year's official holiday
// calendar; it replaces the shipped file of that year (src/shared/data/holidays-cn).
export const holidayYears = pgTable('holiday_years', {
  year: integer('year').primaryKey(),
  days: jsonb('days').notNull(), // [{ date, name, isOffDay }]
  papers: text('papers').array().notNull(),
  notice: text('notice').notNull(), // the State Council notice cited, e.g. 国办发明电〔2025〕7号
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamptz('updated_at').notNull(),
  version: integer('version').notNull().default(1),
});

// Configurable dictionaries: 案由 (cause) and 管理领域 (management domain).
export const dictionaryEntries = pgTable(
  'dictionary_entries',
  {
    kind: text('kind').notNull(), // cause | domain
    code: text('code').notNull(),
    label: text('label').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
    disabled: boolean('disabled').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.kind, t.code] })],
);

// 行政诉讼案件: one court case (one instance). The row is the current state,
// projected from case_events in the same transaction as each event.
export const litigationCases = pgTable(
  'litigation_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseNumber: text('case_number').notNull(), // normalised 案号
    caseNumberRaw: text('case_number_raw').notNull(),
    courtId: uuid('court_id')
      .notNull()
      .references(() => organisations.id),
    typeCode: text('type_code').notNull(),
    instance: text('instance').notNull(), // first | second | retrial | retrial-review | non-litigation-review | other
    disputeId: uuid('dispute_id').notNull(), // shared by the instances of one dispute
    previousCaseId: uuid('previous_case_id').references((): AnyPgColumn => litigationCases.id),
    causeCode: text('cause_code').notNull(),
    domainCode: text('domain_code').notNull(),
    subject: text('subject').notNull(), // 被诉行政行为
    claims: text('claims'), // 诉讼请求
    isMajorSensitive: boolean('is_major_sensitive').notNull().default(false),
    isMass: boolean('is_mass').notNull().default(false),
    isEnterprise: boolean('is_enterprise').notNull().default(false),
    isDebt: boolean('is_debt').notNull().default(false),
    filedOn: date('filed_on'), // 立案日期
    serviceDate: date('service_date'),
    serviceManner: text('service_manner'), // direct | mail | electronic | public-notice
    serviceSignedBy: text('service_signed_by'),
    stage: text('stage').notNull(),
    designatedHead: jsonb('designated_head'), // { name, post, countsAsHead }
    nextHearingAt: timestamptz('next_hearing_at'),
    // The earliest due date among the case's open deadlines (null when none is open), kept by
    // projectCase with the deadlines: the list sorts by it and filters 逾期 (< today) without a
    // lookup of case_deadlines per case.
    nextOpenDue: date('next_open_due'),
    judgmentKind: text('judgment_kind'), // judgment | ruling
    result: text('result'),
    isLost: boolean('is_lost'),
    lossReasons: text('loss_reasons').array(),
    judgmentServedOn: date('judgment_served_on'),
    effectiveOn: date('effective_on'),
    requiresPerformance: boolean('requires_performance'),
    performedOn: date('performed_on'),
    searchText: text('search_text').notNull(), // 案号, parties and subject, lower-cased, for substring search
    // Every organisation whose subtree holds a defendant or the court (the ids along their
    // paths), so that "cases in a caller's scope" is one GIN lookup instead of a join per row.
    // Written with the defendants (registration.ts) and after subtree moves.
    scopeOrgIds: uuid('scope_org_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('litigation_cases_number_idx').on(t.caseNumber),
    index('litigation_cases_court_idx').on(t.courtId),
    // No index on stage alone: within a county's or city's cases the planner ANDed it with the
    // scope index, reading 650,000 entries of 已结案 to narrow 8,000 (40 ms instead of 8 at 1M cases).
    index('litigation_cases_dispute_idx').on(t.disputeId),
    index('litigation_cases_service_idx').on(t.serviceDate),
    index('litigation_cases_scope_idx').using('gin', t.scopeOrgIds),
  ],
);

// 被告: one or more defendant agencies (共同被告). org_path copies the agency's
// tree path so that scope is one prefix match.
export const caseDefendants = pgTable(
  'case_defendants',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => litigationCases.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    orgPath: text('org_path').notNull(),
    isReconsiderationBody: boolean('is_reconsideration_body').notNull().default(false), // 复议机关作共同被告
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.organisationId] }),
    index('case_defendants_path_idx').using('btree', sql`${t.orgPath} text_pattern_ops`),
    index('case_defendants_org_idx').on(t.organisationId),
  ],
);

// 原告 and 第三人. ID numbers are stored whole and masked in lists and exports.
export const caseParties = pgTable(
  'case_parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => litigationCases.id),
    role: text('role').notNull(), // plaintiff | third-party
    kind: text('kind').notNull(), // person | organisation
    name: text('name').notNull(),
    idNumber: text('id_number'), // 居民身份证号 (person)
    uscc: text('uscc'), // 统一社会信用代码 (organisation)
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('case_parties_case_idx').on(t.caseId)],
);

// The steps of a case: append-only (a trigger rejects UPDATE and DELETE); a
// wrong entry is corrected by a later event that names it.
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => litigationCases.id),
    type: text('type').notNull(),
    occurredOn: date('occurred_on'), // the day of the real-world fact
    payload: jsonb('payload').notNull(),
    correctsEventId: bigint('corrects_event_id', { mode: 'number' }),
    recordedBy: uuid('recorded_by'),
    recordedByName: text('recorded_by_name').notNull(),
    recordedOrgId: uuid('recorded_org_id'),
    recordedAt: timestamptz('recorded_at').notNull(),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.id)],
);

// Deadlines created by steps from the period rules, each with its explanation.
export const caseDeadlines = pgTable(
  'case_deadlines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => litigationCases.id),
    ruleId: text('rule_id').notNull(),
    ruleVersion: integer('rule_version').notNull(),
    title: text('title').notNull(),
    triggerEventId: bigint('trigger_event_id', { mode: 'number' }),
    triggerDate: date('trigger_date').notNull(),
    due: date('due').notNull(),
    explanation: text('explanation').notNull(),
    steps: jsonb('steps').notNull(),
    warnings: text('warnings').array().notNull(),
    responsibleOrgId: uuid('responsible_org_id').references(() => organisations.id),
    status: text('status').notNull(), // open | done | cancelled
    doneEventId: bigint('done_event_id', { mode: 'number' }),
    doneOn: date('done_on'),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [
    index('case_deadlines_case_idx').on(t.caseId),
    index('case_deadlines_open_idx').on(t.status, t.due),
    // A case's earliest open deadline (the list's "next deadline" sort, the overdue filter)
    // from the index alone, without reading every deadline row of the scope's cases.
    index('case_deadlines_case_open_due_idx').on(t.caseId, t.due).where(sql`${t.status} = 'open'`),
  ],
);

// 开庭: hearings of a case, and the appearance recorded for each (负责人出庭应诉,
// 2020 SPC rules).
export const hearings = pgTable(
  'hearings',
  {
    // The hearing is identified by the event that scheduled it.
    eventId: bigint('event_id', { mode: 'number' }).primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => litigationCases.id),
    scheduledAt: timestamptz('scheduled_at').notNull(),
    courtRoom: text('court_room'),
    judge: text('judge'),
    noticeReceivedOn: date('notice_received_on'),
    isHeadRequested: boolean('is_head_requested').notNull().default(false), // 法院要求负责人出庭 (Art. 4)
    status: text('status').notNull(), // scheduled | held | cancelled
  },
  (t) => [index('hearings_case_idx').on(t.caseId), index('hearings_scheduled_idx').on(t.scheduledAt)],
);

export const appearances = pgTable(
  'appearances',
  {
    hearingEventId: bigint('hearing_event_id', { mode: 'number' })
      .notNull()
      .references(() => hearings.eventId),
    defendantOrgId: uuid('defendant_org_id')
      .notNull()
      .references(() => organisations.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => litigationCases.id),
    didHeadAppear: boolean('did_head_appear').notNull(),
    personName: text('person_name'),
    personPost: text('person_post'),
    countsAsHead: boolean('counts_as_head').notNull().default(false), // Art. 2: 正职、副职、分管负责人
    didSpeak: boolean('did_speak').notNull().default(false), // 出庭又出声 (Art. 11)
    agents: jsonb('agents').notNull(), // [{ name, kind: staff | lawyer }]
    absenceExcuse: text('absence_excuse'), // Art. 8
    absenceProof: text('absence_proof'), // Art. 9
    courtDecision: text('court_decision'), // accepted | rejected | pending
    eventId: bigint('event_id', { mode: 'number' }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.hearingEventId, t.defendantOrgId] }),
    index('appearances_case_idx').on(t.caseId),
  ],
);

// Files (court papers, evidence, proofs, generated letters): content-addressed
// under the data directory by SHA-256.
export const storedFiles = pgTable('stored_files', {
  id: uuid('id').primaryKey().defaultRandom(),
  sha256: text('sha256').notNull(),
  size: bigint('size', { mode: 'number' }).notNull(),
  mimeType: text('mime_type').notNull(),
  originalName: text('original_name').notNull(),
  uploadedBy: uuid('uploaded_by').references(() => users.id),
  uploadedAt: timestamptz('uploaded_at').notNull(),
});

export const caseAttachments = pgTable(
  'case_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => litigationCases.id),
    eventId: bigint('event_id', { mode: 'number' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    category: text('category').notNull(), // court-paper | evidence | proof | letter | other
    description: text('description'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [index('case_attachments_case_idx').on(t.caseId)],
);

// 文号: per-organisation numbering of outgoing documents, e.g. 柯司建〔2026〕N号.
// The counter row is locked while a number is taken, so numbers have no gap and
// no duplicate even when two letters are generated at once.
export const documentSeries = pgTable(
  'document_series',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    code: text('code').notNull(), // e.g. suggestion
    pattern: text('pattern').notNull(), // e.g. 柯司建〔{year}〕{n}号
  },
  (t) => [uniqueIndex('document_series_org_code_idx').on(t.organisationId, t.code)],
);

export const documentCounters = pgTable(
  'document_counters',
  {
    seriesId: uuid('series_id')
      .notNull()
      .references(() => documentSeries.id),
    year: integer('year').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.seriesId, t.year] })],
);

// Letters of the legal-affairs office generated for a case (负责人出庭建议书,
// 履行生效裁判建议书), numbered from a series and kept as .docx.
export const caseLetters = pgTable(
  'case_letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => litigationCases.id),
    kind: text('kind').notNull(), // appearance-suggestion | performance-suggestion
    seriesId: uuid('series_id')
      .notNull()
      .references(() => documentSeries.id),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    documentNumber: text('document_number').notNull(),
    issuingOrgId: uuid('issuing_org_id')
      .notNull()
      .references(() => organisations.id),
    addresseeOrgId: uuid('addressee_org_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    body: text('body').notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('case_letters_number_idx').on(t.seriesId, t.year, t.sequence),
    index('case_letters_case_idx').on(t.caseId),
  ],
);
