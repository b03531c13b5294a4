// 移除信息通报附件: only from a draft. The stored file row stays (files are
// content-addressed and never rewritten); the audit row names what was removed.
import type { Db } from '../../db/client';
import { notFound } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { bulletinAttachmentsOf, deleteBulletinAttachment } from './bulletins.queries';
import { lockDraft } from './lock-draft';

export async function removeBulletinAttachment(options: {
  db: Db;
  now: Date;
  principal: Principal;
  bulletinId: string;
  attachmentId: string;
  context: AuditContext;
}): Promise<void> {
  const { now } = options;
  await options.db.transaction(async (tx) => {
    const row = await lockDraft(tx, options.principal, options.bulletinId);
    const attachment = (await bulletinAttachmentsOf(tx, [row.id])).find((a) => a.id === options.attachmentId);
    if (!attachment) throw notFound('附件');
    await deleteBulletinAttachment(tx, row.id, attachment.id);
    await recordAudit(tx, options.context, now, {
      event: 'bulletin.attachment.removed',
      targetType: 'bulletin',
      targetId: row.id,
      targetLabel: row.title,
      before: { attachmentId: attachment.id, fileName: attachment.fileName, sha256: attachment.sha256 },
    });
  });
}
