// The import template of each kind (.xlsx): a sheet to fill in (title row,
// Chinese header with * on required columns, 是/否 and vocabulary cells as
// drop-down lists) and a sheet 填写说明 with an example row and a note per
// column. The importer passes over the notes sheet, so its example is never
// imported.
import ExcelJS from 'exceljs';
import {
  COURT_DECISION_LABELS,
  JUDGMENT_KIND_LABELS,
  JUDGMENT_RESULT_LABELS,
} from '../../../shared/domain/cases/vocabulary';
import {
  EXCHANGE_COLUMNS,
  EXCHANGE_KIND_LABELS,
  type ExchangeKind,
} from '../../../shared/domain/court-exchange/columns';

const YES_NO_FIELDS = new Set([
  'isHeadRequested',
  'didHeadAppear',
  'countsAsHead',
  'didSpeak',
  'isLost',
  'requiresPerformance',
]);
const LISTS: Record<string, string[]> = {
  kind: Object.values(JUDGMENT_KIND_LABELS),
  result: Object.values(JUDGMENT_RESULT_LABELS),
  courtDecision: Object.values(COURT_DECISION_LABELS),
};
const DATA_ROWS = 1000;
export const NOTES_SHEET = '填写说明'; // rows given drop-downs and text format

export function templateFileName(kind: ExchangeKind): string {
  return `${EXCHANGE_KIND_LABELS[kind]}导入模板.xlsx`;
}

export async function buildTemplate(kind: ExchangeKind): Promise<Buffer> {
  const columns = EXCHANGE_COLUMNS[kind];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '府院 Fuyuan';
  const sheet = workbook.addWorksheet(`${EXCHANGE_KIND_LABELS[kind]}数据`, {
    views: [{ state: 'frozen', ySplit: 2 }],
  });
  sheet.mergeCells(1, 1, 1, columns.length);
  const title = sheet.getCell(1, 1);
  title.value = `${EXCHANGE_KIND_LABELS[kind]}报送表（带 * 的列必填；填写说明和示例见第二个工作表）`;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  const header = sheet.getRow(2);
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.isRequired ? `${column.header}*` : column.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    if (column.note) cell.note = column.note;
    sheet.getColumn(i + 1).width = Math.max(12, column.header.length * 2 + 4, column.example.length + 4);
  });
  columns.forEach((column, i) => {
    const list = YES_NO_FIELDS.has(column.field) ? ['是', '否'] : LISTS[column.field];
    for (let r = 3; r < 3 + DATA_ROWS; r++) {
      const cell = sheet.getCell(r, i + 1);
      // 案号 and names as text: Excel must not turn them into numbers or dates.
      if (!list && column.field !== 'scheduledAt' && !column.field.endsWith('On')) cell.numFmt = '@';
      if (list) {
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${list.join(',')}"`],
          showErrorMessage: true,
          errorTitle: '请从列表中选择',
          error: `可选：${list.join('、')}`,
        };
      }
    }
  });

  const notes = workbook.addWorksheet(NOTES_SHEET);
  notes.addRow(['示例（此工作表不会被导入）']).font = { bold: true };
  notes.addRow(columns.map((c) => c.header)).font = { bold: true };
  notes.addRow(columns.map((c) => c.example));
  notes.addRow([]);
  notes.addRow(['列名', '是否必填', '说明']).font = { bold: true };
  for (const column of columns) {
    notes.addRow([column.header, column.isRequired ? '必填' : '选填', column.note]);
  }
  notes.addRow([]);
  for (const line of [
    '1. 按案号识别案件，案件须已由协调员在平台登记；未登记的案号会在预检报告中列出。',
    '2. 日期可写作 2026-03-05、2026/3/5、2026年3月5日；开庭时间须含时刻，如 2026-03-05 09:30 或 2026年3月5日 上午9:30。',
    '3. 同一文件重复导入不会重复登记：内容相同的行显示“无变化”，内容有变的行更正原记录。',
    '4. 空白单元格不会清除平台中已有的内容。',
    '5. 上传后先预检，逐行显示结果，确认后才写入。',
  ]) {
    notes.addRow([line]);
  }
  notes.columns.forEach((c, i) => {
    c.width = i === 2 ? 70 : 22;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
