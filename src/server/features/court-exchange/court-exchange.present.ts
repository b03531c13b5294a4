// Shapes of 法院数据报送 for the API: the import with its progress and
// abilities, the per-row report, and the stored form of a row's outcome.
import type {
  ExchangeImport,
  OutcomeCounts,
  ReportRow,
  RowChange,
  RowError,
} from '../../../shared/api/court-exchange';
import type { ExchangeKind, RowOutcome } from '../../../shared/domain/court-exchange/columns';
import type { Principal } from '../../http/principal';
import { applyProgress } from './background';
import { importAbilities } from './court-exchange.policy';
import type { ImportRow, ImportRowRecord } from './court-exchange.queries';
import type { RowResult } from './run-rows';

export function countOutcomes(rows: { outcome: RowOutcome }[]): OutcomeCounts {
  const counts: OutcomeCounts = { created: 0, updated: 0, unchanged: 0, rejected: 0, skipped: 0 };
  for (const row of rows) {
    if (row.outcome === 'skipped-blank') counts.skipped++;
    else counts[row.outcome]++;
  }
  return counts;
}

export function rowRecordOf(
  importId: string,
  result: RowResult,
  checkedOutcome: RowOutcome,
): ImportRowRecord {
  return {
    importId,
    rowNumber: result.rowNumber,
    outcome: result.outcome,
    checkedOutcome,
    isChangedSinceCheck: result.outcome !== checkedOutcome,
    caseNumber: result.caseNumber,
    caseId: result.caseId,
    keyLabel: result.keyLabel,
    input: result.input,
    errors: result.errors,
    changes: result.changes,
    eventId: result.eventId,
  };
}

export function presentRow(record: ImportRowRecord): ReportRow {
  return {
    rowNumber: record.rowNumber,
    outcome: record.outcome as RowOutcome,
    checkedOutcome: record.checkedOutcome as RowOutcome,
    isChangedSinceCheck: record.isChangedSinceCheck ?? false,
    caseNumber: record.caseNumber ?? null,
    caseId: record.caseId ?? null,
    keyLabel: record.keyLabel ?? null,
    errors: record.errors as RowError[],
    changes: (record.changes as RowChange[] | null) ?? null,
    eventId: record.eventId ?? null,
  };
}

export function presentImport(principal: Principal, row: ImportRow): ExchangeImport {
  // An apply's progress lives in the memory of the process running it.
  const processedRows = row.status === 'applying' ? (applyProgress.get(row.id) ?? 0) : row.processedRows;
  return {
    id: row.id,
    kind: row.kind as ExchangeKind,
    source: row.source as ExchangeImport['source'],
    fileName: row.fileName,
    status: row.status as ExchangeImport['status'],
    totalRows: row.totalRows,
    processedRows,
    checkedCounts: (row.checkedCounts as OutcomeCounts | null) ?? null,
    appliedCounts: (row.appliedCounts as OutcomeCounts | null) ?? null,
    changedSinceCheck: row.changedSinceCheck,
    error: row.error,
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    appliedByName: row.appliedByName,
    appliedAt: row.appliedAt?.toISOString() ?? null,
    abilities: importAbilities(principal, row),
  };
}
