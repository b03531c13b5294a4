// 上传法院数据: reads the uploaded export (a malformed file is refused here,
// before anything is stored), keeps the file, creates the import and audits
// the upload in one transaction. The dry run then runs in the background
// (check-import.ts) over the rows read here.
import { EXCHANGE_KIND_LABELS, type ExchangeKind } from '../../../shared/domain/court-exchange/columns';
import type { Db } from '../../db/client';
import { cleanFileName } from '../../files/content-disposition';
import type { FileStorage } from '../../files/file-storage';
import { insertStoredFile, removeUnreferencedContent } from '../../files/stored-files.queries';
import type { AuditContext, Principal } from '../../http/principal';
import type { Upload } from '../attachments/read-upload';
import { recordAudit } from '../audit/record-audit';
import { type ImportRow, insertImport } from './court-exchange.queries';
import { readSpreadsheet } from './read-spreadsheet';
import type { InputRow } from './run-rows';

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
} as const;

export async function startImport(options: {
  db: Db;
  storage: FileStorage;
  now: Date;
  principal: Principal;
  kind: ExchangeKind;
  upload: Upload;
  context: AuditContext;
}): Promise<{ importRow: ImportRow; rows: InputRow[] }> {
  const { db, storage, now, principal, kind, upload } = options;
  const sheet = await readSpreadsheet(upload.staged.path, kind);
  const fallback = `${EXCHANGE_KIND_LABELS[kind]}.${sheet.format}`;
  const fileName = cleanFileName(upload.fileName, fallback);
  const userId = principal.kind === 'user' ? principal.id : null;
  const { isNew } = await storage.commit(upload.staged);
  try {
    const importRow = await db.transaction(async (tx) => {
      const file = await insertStoredFile(tx, {
        sha256: upload.staged.sha256,
        size: upload.staged.size,
        mimeType: MIME[sheet.format],
        originalName: fileName,
        uploadedBy: userId,
        uploadedAt: now,
      });
      const row = await insertImport(tx, {
        organisationId: principal.organisation.id,
        kind,
        source: 'upload',
        fileId: file.id,
        fileName,
        status: 'checking',
        totalRows: sheet.rows.length,
        createdBy: userId,
        createdByName: principal.displayName,
        createdAt: now,
        updatedAt: now,
      });
      await recordAudit(tx, options.context, now, {
        event: 'exchange.import.uploaded',
        targetType: 'exchange-import',
        targetId: row.id,
        targetLabel: `${EXCHANGE_KIND_LABELS[kind]}：${fileName}`,
        after: {
          kind,
          fileName,
          size: upload.staged.size,
          sha256: upload.staged.sha256,
          format: sheet.format,
          encoding: sheet.encoding,
          rows: sheet.rows.length,
        },
      });
      return row;
    });
    return { importRow, rows: sheet.rows };
  } catch (error) {
    await removeUnreferencedContent(db, storage, { sha256: upload.staged.sha256, isNew });
    throw error;
  }
}
