// The platform's tables: organisations, courts, accounts, sessions, tokens,
// security policy, audit trail.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

// 组织机构: the government tree (city → county → agencies, townships) and the
// judicial trees (中院 → 基层法院). `path` is the chain of ids from the root,
// '/a/b/c/', so that a subtree is one prefix match.
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id').references((): AnyPgColumn => organisations.id),
    path: text('path').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    regionCode: text('region_code').notNull(), // 行政区划代码, GB/T 2260
    uscc: text('uscc'), // 统一社会信用代码, GB 32100-2015
    disabledAt: timestamptz('disabled_at'),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('organisations_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    index('organisations_parent_idx').on(t.parentId),
    uniqueIndex('organisations_uscc_idx').on(t.uscc),
    uniqueIndex('organisations_sibling_name_idx').on(
      sql`coalesce(${t.parentId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.name,
    ),
  ],
);

// 人民法院: court details beside the court's organisation row. 法院代字 (e.g.
// 浙0825) and the 6-digit court system code are both kept: one is not derived
// from the other.
export const courts = pgTable('courts', {
  organisationId: uuid('organisation_id')
    .primaryKey()
    .references(() => organisations.id),
  courtCode: text('court_code').notNull().unique(), // 法院代字
  systemCode: text('system_code'), // 法院系统代码 (6 digits)
  level: text('level').notNull(), // supreme | high | intermediate | basic
  regionCode: text('region_code').notNull(),
  effectiveFrom: date('effective_from'),
  obsoleteFrom: date('obsolete_from'),
});

// 集中管辖 (ALL Art. 18 ¶2): which court hears which region's cases, from when.
export const courtJurisdictions = pgTable(
  'court_jurisdictions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courtId: uuid('court_id')
      .notNull()
      .references(() => organisations.id),
    regionCode: text('region_code').notNull(),
    caseScope: text('case_scope').notNull(), // administrative-first-instance
    effectiveFrom: date('effective_from').notNull(),
    effectiveTo: date('effective_to'),
    basis: text('basis').notNull(), // the notice that set it
  },
  (t) => [index('court_jurisdictions_region_idx').on(t.regionCode, t.effectiveFrom)],
);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    roles: text('roles').array().notNull(),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(true),
    isDemo: boolean('is_demo').notNull().default(false),
    failedLogins: integer('failed_logins').notNull().default(0),
    failedWindowStart: timestamptz('failed_window_start'),
    lockedAt: timestamptz('locked_at'),
    disabledAt: timestamptz('disabled_at'),
    passwordChangedAt: timestamptz('password_changed_at'),
    lastLoginAt: timestamptz('last_login_at'),
    createdAt: timestamptz('created_at').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('users_username_idx').on(t.username),
    index('users_organisation_idx').on(t.organisationId),
  ],
);

// Sessions live in the database so that several server processes share them.
// The cookie holds a random token; only its SHA-256 is stored.
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(), // sha256(token), hex
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamptz('created_at').notNull(),
    lastSeenAt: timestamptz('last_seen_at').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    endedAt: timestamptz('ended_at'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

// API tokens for machine clients (a court's system): one organisation, chosen
// permissions, stored as a SHA-256 of the secret.
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    permissions: text('permissions').array().notNull(),
    tokenHash: text('token_hash').notNull(),
    prefix: text('prefix').notNull(), // first characters, to recognise a token in lists
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamptz('created_at').notNull(),
    expiresAt: timestamptz('expires_at'),
    revokedAt: timestamptz('revoked_at'),
    lastUsedAt: timestamptz('last_used_at'),
  },
  (t) => [uniqueIndex('api_tokens_hash_idx').on(t.tokenHash)],
);

// The security policy set by the security administrator: one row.
export const securityPolicy = pgTable(
  'security_policy',
  {
    id: integer('id').primaryKey(),
    passwordMinLength: integer('password_min_length').notNull(),
    passwordMinCharClasses: integer('password_min_char_classes').notNull(),
    passwordForbidUsername: boolean('password_forbid_username').notNull(),
    maxFailedLogins: integer('max_failed_logins').notNull(),
    failureWindowMinutes: integer('failure_window_minutes').notNull(),
    lockoutMinutes: integer('lockout_minutes').notNull(), // 0: until unlocked by the security administrator
    sessionIdleMinutes: integer('session_idle_minutes').notNull(),
    sessionAbsoluteHours: integer('session_absolute_hours').notNull(),
    updatedAt: timestamptz('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [check('security_policy_single_row', sql`${t.id} = 1`)],
);

// 审计日志: append-only (a trigger rejects UPDATE, DELETE and TRUNCATE), each row
// chained to the previous one by an SM3 hash.
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamptz('occurred_at').notNull(),
    actorType: text('actor_type').notNull(), // user | token | system | anonymous
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    actorOrgId: uuid('actor_org_id'),
    actorOrgName: text('actor_org_name'),
    event: text('event').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    targetLabel: text('target_label'),
    before: jsonb('before'),
    after: jsonb('after'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    requestId: text('request_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_events_occurred_idx').on(t.occurredAt),
    index('audit_events_actor_idx').on(t.actorName),
    index('audit_events_event_idx').on(t.event),
    index('audit_events_target_idx').on(t.targetType, t.targetId),
  ],
);
