// An uploaded paper, whatever record it belongs to (a case, a bulletin, a
// suggestion): its type is checked by its content, not its name; the content
// is stored under its SHA-256 and its stored_files row is written in the same
// transaction as the caller's rows. If that transaction fails, the content this
// upload wrote is removed again, so the disk holds no file that no row names.
import {
  ATTACHMENT_FILE_TYPES,
  ATTACHMENT_TYPES_TEXT,
  isAttachmentFileType,
} from '../../../shared/api/attachments';
import type { Db } from '../../db/client';
import { cleanFileName } from '../../files/content-disposition';
import { detectFileType, typeNameOf } from '../../files/detect-file-type';
import type { FileStorage } from '../../files/file-storage';
import { insertStoredFile, removeUnreferencedContent } from '../../files/stored-files.queries';
import { fieldError } from '../../http/errors';
import type { Principal } from '../../http/principal';
import type { Upload } from './read-upload';

export interface CheckedUpload {
  upload: Upload;
  mimeType: string;
  /** The sent name, cleaned, with the extension of what the content is. */
  fileName: string;
}

/** Refuses a file whose content is not one of the attachment types (field 'file'). */
export async function checkUploadType(upload: Upload, fallbackName: string): Promise<CheckedUpload> {
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
  return {
    upload,
    mimeType: type.mime,
    fileName: withExtension(cleanFileName(upload.fileName, fallbackName), type.extensions),
  };
}

/**
 * Stores the checked upload and runs `write` in one transaction with its
 * stored_files row; `write` adds the caller's own rows and audit.
 */
export async function storeUpload<T>(
  options: { db: Db; storage: FileStorage; now: Date; principal: Principal; checked: CheckedUpload },
  write: (tx: Db, file: { id: string }) => Promise<T>,
): Promise<T> {
  const { db, storage, now, principal, checked } = options;
  const { staged } = checked.upload;
  const { isNew } = await storage.commit(staged);
  try {
    return await db.transaction(async (tx) => {
      const file = await insertStoredFile(tx, {
        sha256: staged.sha256,
        size: staged.size,
        mimeType: checked.mimeType,
        originalName: checked.fileName,
        uploadedBy: principal.kind === 'user' ? principal.id : null,
        uploadedAt: now,
      });
      return write(tx, file);
    });
  } catch (error) {
    await removeUnreferencedContent(db, storage, { sha256: staged.sha256, isNew });
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
