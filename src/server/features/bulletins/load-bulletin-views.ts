// Composes a bulletin and the list pages from the queries, for the routes.
import type { Db } from '../../db/client';
import { AppError, notFound } from '../../http/errors';
import { can, type Principal } from '../../http/principal';
import { loadVisibleCase } from '../cases/load-case-views';
import { canSeeBulletin } from './bulletins.policy';
import { presentBulletin, presentBulletinSummary } from './bulletins.present';
import {
  type BulletinRow,
  bulletinAttachmentsOf,
  bulletinRecipientsOf,
  caseNumberOf,
  findBulletin,
} from './bulletins.queries';

/** A bulletin the caller may see, or 404 as if it did not exist. */
export async function loadVisibleBulletin(db: Db, principal: Principal, id: string) {
  const bulletin = await findBulletin(db, id);
  if (!bulletin) throw notFound('信息通报');
  const recipients = await bulletinRecipientsOf(db, [id]);
  if (!canSeeBulletin(principal, bulletin, recipients)) throw notFound('信息通报');
  return { bulletin, recipients };
}

async function isCaseVisible(db: Db, principal: Principal, caseId: string | null) {
  if (!caseId || !can(principal, 'case.read')) return false;
  try {
    await loadVisibleCase(db, principal, caseId);
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return false;
    throw error;
  }
}

export async function loadBulletinDetail(db: Db, principal: Principal, id: string) {
  const { bulletin, recipients } = await loadVisibleBulletin(db, principal, id);
  const [attachments, caseNumber, canOpenCase] = await Promise.all([
    bulletinAttachmentsOf(db, [id]),
    bulletin.caseId ? caseNumberOf(db, bulletin.caseId) : Promise.resolve(null),
    isCaseVisible(db, principal, bulletin.caseId),
  ]);
  return presentBulletin(principal, bulletin, {
    recipients,
    attachments,
    caseNumber: caseNumber ?? null,
    canOpenCase,
  });
}

export async function presentBulletinRows(db: Db, principal: Principal, rows: BulletinRow[]) {
  const ids = rows.map((row) => row.id);
  const [recipients, attachments] = await Promise.all([
    bulletinRecipientsOf(db, ids),
    bulletinAttachmentsOf(db, ids),
  ]);
  return rows.map((row) =>
    presentBulletinSummary(
      principal,
      row,
      recipients.filter((x) => x.bulletinId === row.id),
      attachments.filter((x) => x.bulletinId === row.id).length,
    ),
  );
}
