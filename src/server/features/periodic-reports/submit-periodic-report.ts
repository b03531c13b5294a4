// 上报: a county's coordinator submits its published report to the city (the
// region above); recorded once, audited, and the city's 司法局 is told. Only
// once the period has ended, as for publishing.
import { chinaDate } from '../../../shared/domain/china-time';
import { parsePeriod, periodOpenRefusal, type ReportKind } from '../../../shared/domain/periodic-reports';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { notify } from '../notifications/notify';
import { checkWritable } from './periodic-reports.policy';
import { shortRegionName } from './periodic-reports.present';
import { lockReport, type PeriodicReportRow, updateReport } from './periodic-reports.queries';

export async function submitPeriodicReport(options: {
  db: Db;
  now: Date;
  principal: Principal;
  report: PeriodicReportRow;
  title: string;
  /** The region above and its 司法局, which receives the report. */
  parent: { id: string; name: string; legalOffice: { id: string; name: string } | null };
  context: AuditContext;
}): Promise<void> {
  const { now, principal, report, parent } = options;
  await options.db.transaction(async (tx) => {
    const row = await lockReport(tx, report.id);
    checkWritable(principal, report);
    if (row?.status !== 'published') throw new AppError('CONFLICT', '报告发布后才能上报');
    if (row.submittedAt) throw new AppError('CONFLICT', '报告已上报，不能重复上报');
    // Publishing already waits for the period's end; a report published before that rule
    // still must not reach the city's 上报情况 with partial figures.
    const unfinished = periodOpenRefusal(
      parsePeriod(row.kind as ReportKind, row.periodKey)!,
      chinaDate(now),
      '上报',
    );
    if (unfinished) throw new AppError('CONFLICT', unfinished);
    if (!parent.legalOffice) {
      throw new AppError('CONFLICT', `未找到${parent.name}的司法局，请联系系统管理员维护组织机构`);
    }
    await updateReport(tx, row.id, {
      submittedAt: now,
      submittedBy: principal.kind === 'user' ? principal.id : null,
      submittedByName: principal.displayName,
      updatedAt: now,
      version: row.version + 1,
    });
    await recordAudit(tx, options.context, now, {
      event: 'periodic-report.submitted',
      targetType: 'periodic-report',
      targetId: row.id,
      targetLabel: options.title,
      after: { to: parent.legalOffice.name, documentNumber: row.documentNumber },
    });
    await notify(
      tx,
      now,
      {
        organisationId: parent.legalOffice.id,
        kind: 'periodic-report.submitted',
        title: `${report.regionName}上报了${options.title.replace(shortRegionName(report.regionName), '')}`,
        body: `${report.issuerName}上报了${options.title}（${row.documentNumber}）。`,
        link: `/periodic-reports/${row.id}`,
        dedupeKey: `periodic-report.submitted:${row.id}`,
      },
      options.context,
    );
  });
}
