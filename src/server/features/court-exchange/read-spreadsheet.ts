// Reads an uploaded court export into rows: .xlsx (exceljs) or CSV (UTF-8 with
// or without BOM, GB18030), judged by content, not by name. Whatever is wrong
// with the file as a whole — not a spreadsheet, no header, missing columns, no
// data — is one clear Chinese error before anything is stored.
import fsp from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { CellValue } from '../../../shared/domain/court-exchange/cells';
import { EXCHANGE_KIND_LABELS, type ExchangeKind } from '../../../shared/domain/court-exchange/columns';
import { decodeCsv, looksLikeText, parseCsv } from '../../../shared/domain/court-exchange/csv';
import { locateHeader } from '../../../shared/domain/court-exchange/header';
import { readSheetRow } from '../../../shared/domain/court-exchange/read-row';
import { detectFileType, typeNameOf } from '../../files/detect-file-type';
import { AppError } from '../../http/errors';
import { NOTES_SHEET } from './build-template';
import type { InputRow } from './run-rows';

/** More rows than this are refused: split the file. */
export const MAX_IMPORT_ROWS = 20_000;

export interface Spreadsheet {
  format: 'xlsx' | 'csv';
  encoding: string | null;
  rows: InputRow[];
}

const fileError = (message: string) =>
  new AppError('VALIDATION_FAILED', message, [{ field: 'file', message }]);

type ExcelValue = ExcelJS.CellValue;

/** A cell of exceljs as plain text, number, date or boolean: formulas give their result. */
function plainValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return plainValue((value.result ?? null) as ExcelValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

function gridOf(sheet: ExcelJS.Worksheet): { grid: CellValue[][]; rowNumbers: number[] } {
  const grid: CellValue[][] = [];
  const rowNumbers: number[] = [];
  const columns = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: CellValue[] = [];
    for (let c = 1; c <= columns; c++) cells.push(plainValue(row.getCell(c).value));
    grid.push(cells);
    rowNumbers.push(r);
  }
  return { grid, rowNumbers };
}

async function readXlsx(filePath: string) {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(filePath);
  } catch {
    throw fileError(
      '文件不是有效的 Excel（.xlsx）文件：可能已损坏、加密或是其他压缩包，请另存为 .xlsx 后重新上传',
    );
  }
  // The template's notes sheet holds an example row that must never be imported.
  return workbook.worksheets.filter((sheet) => sheet.name !== NOTES_SHEET).map(gridOf);
}

async function readCsv(filePath: string) {
  const bytes = await fsp.readFile(filePath);
  if (!looksLikeText(bytes)) throw fileError('文件不是 Excel（.xlsx）或 CSV 表格，请使用下载的模板');
  const { text, encoding } = decodeCsv(bytes);
  const grid = parseCsv(text);
  return { grid, rowNumbers: grid.map((_, i) => i + 1), encoding };
}

function rowsOf(kind: ExchangeKind, grid: CellValue[][], rowNumbers: number[]) {
  const header = locateHeader(grid, kind);
  if (!header.ok) return header;
  let last = grid.length - 1;
  // The table ends at its last non-blank row: blank rows after it are not rows of data.
  const isBlank = (cells: CellValue[]) => cells.every((c) => c === null || String(c).trim() === '');
  while (last > header.headerRow && isBlank(grid[last]!)) last--;
  const rows: InputRow[] = [];
  for (let i = header.headerRow + 1; i <= last; i++) {
    const read = readSheetRow(kind, grid[i]!, header.columns);
    rows.push({
      rowNumber: rowNumbers[i]!,
      isBlank: read.isBlank,
      input: read.row,
      caseNumberText: read.caseNumberText,
      errors: read.errors,
    });
  }
  return { ok: true as const, headerRow: rowNumbers[header.headerRow]!, rows };
}

export async function readSpreadsheet(filePath: string, kind: ExchangeKind): Promise<Spreadsheet> {
  const detected = await detectFileType(filePath);
  let sheets: { grid: CellValue[][]; rowNumbers: number[] }[];
  let format: Spreadsheet['format'] = 'xlsx';
  let encoding: string | null = null;
  // A ZIP that file-type could not confirm as .xlsx may still be one (or a damaged one): try it.
  if (detected?.ext === 'xlsx' || detected?.ext === 'zip') sheets = await readXlsx(filePath);
  else if (detected?.ext === 'xls') {
    throw fileError('不支持旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或 CSV（UTF-8）后上传');
  } else if (detected) {
    // The type's name without the MIME type some names carry: the user reads Chinese only.
    const name = typeNameOf(detected).replace(/（[^）]*\/[^）]*）$/, '');
    throw fileError(`文件不是 Excel（.xlsx）或 CSV 表格（识别为${name}），请使用下载的模板`);
  } else {
    const csv = await readCsv(filePath);
    sheets = [csv];
    format = 'csv';
    encoding = csv.encoding;
  }
  const withContent = sheets.filter((s) => s.grid.some((row) => row.some((c) => c !== null && c !== '')));
  if (withContent.length === 0) throw fileError('文件中没有任何内容，请填写数据后再上传');
  // The first sheet whose header is found: a cover or notes sheet before it is passed over.
  let firstProblem: string | null = null;
  for (const sheet of withContent) {
    const read = rowsOf(kind, sheet.grid, sheet.rowNumbers);
    if (!read.ok) {
      firstProblem ??= read.message;
      continue;
    }
    if (read.rows.length === 0 || read.rows.every((r) => r.isBlank)) {
      throw fileError(`表格中没有数据：表头（第${read.headerRow}行）以下没有内容`);
    }
    if (read.rows.length > MAX_IMPORT_ROWS) {
      throw fileError(
        `文件有 ${read.rows.length} 行数据，超过每次 ${MAX_IMPORT_ROWS} 行的上限，请拆分后上传`,
      );
    }
    return { format, encoding, rows: read.rows };
  }
  throw fileError(`不是“${EXCHANGE_KIND_LABELS[kind]}”表格：${firstProblem}`);
}
