// 三通报逾期提醒: from the 6th, every report of the month still not sent is
// marked and both sides are told — the court and each recipient office
// (seed 002: 每月5日前通报).
import type { Db } from '../../db/client';
import { SYSTEM_AUDIT_CONTEXT } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { notify } from '../notifications/notify';
import { recipientsOf, unsentReportsOf, updateReport } from './monthly-reports.queries';
import { dueOn, monthLabel } from './report-month';

export async function flagOverdueReports(options: { db: Db; now: Date; month: string }): Promise<string[]> {
  const { db, now, month } = options;
  const flagged: string[] = [];
  for (const report of await unsentReportsOf(db, month)) {
    if (report.overdueNotifiedAt) continue;
    await updateReport(db, report.id, { overdueNotifiedAt: now });
    const recipients = await recipientsOf(db, [report.id]);
    const label = `${report.courtName}${monthLabel(month)}三通报`;
    await recordAudit(db, SYSTEM_AUDIT_CONTEXT, now, {
      event: 'monthly-report.overdue',
      targetType: 'monthly-report',
      targetId: report.id,
      targetLabel: label,
      after: { dueOn: dueOn(month), notified: [report.courtId, ...recipients.map((r) => r.organisationId)] },
    });
    const link = `/monthly-reports/${report.id}`;
    await notify(db, now, {
      organisationId: report.courtId,
      kind: 'monthly-report.overdue',
      title: `${monthLabel(month)}三通报逾期未报送`,
      body: `报送期限为${dueOn(month)}，请尽快核对并报送。`,
      link,
      dedupeKey: `monthly-report.overdue:${report.id}:${report.courtId}`,
    });
    for (const r of recipients) {
      await notify(db, now, {
        organisationId: r.organisationId,
        kind: 'monthly-report.overdue',
        title: `${label}逾期未报送`,
        body: `${report.courtName}的${monthLabel(month)}三通报应于${dueOn(month)}前报送，至今未收到。`,
        link,
        dedupeKey: `monthly-report.overdue:${report.id}:${r.organisationId}`,
      });
    }
    flagged.push(report.id);
  }
  return flagged;
}
