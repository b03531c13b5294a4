// 更新三通报数据: draws the snapshot again from the case register (steps
// recorded since the draft), and the recipients with it. The narrative is the
// liaison's and is kept.

import type { MonthlyReportContent } from '../../../shared/api/monthly-reports';
import type { Db } from '../../db/client';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { countsOf, drawReportContent, reportRecipientsOf } from './draw-report-content';
import { lockEditableReport } from './edit-monthly-report';
import { replaceRecipients, updateReport } from './monthly-reports.queries';

export async function refreshMonthlyReport(options: {
  db: Db;
  now: Date;
  principal: Principal;
  court: { id: string; name: string; path: string; regionCode: string };
  id: string;
  version: number;
  context: AuditContext;
}): Promise<void> {
  const { now, court } = options;
  await options.db.transaction(async (tx) => {
    const row = await lockEditableReport(tx, options.principal, options.id, options.version);
    const content = await drawReportContent(tx, court, row.month, now);
    const recipients = await reportRecipientsOf(tx, court, row.month);
    await replaceRecipients(tx, row.id, recipients);
    await updateReport(tx, row.id, { content, refreshedAt: now, updatedAt: now, version: row.version + 1 });
    await recordAudit(tx, options.context, now, {
      event: 'monthly-report.refreshed',
      targetType: 'monthly-report',
      targetId: row.id,
      targetLabel: row.month,
      before: { counts: countsOf(row.content as MonthlyReportContent) },
      after: { counts: countsOf(content), recipients },
    });
  });
}
