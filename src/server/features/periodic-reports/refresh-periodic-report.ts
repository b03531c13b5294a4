// 刷新数据: draws the figures of a draft again (records entered since); the
// narrative is the coordinator's and is kept.
import type { ReportData } from '../../../shared/api/periodic-reports';
import { parsePeriod, type ReportKind } from '../../../shared/domain/periodic-reports';
import type { Db } from '../../db/client';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { generateRegionReport } from './generate-region-report';
import { lockDraftReport } from './lock-draft-report';
import { type PeriodicReportRow, updateReport } from './periodic-reports.queries';

export async function refreshPeriodicReport(options: {
  db: Db;
  now: Date;
  principal: Principal;
  report: PeriodicReportRow;
  label: string;
  version: number;
  context: AuditContext;
}): Promise<void> {
  const { now, report } = options;
  const period = parsePeriod(report.kind as ReportKind, report.periodKey)!;
  await options.db.transaction(async (tx) => {
    const row = await lockDraftReport(tx, options.principal, report, options.version);
    const region = { id: report.regionId, name: report.regionName, path: report.regionPath };
    const data = await generateRegionReport({ db: tx, region, period, now });
    await updateReport(tx, row.id, { data, refreshedAt: now, updatedAt: now, version: row.version + 1 });
    await recordAudit(tx, options.context, now, {
      event: 'periodic-report.refreshed',
      targetType: 'periodic-report',
      targetId: row.id,
      targetLabel: options.label,
      before: { cases: (row.data as ReportData).cases },
      after: { cases: data.cases },
    });
  });
}
