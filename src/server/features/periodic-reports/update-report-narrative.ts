// 修改定期报告文字部分: the coordinator rewrites the narrative sections of a draft.
import type { UpdateNarrativeInput } from '../../../shared/api/periodic-reports';
import type { Db } from '../../db/client';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { lockDraftReport } from './lock-draft-report';
import { type PeriodicReportRow, updateReport } from './periodic-reports.queries';

export async function updateReportNarrative(options: {
  db: Db;
  now: Date;
  principal: Principal;
  report: PeriodicReportRow;
  label: string;
  input: UpdateNarrativeInput;
  context: AuditContext;
}): Promise<void> {
  const { now, input } = options;
  await options.db.transaction(async (tx) => {
    const row = await lockDraftReport(tx, options.principal, options.report, input.version);
    const narrative = { overview: input.overview, problems: input.problems, suggestions: input.suggestions };
    await updateReport(tx, row.id, { narrative, updatedAt: now, version: row.version + 1 });
    await recordAudit(tx, options.context, now, {
      event: 'periodic-report.narrative.updated',
      targetType: 'periodic-report',
      targetId: row.id,
      targetLabel: options.label,
      before: row.narrative,
      after: narrative,
    });
  });
}
