// The case list as an Excel workbook (ExcelJS): one sheet 行政应诉案件, a frozen
// Chinese header row with a filter, dates as real dates (China time), set
// column widths. Plaintiffs appear by name only.
import ExcelJS from 'exceljs';
import {
  CASE_FLAG_LABELS,
  CASE_FLAGS,
  CASE_INSTANCE_LABELS,
  CASE_STAGE_LABELS,
  type CaseInstance,
  type CaseStage,
} from '../../../shared/domain/cases/vocabulary';
import { CHINA_OFFSET_MS } from '../../../shared/domain/china-time';
import type { ExportRow } from './load-export-rows';

export const SHEET_NAME = '行政应诉案件';

const COLUMNS: { header: string; width: number; format?: string; wrap?: boolean }[] = [
  { header: '案号', width: 26 },
  { header: '审理法院', width: 22 },
  { header: '审级', width: 8 },
  { header: '阶段', width: 12 },
  { header: '案由', width: 14 },
  { header: '管理领域', width: 12 },
  { header: '被诉行政行为', width: 40, wrap: true },
  { header: '原告', width: 20, wrap: true },
  { header: '被告', width: 28, wrap: true },
  { header: '送达日期', width: 12, format: 'yyyy-mm-dd' },
  { header: '下次开庭', width: 17, format: 'yyyy-mm-dd hh:mm' },
  { header: '最近期限', width: 12, format: 'yyyy-mm-dd' },
  { header: '是否败诉', width: 9 },
  { header: '标记', width: 20 },
];

/** A YYYY-MM-DD day as an Excel date (ExcelJS stores dates by their UTC value). */
function excelDay(day: string | null): Date | null {
  if (!day) return null;
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** An instant as an Excel date-time showing China wall-clock time. */
function excelChinaTime(at: Date | null): Date | null {
  return at ? new Date(at.getTime() + CHINA_OFFSET_MS) : null;
}

export async function buildCaseWorkbook(rows: ExportRow[], options: { generatedAt: Date }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '府院 Fuyuan';
  workbook.created = options.generatedAt;
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({
    header: c.header,
    width: c.width,
    style: {
      ...(c.format ? { numFmt: c.format } : {}),
      alignment: { vertical: 'top', wrapText: c.wrap === true },
    },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center' };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };

  for (const item of rows) {
    const { row } = item;
    const flags = CASE_FLAGS.filter((f) => row[f]).map((f) => CASE_FLAG_LABELS[f]);
    if (item.nextDeadline?.isOverdue) flags.push('有逾期期限');
    const added = sheet.addRow([
      row.caseNumber,
      item.courtName,
      CASE_INSTANCE_LABELS[row.instance as CaseInstance] ?? row.instance,
      CASE_STAGE_LABELS[row.stage as CaseStage] ?? row.stage,
      item.causeLabel,
      item.domainLabel,
      row.subject,
      item.plaintiffNames.join('、'),
      item.defendantNames.join('、'),
      excelDay(row.serviceDate),
      excelChinaTime(row.nextHearingAt),
      excelDay(item.nextDeadline?.due ?? null),
      row.isLost === null ? '' : row.isLost ? '是' : '否',
      flags.join('、'),
    ]);
    const deadline = added.getCell(12);
    if (item.nextDeadline) {
      deadline.note = item.nextDeadline.title;
      if (item.nextDeadline.isOverdue) deadline.font = { color: { argb: 'FFCC0000' }, bold: true };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
