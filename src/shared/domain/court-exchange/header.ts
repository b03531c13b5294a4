// Finding the header row of a court's export. Exports often carry a title row
// (and a date or unit line) above the header, and two-level headers whose upper
// cell is merged over several columns (出庭人员 over 姓名 and 职务): a merged cell
// reads as its value in every column it covers, so a column's name is either its
// own cell or the upper cell followed by its own.
import { type CellValue, cellText, labelKey } from './cells';
import { EXCHANGE_COLUMNS, type ExchangeKind } from './columns';

/** How many rows from the top may hold the header. */
export const HEADER_SEARCH_ROWS = 10;

export type HeaderResult =
  | {
      ok: true;
      /** 0-based index of the (lower) header row; data starts on the next row. */
      headerRow: number;
      /** field → 0-based column index */
      columns: Record<string, number>;
    }
  | { ok: false; message: string };

function fieldsByLabel(kind: ExchangeKind): Map<string, string> {
  const map = new Map<string, string>();
  for (const column of EXCHANGE_COLUMNS[kind]) {
    for (const name of [column.header, ...column.aliases]) map.set(labelKey(name), column.field);
  }
  return map;
}

function matchRow(rows: readonly CellValue[][], index: number, byLabel: Map<string, string>) {
  const row = rows[index] ?? [];
  const upper = index > 0 ? (rows[index - 1] ?? []) : [];
  const columns: Record<string, number> = {};
  for (let c = 0; c < row.length; c++) {
    const own = labelKey(cellText(row[c] ?? null));
    if (own === '') continue;
    const combined = labelKey(cellText(upper[c] ?? null)) + own;
    const field = byLabel.get(own) ?? byLabel.get(combined);
    // The first column of a name wins; a repeated one is ignored.
    if (field && columns[field] === undefined) columns[field] = c;
  }
  return columns;
}

export function locateHeader(rows: readonly CellValue[][], kind: ExchangeKind): HeaderResult {
  const byLabel = fieldsByLabel(kind);
  let best: { headerRow: number; columns: Record<string, number> } | null = null;
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const columns = matchRow(rows, r, byLabel);
    if (!best || Object.keys(columns).length > Object.keys(best.columns).length)
      best = { headerRow: r, columns };
  }
  const required = EXCHANGE_COLUMNS[kind].filter((c) => c.isRequired);
  if (!best || Object.keys(best.columns).length === 0) {
    const expected = required.map((c) => `“${c.header}”`).join('、');
    return {
      ok: false,
      message: `在前${HEADER_SEARCH_ROWS}行中未找到表头：应有 ${expected} 等列。请使用下载的模板，或核对所选的数据类型`,
    };
  }
  const missing = required.filter((c) => best.columns[c.field] === undefined);
  if (missing.length > 0) {
    return {
      ok: false,
      message: `表头（第${best.headerRow + 1}行）缺少必需的列：${missing.map((c) => `“${c.header}”`).join('、')}。请使用下载的模板，或核对所选的数据类型`,
    };
  }
  return { ok: true, ...best };
}
