// Scheduled jobs and the notifications they (and commands) leave for
// organisations: reminders, escalations, missing reports.
import { index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { organisations, timestamptz, users } from './platform';

// One row per occurrence of a scheduled job ('monthly-report.draft' for
// '2026-11'): the primary key lets exactly one server process claim it.
export const jobRuns = pgTable(
  'job_runs',
  {
    job: text('job').notNull(),
    occurrence: text('occurrence').notNull(),
    finishedAt: timestamptz('finished_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.job, t.occurrence] })],
);

// A notice to everyone of one organisation. `dedupe_key` makes a reminder
// idempotent: the same reminder is never sent twice.
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    dedupeKey: text('dedupe_key').notNull().unique(),
    createdAt: timestamptz('created_at').notNull(),
    readAt: timestamptz('read_at'),
    readBy: uuid('read_by').references(() => users.id),
  },
  (t) => [index('notifications_org_idx').on(t.organisationId, t.createdAt)],
);
