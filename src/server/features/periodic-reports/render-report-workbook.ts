// Every table of a report as a sheet of an Excel workbook, with Chinese headers
// and the period on top; numbers stay numbers.
import ExcelJS from 'exceljs';
import type { ReportData } from '../../../shared/api/periodic-reports';
import { reportTables } from './report-tables';

export async function renderReportWorkbook(title: string, data: ReportData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = data.regionName;
  for (const t of reportTables(data)) {
    const sheet = workbook.addWorksheet(t.sheet);
    sheet.addRow([`${title}：${t.title}`]).font = { bold: true };
    sheet.addRow([`统计期间：${data.from} 至 ${data.to}`]);
    const header = sheet.addRow(t.headers);
    header.font = { bold: true };
    for (const row of t.rows) sheet.addRow(row);
    sheet.columns.forEach((column, i) => {
      column.width = i === 0 ? 28 : Math.max(12, (t.headers[i]?.length ?? 4) * 2 + 4);
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
