// The liaison's work on a draft 三通报: the checks every change shares (the
// court's own liaison, still a draft, the version read), done on the locked row.
import type { Db } from '../../db/client';
import { AppError, conflict, forbidden, notFound } from '../../http/errors';
import { can, type Principal } from '../../http/principal';
import { lockReport } from './monthly-reports.queries';

export async function lockEditableReport(db: Db, principal: Principal, id: string, version: number) {
  const row = await lockReport(db, id);
  if (!row) throw notFound('三通报');
  if (!can(principal, 'monthly-report.write') || principal.organisation.id !== row.courtId) {
    throw forbidden('只有本院的法院联络员可以编辑和报送本院的三通报');
  }
  if (row.status === 'sent') throw new AppError('CONFLICT', '三通报已报送，不能再修改');
  if (row.version !== version) throw conflict('三通报');
  return row;
}
