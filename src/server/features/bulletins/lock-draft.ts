// The checks every change of a draft shares, on the locked row: the sender's
// own people with 'bulletin.send', still a draft, the version read.
import type { Db } from '../../db/client';
import { AppError, conflict, forbidden, notFound } from '../../http/errors';
import { can, type Principal } from '../../http/principal';
import { lockBulletin } from './bulletins.queries';

export async function lockDraft(db: Db, principal: Principal, id: string, version?: number) {
  const row = await lockBulletin(db, id);
  if (!row || row.senderOrgId !== principal.organisation.id) throw notFound('信息通报');
  if (!can(principal, 'bulletin.send')) throw forbidden();
  if (row.status !== 'draft') throw new AppError('CONFLICT', '信息通报已发送，不能再修改');
  if (version !== undefined && row.version !== version) throw conflict('信息通报');
  return row;
}
