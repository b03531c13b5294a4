// The coordinator's work on a draft: the checks every change shares (own
// region, still a draft, the version read), done on the locked row.
import type { Db } from '../../db/client';
import { AppError, conflict, notFound } from '../../http/errors';
import type { Principal } from '../../http/principal';
import { checkWritable } from './periodic-reports.policy';
import { lockReport, type PeriodicReportRow } from './periodic-reports.queries';

export async function lockDraftReport(
  db: Db,
  principal: Principal,
  report: PeriodicReportRow,
  version: number,
) {
  const row = await lockReport(db, report.id);
  if (!row) throw notFound('定期报告');
  checkWritable(principal, report);
  if (row.status !== 'draft') throw new AppError('CONFLICT', '报告已发布，不能再修改');
  if (row.version !== version) throw conflict('定期报告');
  return row;
}

export const reportLabelOf = (report: { regionName: string; periodLabel: string; kindLabel: string }) =>
  `${report.regionName}${report.periodLabel}${report.kindLabel}`;
