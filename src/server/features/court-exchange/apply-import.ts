// 确认导入: applies a checked import in ONE transaction. Every row is
// re-validated against the register as it is now; where the outcome differs
// from the dry run (someone recorded or corrected in between, a case was
// registered since), the row is flagged and the import counts it. One audit
// row records the import with its counts; the rows table holds each row's
// outcome and the event written, linked by the import id.
import type { OutcomeCounts } from '../../../shared/api/court-exchange';
import {
  EXCHANGE_KIND_LABELS,
  type ExchangeKind,
  type RowOutcome,
} from '../../../shared/domain/court-exchange/columns';
import type { Db } from '../../db/client';
import { AppError, notFound } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { applyProgress } from './background';
import { correctionReason } from './check-import';
import { isImportVisible } from './court-exchange.policy';
import { countOutcomes, rowRecordOf } from './court-exchange.present';
import {
  claimImport,
  deleteImportRows,
  findImport,
  type ImportRow,
  importRowsOf,
  insertImportRows,
  latestAuditIdOf,
  updateImport,
} from './court-exchange.queries';
import { applyRows, type InputRow, type RowResult } from './run-rows';

/** Writes the outcome of an applied batch: its rows, the audit row, the import's counts. */
export async function recordApplied(
  tx: Db,
  options: {
    importRow: ImportRow;
    results: RowResult[];
    checkedOutcomes: Map<number, RowOutcome>;
    principal: Principal;
    now: Date;
    context: AuditContext;
  },
): Promise<OutcomeCounts> {
  const { importRow, results, principal, now } = options;
  const records = results.map((r) =>
    rowRecordOf(importRow.id, r, options.checkedOutcomes.get(r.rowNumber) ?? r.outcome),
  );
  await deleteImportRows(tx, importRow.id);
  await insertImportRows(tx, records);
  const counts = countOutcomes(results);
  const changed = records.filter((r) => r.isChangedSinceCheck).length;
  await recordAudit(tx, options.context, now, {
    event: 'exchange.import.applied',
    targetType: 'exchange-import',
    targetId: importRow.id,
    targetLabel: `${EXCHANGE_KIND_LABELS[importRow.kind as ExchangeKind]}：${importRow.fileName ?? '接口报送'}`,
    after: {
      kind: importRow.kind,
      source: importRow.source,
      fileName: importRow.fileName,
      counts,
      changedSinceCheck: changed,
      cases: new Set(results.filter((r) => r.eventId !== null).map((r) => r.caseId)).size,
    },
  });
  await updateImport(tx, importRow.id, {
    status: 'applied',
    appliedCounts: counts,
    changedSinceCheck: changed,
    appliedBy: principal.kind === 'user' ? principal.id : null,
    appliedByName: principal.displayName,
    appliedAt: now,
    auditId: await latestAuditIdOf(tx, importRow.id),
    processedRows: results.length,
    updatedAt: now,
  });
  return counts;
}

/** Checks the import may be applied and marks it 'applying' (one apply at a time). */
export async function claimImportForApply(options: {
  db: Db;
  now: Date;
  principal: Principal;
  importId: string;
}) {
  const found = await findImport(options.db, options.importId);
  if (!found || !isImportVisible(options.principal, found.organisationPath)) throw notFound('导入记录');
  if (found.import.status !== 'checked') {
    throw new AppError('CONFLICT', '该导入不是“待确认”状态（可能正在导入或已导入），不能再次确认');
  }
  if (!(await claimImport(options.db, options.importId, 'checked', 'applying', options.now))) {
    throw new AppError('CONFLICT', '该导入已在导入中，请勿重复确认');
  }
  applyProgress.set(options.importId, 0);
}

export async function applyImport(options: {
  db: Db;
  now: Date;
  principal: Principal;
  importId: string;
  context: AuditContext;
}): Promise<void> {
  const { db, now, importId } = options;
  try {
    await db.transaction(async (tx) => {
      const importRow = (await findImport(tx, importId))!.import;
      const kind = importRow.kind as ExchangeKind;
      const stored = await importRowsOf(tx, importId);
      const rows: InputRow[] = stored.map((r) => ({
        rowNumber: r.rowNumber,
        isBlank: r.outcome === 'skipped-blank',
        input: (r.input as Record<string, unknown> | null) ?? null,
        caseNumberText: r.caseNumber,
        errors: r.input ? [] : (r.errors as InputRow['errors']),
      }));
      const results = await applyRows({
        tx,
        principal: options.principal,
        kind,
        now,
        rows,
        reason: correctionReason(kind, importId),
        onRow: (done) => applyProgress.set(importId, done),
      });
      await recordApplied(tx, {
        importRow,
        results,
        checkedOutcomes: new Map(stored.map((r) => [r.rowNumber, r.checkedOutcome as RowOutcome])),
        principal: options.principal,
        now,
        context: options.context,
      });
    });
  } catch (error) {
    const reason = error instanceof AppError ? error.message : '发生内部错误';
    await updateImport(db, importId, {
      status: 'checked',
      error: `导入未完成，未作任何更改：${reason}。请稍后重新确认`,
      updatedAt: now,
    });
    throw error;
  } finally {
    applyProgress.delete(importId);
  }
}
