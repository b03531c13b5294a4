// 上传信息通报附件: the same content check as case attachments (the type is
// judged by the bytes, not the name), stored under its SHA-256 and attached to
// a draft in one transaction (attachments/store-upload.ts).
import { MAX_BULLETIN_ATTACHMENTS } from '../../../shared/domain/bulletins';
import type { Db } from '../../db/client';
import type { FileStorage } from '../../files/file-storage';
import { fieldError } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import type { Upload } from '../attachments/read-upload';
import { checkUploadType, storeUpload } from '../attachments/store-upload';
import { recordAudit } from '../audit/record-audit';
import { bulletinAttachmentsOf, insertBulletinAttachment } from './bulletins.queries';
import { lockDraft } from './lock-draft';

export async function addBulletinAttachment(options: {
  db: Db;
  storage: FileStorage;
  now: Date;
  principal: Principal;
  bulletinId: string;
  upload: Upload;
  context: AuditContext;
}): Promise<string> {
  const { now, principal, upload } = options;
  const checked = await checkUploadType(upload, '附件');
  return storeUpload({ ...options, checked }, async (tx, file) => {
    const row = await lockDraft(tx, principal, options.bulletinId);
    if ((await bulletinAttachmentsOf(tx, [row.id])).length >= MAX_BULLETIN_ATTACHMENTS) {
      throw fieldError('file', `每份信息通报最多${MAX_BULLETIN_ATTACHMENTS}个附件`);
    }
    const attachment = await insertBulletinAttachment(tx, {
      bulletinId: row.id,
      fileId: file.id,
      createdBy: principal.kind === 'user' ? principal.id : null,
      createdAt: now,
    });
    await recordAudit(tx, options.context, now, {
      event: 'bulletin.attachment.added',
      targetType: 'bulletin',
      targetId: row.id,
      targetLabel: row.title,
      after: {
        attachmentId: attachment.id,
        fileName: checked.fileName,
        size: upload.staged.size,
        mimeType: checked.mimeType,
        sha256: upload.staged.sha256,
      },
    });
    return attachment.id;
  });
}
