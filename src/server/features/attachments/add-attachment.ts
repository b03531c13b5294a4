// 上传案件材料: checks the staged file's type by its content, stores it under
// its SHA-256, and writes the file row, the attachment row and the audit row in
// one transaction (store-upload.ts).
import type { AttachmentFields } from '../../../shared/api/attachments';
import type { Db } from '../../db/client';
import type { FileStorage } from '../../files/file-storage';
import { fieldError } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { insertAttachment, isEventOfCase } from './attachments.queries';
import type { Upload } from './read-upload';
import { checkUploadType, storeUpload } from './store-upload';

export async function addAttachment(options: {
  db: Db;
  storage: FileStorage;
  now: Date;
  principal: Principal;
  caseRow: { id: string; caseNumber: string };
  upload: Upload;
  fields: AttachmentFields;
  context: AuditContext;
}): Promise<string> {
  const { db, now, caseRow, upload, fields, principal } = options;
  if (fields.eventId !== null && !(await isEventOfCase(db, caseRow.id, fields.eventId))) {
    throw fieldError('eventId', '所属环节不是本案的记录，请从本案的时间线中选择');
  }
  const checked = await checkUploadType(upload, '材料');
  return storeUpload({ ...options, checked }, async (tx, file) => {
    const attachment = await insertAttachment(tx, {
      caseId: caseRow.id,
      eventId: fields.eventId,
      fileId: file.id,
      category: fields.category,
      description: fields.description,
      createdBy: principal.kind === 'user' ? principal.id : null,
      createdAt: now,
    });
    await recordAudit(tx, options.context, now, {
      event: 'case.attachment.added',
      targetType: 'case',
      targetId: caseRow.id,
      targetLabel: caseRow.caseNumber,
      after: {
        attachmentId: attachment.id,
        fileName: checked.fileName,
        size: upload.staged.size,
        mimeType: checked.mimeType,
        sha256: upload.staged.sha256,
        category: fields.category,
        eventId: fields.eventId,
      },
    });
    return attachment.id;
  });
}
