// 预检: the dry run of an uploaded import, in the background. Rows are judged
// chunk by chunk against the register (nothing is written to it), each chunk's
// outcomes stored with the import and its progress committed, so that the
// page polling GET /imports/:id sees the bar move.
import { EXCHANGE_KIND_LABELS, type ExchangeKind } from '../../../shared/domain/court-exchange/columns';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import type { Principal } from '../../http/principal';
import { countOutcomes, rowRecordOf } from './court-exchange.present';
import { insertImportRows, updateImport } from './court-exchange.queries';
import { checkRows, type InputRow } from './run-rows';

export function correctionReason(kind: ExchangeKind, importId: string): string {
  return `法院数据报送更新${EXCHANGE_KIND_LABELS[kind]}（导入记录 ${importId}）`;
}

export async function checkImport(options: {
  db: Db;
  now: () => Date;
  principal: Principal;
  importId: string;
  kind: ExchangeKind;
  rows: InputRow[];
}): Promise<void> {
  const { db, importId } = options;
  let processed = 0;
  try {
    const results = await checkRows({
      db,
      principal: options.principal,
      kind: options.kind,
      now: options.now(),
      rows: options.rows,
      reason: correctionReason(options.kind, importId),
      onChunk: async (chunk) => {
        await insertImportRows(
          db,
          chunk.map((r) => rowRecordOf(importId, r, r.outcome)),
        );
        processed += chunk.length;
        await updateImport(db, importId, { processedRows: processed, updatedAt: options.now() });
      },
    });
    const now = options.now();
    await updateImport(db, importId, {
      status: 'checked',
      checkedCounts: countOutcomes(results),
      checkedAt: now,
      updatedAt: now,
    });
  } catch (error) {
    const message =
      error instanceof AppError ? error.message : '预检时发生内部错误，未作任何更改，请重新上传';
    await updateImport(db, importId, { status: 'failed', error: message, updatedAt: options.now() });
    throw error;
  }
}
