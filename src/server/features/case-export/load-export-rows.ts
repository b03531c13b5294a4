// The rows of the case-list export: the same filter, scope and order as the
// list (cases.queries.ts listCaseIds and caseListRowsOf), without paging, up to MAX_EXPORT_ROWS.
// Parties appear by name only: ID numbers never leave in an export.
import type { ListCasesQuery } from '../../../shared/api/cases';
import type { Calendar } from '../../../shared/domain/periods';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import type { Principal } from '../../http/principal';
import { caseScopeCondition } from '../cases/cases.policy';
import { todayOf } from '../cases/cases.present';
import { type CaseRow, caseListRowsOf, dictionaryLabels, listCaseIds } from '../cases/cases.queries';

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
  const { ids, total } = await listCaseIds(db, {
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
  const [found, labels] = await Promise.all([caseListRowsOf(db, ids), dictionaryLabels(db)]);
  return {
    today: today.date,
    rows: found.map(({ row, courtName, defendants, plaintiffNames, deadlines }) => {
      // The deadlines are ordered by due date: the first open one is the nearest.
      const next = deadlines.find((d) => d.status === 'open');
      return {
        row,
        courtName,
        causeLabel: labels.get(`cause:${row.causeCode}`) ?? row.causeCode,
        domainLabel: labels.get(`domain:${row.domainCode}`) ?? row.domainCode,
        plaintiffNames,
        defendantNames: defendants.map((d) => d.name),
        nextDeadline: next ? { title: next.title, due: next.due, isOverdue: next.due < today.date } : null,
      };
    }),
  };
}
