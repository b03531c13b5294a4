// 修改三通报说明: the liaison rewrites the narrative of a draft.
import type { Db } from '../../db/client';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { lockEditableReport } from './edit-monthly-report';
import { updateReport } from './monthly-reports.queries';

export async function updateReportNarrative(options: {
  db: Db;
  now: Date;
  principal: Principal;
  id: string;
  narrative: string;
  version: number;
  context: AuditContext;
}): Promise<void> {
  const { now } = options;
  await options.db.transaction(async (tx) => {
    const row = await lockEditableReport(tx, options.principal, options.id, options.version);
    await updateReport(tx, row.id, {
      narrative: options.narrative,
      updatedAt: now,
      version: row.version + 1,
    });
    await recordAudit(tx, options.context, now, {
      event: 'monthly-report.narrative.updated',
      targetType: 'monthly-report',
      targetId: row.id,
      targetLabel: row.month,
      before: { narrative: row.narrative },
      after: { narrative: options.narrative },
    });
  });
}
