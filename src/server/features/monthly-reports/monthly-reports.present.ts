// Shapes 三通报 rows for the API: the content and figures only for those who
// may read them (the court's side, or anyone in scope once sent).
import type {
  MonthlyReport,
  MonthlyReportContent,
  MonthlyReportSummary,
} from '../../../shared/api/monthly-reports';
import type { Principal } from '../../http/principal';
import { countsOf } from './draw-report-content';
import { canSeeContent, reportAbilities } from './monthly-reports.policy';
import type { MonthlyReportRow, RecipientRow } from './monthly-reports.queries';
import { dueOn, isReportOverdue } from './report-month';

export function presentReportSummary(
  principal: Principal,
  row: MonthlyReportRow,
  recipients: readonly RecipientRow[],
  now: Date,
): MonthlyReportSummary {
  const readable = canSeeContent(principal, row);
  return {
    id: row.id,
    court: { id: row.courtId, name: row.courtName },
    month: row.month,
    status: row.status as MonthlyReportSummary['status'],
    isOverdue: isReportOverdue(row, now),
    dueOn: dueOn(row.month),
    sentAt: row.sentAt?.toISOString() ?? null,
    sentByName: row.sentByName,
    counts: readable ? countsOf(row.content as MonthlyReportContent) : null,
    recipients: recipients.map((r) => ({
      organisation: { id: r.organisationId, name: r.name },
      role: r.role as 'main' | 'copy',
      readAt: r.readAt?.toISOString() ?? null,
      readByName: r.readByName,
    })),
    abilities: reportAbilities(principal, row, recipients),
  };
}

export function presentReport(
  principal: Principal,
  row: MonthlyReportRow,
  recipients: readonly RecipientRow[],
  now: Date,
): MonthlyReport {
  const readable = canSeeContent(principal, row);
  return {
    ...presentReportSummary(principal, row, recipients, now),
    content: readable ? (row.content as MonthlyReportContent) : null,
    narrative: readable ? row.narrative : null,
    draftedAt: row.draftedAt.toISOString(),
    refreshedAt: row.refreshedAt.toISOString(),
    version: row.version,
  };
}
