// Shapes bulletins for the API.
import type { Bulletin, BulletinSummary } from '../../../shared/api/bulletins';
import {
  BULLETIN_CATEGORY_LABELS,
  type BulletinCategory,
  type BulletinSide,
  type BulletinStatus,
} from '../../../shared/domain/bulletins';
import type { Principal } from '../../http/principal';
import { bulletinAbilities } from './bulletins.policy';
import type { BulletinAttachmentRow, BulletinRecipientRow, BulletinRow } from './bulletins.queries';

export function presentBulletinSummary(
  principal: Principal,
  row: BulletinRow,
  recipients: readonly BulletinRecipientRow[],
  attachmentCount: number,
): BulletinSummary {
  const mine = recipients.find((r) => r.organisationId === principal.organisation.id);
  return {
    id: row.id,
    sender: { id: row.senderOrgId, name: row.senderName },
    senderSide: row.senderSide as BulletinSide,
    category: row.category as BulletinCategory,
    categoryLabel: BULLETIN_CATEGORY_LABELS[row.category as BulletinCategory],
    title: row.title,
    status: row.status as BulletinStatus,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
    sentByName: row.sentByName,
    isRead: mine && row.status === 'sent' ? mine.readAt !== null : null,
    recipients: recipients.map((r) => ({
      organisation: { id: r.organisationId, name: r.name },
      readAt: r.readAt?.toISOString() ?? null,
      readByName: r.readByName,
    })),
    attachmentCount,
  };
}

export function presentBulletin(
  principal: Principal,
  row: BulletinRow,
  parts: {
    recipients: readonly BulletinRecipientRow[];
    attachments: readonly BulletinAttachmentRow[];
    caseNumber: string | null;
    canOpenCase: boolean;
  },
): Bulletin {
  return {
    ...presentBulletinSummary(principal, row, parts.recipients, parts.attachments.length),
    body: row.body,
    case: row.caseId && parts.caseNumber ? { id: row.caseId, caseNumber: parts.caseNumber } : null,
    createdByName: row.createdByName,
    attachments: parts.attachments.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      size: a.size,
      mimeType: a.mimeType,
      downloadUrl: `/api/bulletins/${row.id}/attachments/${a.id}`,
    })),
    version: row.version,
    abilities: bulletinAbilities(principal, row, parts.recipients, parts.canOpenCase),
  };
}
