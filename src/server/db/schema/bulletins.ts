// The tables of 府院信息互通 (issue 4): information bulletins (信息通报) between
// courts and the government side, and the courts' monthly 三通报.
import { index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { litigationCases, storedFiles } from './litigation';
import { organisations, timestamptz, users } from './platform';

// 信息通报: one organisation's bulletin to one or more organisations. A draft
// is edited by its organisation; once sent it never changes.
export const bulletins = pgTable(
  'bulletins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    senderOrgId: uuid('sender_org_id')
      .notNull()
      .references(() => organisations.id),
    senderSide: text('sender_side').notNull(), // court | government
    category: text('category').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    caseId: uuid('case_id').references(() => litigationCases.id),
    status: text('status').notNull(), // draft | sent
    createdBy: uuid('created_by').references(() => users.id),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
    sentAt: timestamptz('sent_at'),
    sentBy: uuid('sent_by').references(() => users.id),
    sentByName: text('sent_by_name'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('bulletins_sender_idx').on(t.senderOrgId, t.status, t.sentAt)],
);

// Each recipient organisation, and the first reading by one of its people (回执).
export const bulletinRecipients = pgTable(
  'bulletin_recipients',
  {
    bulletinId: uuid('bulletin_id')
      .notNull()
      .references(() => bulletins.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    sortOrder: integer('sort_order').notNull().default(0),
    readAt: timestamptz('read_at'),
    readBy: uuid('read_by').references(() => users.id),
    readByName: text('read_by_name'),
  },
  (t) => [
    primaryKey({ columns: [t.bulletinId, t.organisationId] }),
    index('bulletin_recipients_org_idx').on(t.organisationId, t.readAt),
  ],
);

export const bulletinAttachments = pgTable(
  'bulletin_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bulletinId: uuid('bulletin_id')
      .notNull()
      .references(() => bulletins.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamptz('created_at').notNull(),
  },
  (t) => [index('bulletin_attachments_bulletin_idx').on(t.bulletinId)],
);

// 三通报 (seed 002): a court's monthly report to the legal-affairs office of its
// level — this month's hearings, last month's head appearances and effective
// judgments. `content` is the snapshot drawn from the case register; the
// narrative (说明) is the liaison's. One report per court and month.
export const monthlyReports = pgTable(
  'monthly_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courtId: uuid('court_id')
      .notNull()
      .references(() => organisations.id),
    month: text('month').notNull(), // YYYY-MM
    status: text('status').notNull(), // draft | sent
    content: jsonb('content').notNull(),
    narrative: text('narrative').notNull(),
    draftedAt: timestamptz('drafted_at').notNull(),
    refreshedAt: timestamptz('refreshed_at').notNull(),
    sentAt: timestamptz('sent_at'),
    sentBy: uuid('sent_by').references(() => users.id),
    sentByName: text('sent_by_name'),
    overdueNotifiedAt: timestamptz('overdue_notified_at'),
    updatedAt: timestamptz('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('monthly_reports_court_month_idx').on(t.courtId, t.month),
    index('monthly_reports_month_idx').on(t.month),
  ],
);

// 主送 (the legal-affairs office of the court's region) and 抄送 (those of the
// regions the court hears under 集中管辖), each with its read receipt.
export const monthlyReportRecipients = pgTable(
  'monthly_report_recipients',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => monthlyReports.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: text('role').notNull(), // main | copy
    readAt: timestamptz('read_at'),
    readBy: uuid('read_by').references(() => users.id),
    readByName: text('read_by_name'),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.organisationId] }),
    index('monthly_report_recipients_org_idx').on(t.organisationId),
  ],
);
