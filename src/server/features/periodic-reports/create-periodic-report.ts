// 编制定期报告: the coordinator opens the draft of a period for their region.
// The figures are drawn at once (and again on 刷新数据 while a draft); the
// narrative starts from paragraphs written from those figures. One report per
// region, kind and period: a second is refused.
import type { ReportPeriodInput } from '../../../shared/api/periodic-reports';
import { chinaDate } from '../../../shared/domain/china-time';
import { parsePeriod, periodRefusal } from '../../../shared/domain/periodic-reports';
import type { Db } from '../../db/client';
import { AppError, fieldError } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { generateRegionReport } from './generate-region-report';
import { draftNarrative } from './narrative-text';
import { reportTitleOf } from './periodic-reports.present';
import { findReportOfPeriod, insertReport, type RegionRow } from './periodic-reports.queries';

export async function createPeriodicReport(options: {
  db: Db;
  now: Date;
  principal: Principal;
  region: RegionRow;
  input: ReportPeriodInput;
  context: AuditContext;
}): Promise<string> {
  const { db, now, principal, region, input } = options;
  const period = parsePeriod(input.kind, input.periodKey)!;
  const refusal = periodRefusal(period, chinaDate(now));
  if (refusal) throw fieldError('periodKey', refusal);
  const label = reportTitleOf({ regionName: region.name, kind: input.kind, periodKey: input.periodKey });
  const duplicate = () => new AppError('DUPLICATE', `${label}已经编制，请在列表中打开`);
  if (await findReportOfPeriod(db, region.id, input.kind, input.periodKey)) throw duplicate();

  const data = await generateRegionReport({ db, region, period, now });
  return db.transaction(async (tx) => {
    const row = await insertReport(tx, {
      regionId: region.id,
      issuerOrgId: principal.organisation.id,
      kind: input.kind,
      periodKey: input.periodKey,
      fromDate: period.from,
      toDate: period.to,
      status: 'draft',
      data,
      narrative: draftNarrative(data),
      createdBy: principal.kind === 'user' ? principal.id : null,
      createdByName: principal.displayName,
      createdAt: now,
      refreshedAt: now,
      updatedAt: now,
    });
    // Two coordinators creating the same period at once: the unique index decides.
    if (!row) throw duplicate();
    await recordAudit(tx, options.context, now, {
      event: 'periodic-report.created',
      targetType: 'periodic-report',
      targetId: row.id,
      targetLabel: label,
      after: { kind: input.kind, periodKey: input.periodKey, received: data.cases.received },
    });
    return row.id;
  });
}
