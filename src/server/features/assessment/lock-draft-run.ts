// The checks every change to a run shares — the caller manages its region, it is
// still a draft, and it is the revision the caller read — done on the locked row.
import type { Db } from '../../db/client';
import { AppError, conflict, notFound } from '../../http/errors';
import type { Principal } from '../../http/principal';
import { canManageRegion } from './assessment.policy';
import { findRun } from './assessment.queries';

export async function lockDraftRun(
  tx: Db,
  principal: Principal,
  run: { id: string; revision: number },
  publishedMessage: string,
) {
  const found = await findRun(tx, run.id, { forUpdate: true });
  if (!found || !canManageRegion(principal, found.run.regionPath)) throw notFound('考核结果');
  if (found.run.status === 'published') throw new AppError('CONFLICT', publishedMessage);
  if (found.run.revision !== run.revision) throw conflict('考核结果');
  return found;
}
