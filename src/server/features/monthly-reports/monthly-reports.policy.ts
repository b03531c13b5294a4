// Who sees and handles a 三通报. The court's side (the court in the caller's
// scope) sees its reports always; the recipients' side (a recipient office in
// the caller's scope: the office itself, its region's coordinators and
// leaders) sees that a report exists and whether it is late, and its content
// once sent. Only the court's own liaison edits and sends, while it is a draft.
import { type SQL, sql } from 'drizzle-orm';
import type { MonthlyReportSummary } from '../../../shared/api/monthly-reports';
import { escapeLike } from '../../db/like';
import { can, isInScope, type Principal } from '../../http/principal';
import type { MonthlyReportRow, RecipientRow } from './monthly-reports.queries';

/** SQL condition on monthly_reports (joined with the court's organisations row). */
export function reportScopeCondition(principal: Principal): SQL {
  if (principal.scope.all) return sql`true`;
  const prefix = `${escapeLike(principal.scope.pathPrefix)}%`;
  return sql`("organisations"."path" like ${prefix}
    or exists (select 1 from monthly_report_recipients r join organisations ro on ro.id = r.organisation_id
      where r.report_id = "monthly_reports"."id" and ro.path like ${prefix}))`;
}

export function isCourtSide(principal: Principal, report: Pick<MonthlyReportRow, 'courtPath'>): boolean {
  return isInScope(principal, report.courtPath);
}

export function canSeeReport(
  principal: Principal,
  report: Pick<MonthlyReportRow, 'courtPath'>,
  recipients: readonly Pick<RecipientRow, 'path'>[],
): boolean {
  if (!can(principal, 'monthly-report.read')) return false;
  return isCourtSide(principal, report) || recipients.some((r) => isInScope(principal, r.path));
}

export function canSeeContent(principal: Principal, report: MonthlyReportRow): boolean {
  return isCourtSide(principal, report) || report.status === 'sent';
}

export function reportAbilities(
  principal: Principal,
  report: MonthlyReportRow,
  recipients: readonly RecipientRow[],
): MonthlyReportSummary['abilities'] {
  const isOwnDraft =
    can(principal, 'monthly-report.write') &&
    principal.organisation.id === report.courtId &&
    report.status === 'draft';
  return {
    read: canSeeContent(principal, report),
    edit: isOwnDraft,
    send: isOwnDraft && recipients.length > 0,
    markRead:
      principal.kind === 'user' &&
      report.status === 'sent' &&
      recipients.some((r) => r.organisationId === principal.organisation.id && r.readAt === null),
  };
}
