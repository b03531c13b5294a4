// 生成三通报草稿: on the first tick of a month, one draft per active court,
// drawn from the case register, addressed to the legal-affairs offices, and a
// notice to the court to review and send it by the 5th. The unique (court,
// month) index makes a second drafting of the same month a no-op, whichever
// process runs it.
import type { Db } from '../../db/client';
import { SYSTEM_AUDIT_CONTEXT } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { notify } from '../notifications/notify';
import { countsOf, defaultNarrative, drawReportContent, reportRecipientsOf } from './draw-report-content';
import { insertReportIfAbsent, listActiveCourts, replaceRecipients } from './monthly-reports.queries';
import { dueOn, monthLabel } from './report-month';

/** Returns the ids of the reports it drafted. */
export async function draftMonthlyReports(options: { db: Db; now: Date; month: string }): Promise<string[]> {
  const { db, now, month } = options;
  const drafted: string[] = [];
  for (const court of await listActiveCourts(db)) {
    const content = await drawReportContent(db, court, month, now);
    const report = await insertReportIfAbsent(db, {
      courtId: court.id,
      month,
      status: 'draft',
      content,
      narrative: defaultNarrative(court.name, content),
      draftedAt: now,
      refreshedAt: now,
      updatedAt: now,
    });
    if (!report) continue;
    const recipients = await reportRecipientsOf(db, court, month);
    await replaceRecipients(db, report.id, recipients);
    const label = `${court.name}${monthLabel(month)}三通报`;
    await recordAudit(db, SYSTEM_AUDIT_CONTEXT, now, {
      event: 'monthly-report.drafted',
      targetType: 'monthly-report',
      targetId: report.id,
      targetLabel: label,
      after: { courtId: court.id, month, counts: countsOf(content), recipients },
    });
    await notify(db, now, {
      organisationId: court.id,
      kind: 'monthly-report.drafted',
      title: `${monthLabel(month)}三通报草稿已生成`,
      body: `请核对数据、补充说明，并于${dueOn(month)}前报送${recipients.length > 0 ? '' : '（未找到同级司法局，请联系系统管理员）'}。`,
      link: `/monthly-reports/${report.id}`,
      dedupeKey: `monthly-report.drafted:${report.id}`,
    });
    drafted.push(report.id);
  }
  return drafted;
}
