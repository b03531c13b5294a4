// 上传材料: the paper as received, the reply, proof of rectification. The type
// is checked by content as for case attachments; the file row, the link row,
// the timeline event and the audit row are one transaction
// (attachments/store-upload.ts).
import { SUGGESTION_FILE_CATEGORIES } from '../../../shared/api/suggestions';
import { SUGGESTION_KIND_LABELS, type SuggestionKind } from '../../../shared/domain/suggestions';
import type { Db } from '../../db/client';
import type { FileStorage } from '../../files/file-storage';
import { fieldError } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import type { Upload } from '../attachments/read-upload';
import { checkUploadType, storeUpload } from '../attachments/store-upload';
import { recordAudit } from '../audit/record-audit';
import { insertEvent, insertFile, type SuggestionRow } from './suggestions.queries';

type Category = (typeof SUGGESTION_FILE_CATEGORIES)[number];

export async function addSuggestionFile(options: {
  db: Db;
  storage: FileStorage;
  now: Date;
  principal: Principal;
  row: SuggestionRow;
  upload: Upload;
  context: AuditContext;
}): Promise<string> {
  const { now, principal, row, upload } = options;
  const category = upload.fields.category as Category;
  if (!SUGGESTION_FILE_CATEGORIES.includes(category)) {
    throw fieldError('category', '请选择材料类别：建议书/函件原件、答复材料、整改材料或其他材料');
  }
  const checked = await checkUploadType(upload, '材料');
  return storeUpload({ ...options, checked }, async (tx, file) => {
    const id = await insertFile(tx, {
      suggestionId: row.id,
      fileId: file.id,
      category,
      createdBy: principal.kind === 'user' ? principal.id : null,
      createdAt: now,
    });
    const facts = {
      fileId: id,
      category,
      fileName: checked.fileName,
      size: upload.staged.size,
      sha256: upload.staged.sha256,
    };
    await insertEvent(tx, {
      suggestionId: row.id,
      type: 'file-added',
      occurredAt: now,
      actorName: principal.displayName,
      actorOrgName: principal.organisation.name,
      payload: facts,
    });
    await recordAudit(tx, options.context, now, {
      event: 'suggestion.file.added',
      targetType: 'suggestion',
      targetId: row.id,
      targetLabel: `${SUGGESTION_KIND_LABELS[row.kind as SuggestionKind]}${row.documentNumber}`,
      after: facts,
    });
    return id;
  });
}
