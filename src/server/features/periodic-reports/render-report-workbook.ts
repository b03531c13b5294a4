// Every table of a report as a sheet of an Excel workbook, with Chinese headers
// and, on top, the title, the 文号 once published (or that it is a draft) and
// the period. Counts are numbers, rates are numbers with a percent format, and
// a ratio takes three columns (分子, 分母, 比率), so the office can sort, filter
// and add up in Excel.
import ExcelJS from 'exceljs';
import type { ReportData } from '../../../shared/api/periodic-reports';
import { reportTableSpecs, type WorkbookCell, workbookTable } from './report-tables';

const PERCENT_FORMAT = '0.0%';

const cellValueOf = (cell: WorkbookCell) => (cell !== null && typeof cell === 'object' ? cell.percent : cell);

export async function renderReportWorkbook(
  title: string,
  data: ReportData,
  options: { documentNumber?: string | null } = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = data.regionName;
  workbook.title = options.documentNumber ? `${options.documentNumber} ${title}` : title;
  for (const spec of reportTableSpecs(data)) {
    const t = workbookTable(spec);
    const sheet = workbook.addWorksheet(t.sheet);
    sheet.addRow([`${title}：${t.title}`]).font = { bold: true };
    sheet.addRow([options.documentNumber ? `文号：${options.documentNumber}` : '草稿（尚未发布，无文号）']);
    sheet.addRow([`统计期间：${data.from} 至 ${data.to}`]);
    const header = sheet.addRow(t.headers);
    header.font = { bold: true };
    for (const cells of t.rows) {
      const row = sheet.addRow(cells.map(cellValueOf));
      cells.forEach((cell, i) => {
        if (cell !== null && typeof cell === 'object') row.getCell(i + 1).numFmt = PERCENT_FORMAT;
      });
    }
    sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: header.number }];
    if (t.rows.length > 0) {
      sheet.autoFilter = {
        from: { row: header.number, column: 1 },
        to: { row: header.number, column: t.headers.length },
      };
    }
    sheet.columns.forEach((column, i) => {
      column.width = i === 0 ? 28 : Math.max(12, (t.headers[i]?.length ?? 4) * 2 + 4);
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
