// 刷新数据: draws the figures of a draft again (records entered since). Each
// narrative section still as written from the old figures is written again
// from the new ones; a section the coordinator changed is kept, and named in
// the result so they can check it against the new figures (narrative-text.ts).
import type { Narrative, ReportData, ReportRefresh } from '../../../shared/api/periodic-reports';
import { parsePeriod, type ReportKind } from '../../../shared/domain/periodic-reports';
import type { Db } from '../../db/client';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { generateRegionReport } from './generate-region-report';
import { lockDraftReport } from './lock-draft-report';
import { redraftNarrative, reviewWarningOf } from './narrative-text';
import { type PeriodicReportRow, updateReport } from './periodic-reports.queries';

export async function refreshPeriodicReport(options: {
  db: Db;
  now: Date;
  principal: Principal;
  report: PeriodicReportRow;
  label: string;
  version: number;
  context: AuditContext;
}): Promise<ReportRefresh> {
  const { now, report } = options;
  const period = parsePeriod(report.kind as ReportKind, report.periodKey)!;
  return options.db.transaction(async (tx) => {
    const row = await lockDraftReport(tx, options.principal, report, options.version);
    const region = { id: report.regionId, name: report.regionName, path: report.regionPath };
    const before = row.data as ReportData;
    const data = await generateRegionReport({ db: tx, region, period, now });
    const { narrative, figuresChanged, redrafted, needsReview } = redraftNarrative(
      row.narrative as Narrative,
      before,
      data,
    );
    await updateReport(tx, row.id, {
      data,
      narrative,
      refreshedAt: now,
      updatedAt: now,
      version: row.version + 1,
    });
    const sections = (n: Narrative) => Object.fromEntries(redrafted.map((s) => [s, n[s]]));
    await recordAudit(tx, options.context, now, {
      event: 'periodic-report.refreshed',
      targetType: 'periodic-report',
      targetId: row.id,
      targetLabel: options.label,
      before: { cases: before.cases, narrative: sections(row.narrative as Narrative) },
      after: { cases: data.cases, narrative: sections(narrative), needsReview },
    });
    return { figuresChanged, redrafted, needsReview, warning: reviewWarningOf(needsReview) };
  });
}
