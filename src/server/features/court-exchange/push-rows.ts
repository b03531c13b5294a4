// 接口报送 and 逐条录入: a batch of rows sent as JSON by a court's system (API
// token) or by the liaison's form. Same validation, idempotency and per-row
// report as an upload; `dryRun` only reports. A batch that writes is applied
// in one transaction and kept as an import, audited like an upload's apply.
import type { BatchResult } from '../../../shared/api/court-exchange';
import type { ExchangeKind } from '../../../shared/domain/court-exchange/columns';
import type { Db } from '../../db/client';
import type { AuditContext, Principal } from '../../http/principal';
import { recordApplied } from './apply-import';
import { correctionReason } from './check-import';
import { countOutcomes, presentRow, rowRecordOf } from './court-exchange.present';
import { insertImport, updateImport } from './court-exchange.queries';
import { applyRows, checkRows, type InputRow } from './run-rows';

export async function pushRows(options: {
  db: Db;
  now: Date;
  principal: Principal;
  kind: ExchangeKind;
  rows: Record<string, unknown>[];
  dryRun: boolean;
  context: AuditContext;
}): Promise<BatchResult> {
  const { db, now, principal, kind } = options;
  const rows: InputRow[] = options.rows.map((row, i) => ({
    rowNumber: i + 1,
    isBlank: false,
    input: row,
    caseNumberText: typeof row.caseNumber === 'string' ? row.caseNumber : null,
    errors: [],
  }));
  if (options.dryRun) {
    const results = await checkRows({ db, principal, kind, now, rows, reason: '' });
    return {
      dryRun: true,
      importId: null,
      counts: countOutcomes(results),
      rows: results.map((r) => presentRow(rowRecordOf('', r, r.outcome))),
    };
  }
  return db.transaction(async (tx) => {
    const importRow = await insertImport(tx, {
      organisationId: principal.organisation.id,
      kind,
      source: principal.kind === 'token' ? 'api' : 'form',
      status: 'applying',
      totalRows: rows.length,
      createdBy: principal.kind === 'user' ? principal.id : null,
      createdByName: principal.displayName,
      createdAt: now,
      checkedAt: now,
      updatedAt: now,
    });
    const results = await applyRows({
      tx,
      principal,
      kind,
      now,
      rows,
      reason: correctionReason(kind, importRow.id),
    });
    const counts = await recordApplied(tx, {
      importRow,
      results,
      checkedOutcomes: new Map(),
      principal,
      now,
      context: options.context,
    });
    // Checked and applied at once: the dry run's counts are the apply's.
    await updateImport(tx, importRow.id, { checkedCounts: counts });
    return {
      dryRun: false,
      importId: importRow.id,
      counts,
      rows: results.map((r) => presentRow(rowRecordOf(importRow.id, r, r.outcome))),
    };
  });
}
