// SQL of the 三通报: the courts and their legal-affairs offices, the case data a
// report is drawn from, and the reports with their recipients. Scope arrives
// as a condition from monthly-reports.policy.ts.
import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  appearances,
  caseDefendants,
  courtJurisdictions,
  hearings,
  litigationCases,
  monthlyReportRecipients,
  monthlyReports,
  organisations,
} from '../../db/schema';

export type MonthlyReportRow = typeof monthlyReports.$inferSelect & {
  courtName: string;
  courtPath: string;
  courtRegionCode: string;
};
export type CourtOrg = { id: string; name: string; path: string; regionCode: string };

export async function listActiveCourts(db: Db): Promise<CourtOrg[]> {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      path: organisations.path,
      regionCode: organisations.regionCode,
    })
    .from(organisations)
    .where(and(eq(organisations.kind, 'court'), isNull(organisations.disabledAt)))
    .orderBy(asc(organisations.path));
}

/** Regions whose first-instance cases the court hears under 集中管辖 on that day. */
export async function jurisdictionRegionsOf(db: Db, courtId: string, date: string): Promise<string[]> {
  const rows = await db
    .select({ regionCode: courtJurisdictions.regionCode })
    .from(courtJurisdictions)
    .where(
      and(
        eq(courtJurisdictions.courtId, courtId),
        lte(courtJurisdictions.effectiveFrom, date),
        sql`(${courtJurisdictions.effectiveTo} is null or ${courtJurisdictions.effectiveTo} >= ${date})`,
      ),
    );
  return [...new Set(rows.map((r) => r.regionCode))];
}

export async function legalOfficesIn(db: Db, regionCodes: string[]) {
  if (regionCodes.length === 0) return [];
  return db
    .select({ id: organisations.id, name: organisations.name, regionCode: organisations.regionCode })
    .from(organisations)
    .where(
      and(
        eq(organisations.kind, 'legal-office'),
        isNull(organisations.disabledAt),
        inArray(organisations.regionCode, regionCodes),
      ),
    )
    .orderBy(asc(organisations.path));
}

/** Hearings of the court's cases scheduled in [start, end), cancelled ones left out. */
export async function hearingsOfCourt(db: Db, courtId: string, start: Date, end: Date) {
  return db
    .select({
      eventId: hearings.eventId,
      caseId: litigationCases.id,
      caseNumber: litigationCases.caseNumber,
      causeCode: litigationCases.causeCode,
      subject: litigationCases.subject,
      scheduledAt: hearings.scheduledAt,
      courtRoom: hearings.courtRoom,
      judge: hearings.judge,
      isHeadRequested: hearings.isHeadRequested,
    })
    .from(hearings)
    .innerJoin(litigationCases, eq(litigationCases.id, hearings.caseId))
    .where(
      and(
        eq(litigationCases.courtId, courtId),
        ne(hearings.status, 'cancelled'),
        gte(hearings.scheduledAt, start),
        lt(hearings.scheduledAt, end),
      ),
    )
    .orderBy(asc(hearings.scheduledAt), asc(litigationCases.caseNumber));
}

/** Each defendant of each such hearing, with its appearance when one was recorded. */
export async function appearancesOfCourt(db: Db, courtId: string, start: Date, end: Date) {
  return db
    .select({
      caseId: litigationCases.id,
      caseNumber: litigationCases.caseNumber,
      hearingAt: hearings.scheduledAt,
      defendant: organisations.name,
      appearanceEventId: appearances.eventId,
      didHeadAppear: appearances.didHeadAppear,
      personName: appearances.personName,
      personPost: appearances.personPost,
      countsAsHead: appearances.countsAsHead,
      didSpeak: appearances.didSpeak,
    })
    .from(hearings)
    .innerJoin(litigationCases, eq(litigationCases.id, hearings.caseId))
    .innerJoin(caseDefendants, eq(caseDefendants.caseId, hearings.caseId))
    .innerJoin(organisations, eq(organisations.id, caseDefendants.organisationId))
    .leftJoin(
      appearances,
      and(
        eq(appearances.hearingEventId, hearings.eventId),
        eq(appearances.defendantOrgId, caseDefendants.organisationId),
      ),
    )
    .where(
      and(
        eq(litigationCases.courtId, courtId),
        ne(hearings.status, 'cancelled'),
        gte(hearings.scheduledAt, start),
        lt(hearings.scheduledAt, end),
      ),
    )
    .orderBy(asc(hearings.scheduledAt), asc(litigationCases.caseNumber), asc(caseDefendants.sortOrder));
}

/** The court's cases whose judgment became effective between two China dates (inclusive). */
export async function effectiveJudgmentsOfCourt(db: Db, courtId: string, first: string, last: string) {
  return db
    .select({
      caseId: litigationCases.id,
      caseNumber: litigationCases.caseNumber,
      judgmentKind: litigationCases.judgmentKind,
      result: litigationCases.result,
      isLost: litigationCases.isLost,
      effectiveOn: litigationCases.effectiveOn,
    })
    .from(litigationCases)
    .where(
      and(
        eq(litigationCases.courtId, courtId),
        gte(litigationCases.effectiveOn, first),
        lte(litigationCases.effectiveOn, last),
      ),
    )
    .orderBy(asc(litigationCases.effectiveOn), asc(litigationCases.caseNumber));
}

/** Inserts the report unless the court already has one for the month; undefined then. */
export async function insertReportIfAbsent(db: Db, values: typeof monthlyReports.$inferInsert) {
  const [row] = await db
    .insert(monthlyReports)
    .values(values)
    .onConflictDoNothing({ target: [monthlyReports.courtId, monthlyReports.month] })
    .returning();
  return row;
}

export async function replaceRecipients(
  db: Db,
  reportId: string,
  recipients: { organisationId: string; role: 'main' | 'copy' }[],
) {
  await db.delete(monthlyReportRecipients).where(eq(monthlyReportRecipients.reportId, reportId));
  if (recipients.length > 0) {
    await db.insert(monthlyReportRecipients).values(recipients.map((r) => ({ ...r, reportId })));
  }
}

const reportColumns = {
  report: monthlyReports,
  courtName: organisations.name,
  courtPath: organisations.path,
  courtRegionCode: organisations.regionCode,
};

function flatten(row: {
  report: typeof monthlyReports.$inferSelect;
  courtName: string;
  courtPath: string;
  courtRegionCode: string;
}): MonthlyReportRow {
  return {
    ...row.report,
    courtName: row.courtName,
    courtPath: row.courtPath,
    courtRegionCode: row.courtRegionCode,
  };
}

export async function findReport(db: Db, id: string): Promise<MonthlyReportRow | undefined> {
  const [row] = await db
    .select(reportColumns)
    .from(monthlyReports)
    .innerJoin(organisations, eq(organisations.id, monthlyReports.courtId))
    .where(eq(monthlyReports.id, id));
  return row && flatten(row);
}

/** Locks the report row for the rest of the transaction. */
export async function lockReport(db: Db, id: string) {
  const [row] = await db.select().from(monthlyReports).where(eq(monthlyReports.id, id)).for('update');
  return row;
}

export async function updateReport(db: Db, id: string, values: Partial<typeof monthlyReports.$inferInsert>) {
  await db.update(monthlyReports).set(values).where(eq(monthlyReports.id, id));
}

export type RecipientRow = Awaited<ReturnType<typeof recipientsOf>>[number];

export async function recipientsOf(db: Db, reportIds: string[]) {
  if (reportIds.length === 0) return [];
  return db
    .select({
      reportId: monthlyReportRecipients.reportId,
      organisationId: monthlyReportRecipients.organisationId,
      name: organisations.name,
      path: organisations.path,
      role: monthlyReportRecipients.role,
      readAt: monthlyReportRecipients.readAt,
      readByName: monthlyReportRecipients.readByName,
    })
    .from(monthlyReportRecipients)
    .innerJoin(organisations, eq(organisations.id, monthlyReportRecipients.organisationId))
    .where(inArray(monthlyReportRecipients.reportId, reportIds))
    .orderBy(desc(monthlyReportRecipients.role), asc(organisations.regionCode), asc(organisations.name));
}

/** Records the first reading by the organisation; false when it was already read. */
export async function markRecipientRead(
  db: Db,
  values: { reportId: string; organisationId: string; at: Date; userId: string | null; userName: string },
): Promise<boolean> {
  const rows = await db
    .update(monthlyReportRecipients)
    .set({ readAt: values.at, readBy: values.userId, readByName: values.userName })
    .where(
      and(
        eq(monthlyReportRecipients.reportId, values.reportId),
        eq(monthlyReportRecipients.organisationId, values.organisationId),
        isNull(monthlyReportRecipients.readAt),
      ),
    )
    .returning({ reportId: monthlyReportRecipients.reportId });
  return rows.length > 0;
}

export async function unsentReportsOf(db: Db, month: string): Promise<MonthlyReportRow[]> {
  const rows = await db
    .select(reportColumns)
    .from(monthlyReports)
    .innerJoin(organisations, eq(organisations.id, monthlyReports.courtId))
    .where(and(eq(monthlyReports.month, month), eq(monthlyReports.status, 'draft')))
    .orderBy(asc(organisations.path));
  return rows.map(flatten);
}

export async function listReports(
  db: Db,
  options: {
    scope: SQL;
    month?: string;
    courtId?: string;
    status?: 'draft' | 'sent' | 'overdue';
    today: string;
    page: number;
    pageSize: number;
  },
) {
  const conditions: SQL[] = [options.scope];
  if (options.month) conditions.push(eq(monthlyReports.month, options.month));
  if (options.courtId) conditions.push(eq(monthlyReports.courtId, options.courtId));
  if (options.status === 'sent') conditions.push(eq(monthlyReports.status, 'sent'));
  if (options.status === 'draft') conditions.push(eq(monthlyReports.status, 'draft'));
  if (options.status === 'overdue') {
    // Overdue from the day after the 5th: the month's "YYYY-MM-05" is before today.
    conditions.push(
      and(
        eq(monthlyReports.status, 'draft'),
        sql`${monthlyReports.month} || '-05' < ${options.today}`,
      ) as SQL,
    );
  }
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select(reportColumns)
      .from(monthlyReports)
      .innerJoin(organisations, eq(organisations.id, monthlyReports.courtId))
      .where(where)
      .orderBy(desc(monthlyReports.month), asc(organisations.regionCode), asc(organisations.name))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(monthlyReports)
      .innerJoin(organisations, eq(organisations.id, monthlyReports.courtId))
      .where(where),
  ]);
  return { rows: rows.map(flatten), total: total?.n ?? 0 };
}
