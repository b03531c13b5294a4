// The rows of the case-list export: the same filter, scope and order as the
// list (cases.queries.ts listCases), without paging, up to MAX_EXPORT_ROWS.
// Parties appear by name only: ID numbers never leave in an export.
import type { ListCasesQuery } from '../../../shared/api/cases';
import type { Calendar } from '../../../shared/domain/periods';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import type { Principal } from '../../http/principal';
import { caseScopeCondition } from '../cases/cases.policy';
import { todayOf } from '../cases/cases.present';
import {
  type CaseRow,
  deadlinesOf,
  defendantsOf,
  dictionaryLabels,
  listCases,
  orgNamesAndPaths,
  partiesOf,
} from '../cases/cases.queries';

export const MAX_EXPORT_ROWS = 10_000;

export type ExportQuery = Omit<ListCasesQuery, 'page' | 'pageSize'>;

export interface ExportRow {
  row: CaseRow;
  courtName: string;
  causeLabel: string;
  domainLabel: string;
  plaintiffNames: string[];
  defendantNames: string[];
  nextDeadline: { title: string; due: string; isOverdue: boolean } | null;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export async function loadExportRows(options: {
  db: Db;
  principal: Principal;
  query: ExportQuery;
  now: Date;
  calendar: Calendar;
  maxRows?: number;
}): Promise<{ rows: ExportRow[]; today: string }> {
  const { db } = options;
  const maxRows = options.maxRows ?? MAX_EXPORT_ROWS;
  const today = todayOf(options.now, options.calendar);
  const { rows, total } = await listCases(db, {
    scope: caseScopeCondition(options.principal),
    query: { ...options.query, page: 1, pageSize: maxRows },
    today: today.date,
  });
  if (total > maxRows) {
    throw new AppError(
      'VALIDATION_FAILED',
      `符合条件的案件共 ${total} 件，超过单次导出上限 ${maxRows} 件，请缩小筛选范围（如按送达日期、阶段或被告机关筛选）后再导出`,
    );
  }
  const ids = rows.map((r) => r.id);
  const [defendants, parties, deadlines, courts, labels] = await Promise.all([
    defendantsOf(db, ids),
    partiesOf(db, ids),
    deadlinesOf(db, ids),
    orgNamesAndPaths(db, [...new Set(rows.map((r) => r.courtId))]),
    dictionaryLabels(db),
  ]);
  const defendantsByCase = groupBy(defendants, (d) => d.caseId);
  const plaintiffsByCase = groupBy(
    parties.filter((p) => p.role === 'plaintiff'),
    (p) => p.caseId,
  );
  // deadlinesOf is ordered by due date: the first open one is the nearest.
  const nextByCase = new Map<string, (typeof deadlines)[number]>();
  for (const d of deadlines)
    if (d.status === 'open' && !nextByCase.has(d.caseId)) nextByCase.set(d.caseId, d);

  return {
    today: today.date,
    rows: rows.map((row) => {
      const next = nextByCase.get(row.id);
      return {
        row,
        courtName: courts.get(row.courtId)?.name ?? '',
        causeLabel: labels.get(`cause:${row.causeCode}`) ?? row.causeCode,
        domainLabel: labels.get(`domain:${row.domainCode}`) ?? row.domainCode,
        plaintiffNames: (plaintiffsByCase.get(row.id) ?? []).map((p) => p.name),
        defendantNames: (defendantsByCase.get(row.id) ?? []).map((d) => d.name),
        nextDeadline: next ? { title: next.title, due: next.due, isOverdue: next.due < today.date } : null,
      };
    }),
  };
}
