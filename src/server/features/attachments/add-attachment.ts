// 上传案件材料: checks the staged file's type by its content, stores it under
// its SHA-256, and writes the file row, the attachment row and the audit row in
// one transaction. If that transaction fails, the file this upload wrote is
// removed again, so the disk holds no file that no row names.
import {
  ATTACHMENT_FILE_TYPES,
  ATTACHMENT_TYPES_TEXT,
  type AttachmentFields,
  isAttachmentFileType,
} from '../../../shared/api/attachments';
import type { Db } from '../../db/client';
import { cleanFileName } from '../../files/content-disposition';
import { detectFileType, typeNameOf } from '../../files/detect-file-type';
import type { FileStorage } from '../../files/file-storage';
import { insertStoredFile, removeUnreferencedContent } from '../../files/stored-files.queries';
import { fieldError } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { insertAttachment, isEventOfCase } from './attachments.queries';
import type { Upload } from './read-upload';

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
  const { db, storage, now, caseRow, upload, fields } = options;
  if (fields.eventId !== null && !(await isEventOfCase(db, caseRow.id, fields.eventId))) {
    throw fieldError('eventId', '所属环节不是本案的记录，请从本案的时间线中选择');
  }

  const detected = await detectFileType(upload.staged.path);
  if (!detected) {
    throw fieldError(
      'file',
      `无法识别文件类型（可能是纯文本或已损坏的文件）。仅支持上传${ATTACHMENT_TYPES_TEXT}`,
    );
  }
  if (!isAttachmentFileType(detected.ext)) {
    throw fieldError(
      'file',
      `不支持的文件类型：按文件内容识别为${typeNameOf(detected)}。仅支持上传${ATTACHMENT_TYPES_TEXT}`,
    );
  }
  const type = ATTACHMENT_FILE_TYPES[detected.ext];
  const fileName = withExtension(cleanFileName(upload.fileName, '材料'), type.extensions);

  const { isNew } = await storage.commit(upload.staged);
  try {
    return await db.transaction(async (tx) => {
      const file = await insertStoredFile(tx, {
        sha256: upload.staged.sha256,
        size: upload.staged.size,
        mimeType: type.mime,
        originalName: fileName,
        uploadedBy: options.principal.kind === 'user' ? options.principal.id : null,
        uploadedAt: now,
      });
      const attachment = await insertAttachment(tx, {
        caseId: caseRow.id,
        eventId: fields.eventId,
        fileId: file.id,
        category: fields.category,
        description: fields.description,
        createdBy: options.principal.kind === 'user' ? options.principal.id : null,
        createdAt: now,
      });
      await recordAudit(tx, options.context, now, {
        event: 'case.attachment.added',
        targetType: 'case',
        targetId: caseRow.id,
        targetLabel: caseRow.caseNumber,
        after: {
          attachmentId: attachment.id,
          fileName,
          size: upload.staged.size,
          mimeType: type.mime,
          sha256: upload.staged.sha256,
          category: fields.category,
          eventId: fields.eventId,
        },
      });
      return attachment.id;
    });
  } catch (error) {
    await removeUnreferencedContent(db, storage, { sha256: upload.staged.sha256, isNew });
    throw error;
  }
}

/**
 * The name carries the extension of what the content is: a Word file sent as
 * "起诉状.pdf" is kept as "起诉状.docx", so it opens in the right program.
 */
export function withExtension(name: string, extensions: readonly string[]): string {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (extensions.includes(ext)) return name;
  const stem = dot > 0 && /^[a-z0-9]{1,5}$/.test(ext) ? name.slice(0, dot) : name;
  return `${stem}.${extensions[0]}`;
}
