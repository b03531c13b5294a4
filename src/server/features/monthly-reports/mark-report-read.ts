// 阅读回执: the first person of a recipient office to open a sent report signs
// for the office. Later readings change nothing.
import type { Db } from '../../db/client';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { markRecipientRead } from './monthly-reports.queries';

export async function markReportRead(options: {
  db: Db;
  now: Date;
  principal: Principal;
  report: { id: string; month: string; courtName: string };
  context: AuditContext;
}): Promise<boolean> {
  const { now, principal, report } = options;
  return options.db.transaction(async (tx) => {
    const isFirst = await markRecipientRead(tx, {
      reportId: report.id,
      organisationId: principal.organisation.id,
      at: now,
      userId: principal.kind === 'user' ? principal.id : null,
      userName: principal.displayName,
    });
    if (isFirst) {
      await recordAudit(tx, options.context, now, {
        event: 'monthly-report.read',
        targetType: 'monthly-report',
        targetId: report.id,
        targetLabel: `${report.courtName}${report.month}`,
        after: { organisationId: principal.organisation.id, organisation: principal.organisation.name },
      });
    }
    return isFirst;
  });
}
