// Helpers of the court-exchange tests: uploads as a browser sends them,
// spreadsheets as court systems write them (built here with exceljs, no binary
// fixtures), and waiting for the background dry run or apply.
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { ReportRow } from '../../../shared/api/court-exchange';
import type { TestClient } from '../../test/test-app';

/** A multipart/form-data body as a browser sends it. */
export function form(fields: Record<string, string>, file?: { name: string; bytes: Buffer }) {
  const boundary = `----fuyuan${randomUUID()}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    body: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export function upload(client: TestClient, kind: string, name: string, bytes: Buffer) {
  const { body, headers } = form({ kind }, { name, bytes });
  return client.post('/api/court-exchange/imports', body, headers);
}

/** An export as a court's system writes it: a merged title row above the header. */
export async function xlsx(
  header: string[],
  rows: unknown[][],
  title = '龙游县人民法院 行政案件数据',
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.mergeCells(1, 1, 1, header.length);
  sheet.getCell(1, 1).value = title;
  sheet.addRow(header);
  for (const row of rows) {
    const added = sheet.addRow(row as ExcelJS.CellValue[]);
    added.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd hh:mm';
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function csv(lines: string[][], bom = true): Buffer {
  const text = lines
    .map((l) => l.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','))
    .join('\r\n');
  return Buffer.concat([bom ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
}

export async function settle(client: TestClient, id: string) {
  for (let i = 0; i < 2000; i++) {
    const response = await client.get(`/api/court-exchange/imports/${id}`);
    expect(response.status).toBe(200);
    if (response.body.status !== 'checking' && response.body.status !== 'applying') return response.body;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('import did not finish');
}

export async function checked(client: TestClient, kind: string, name: string, bytes: Buffer) {
  const response = await upload(client, kind, name, bytes);
  expect(response.status, JSON.stringify(response.body)).toBe(202);
  const done = await settle(client, response.body.id);
  expect(done.status, JSON.stringify(done)).toBe('checked');
  return done;
}

export async function applied(client: TestClient, id: string) {
  const response = await client.post(`/api/court-exchange/imports/${id}/apply`);
  expect(response.status, JSON.stringify(response.body)).toBe(202);
  const done = await settle(client, id);
  expect(done.status, JSON.stringify(done)).toBe('applied');
  return done;
}

export async function reportOf(client: TestClient, id: string, query = '') {
  const response = await client.get(`/api/court-exchange/imports/${id}/rows?pageSize=200${query}`);
  expect(response.status).toBe(200);
  return response.body.items.map((r: ReportRow) => ({
    row: r.rowNumber,
    outcome: r.outcome,
    errors: r.errors,
  }));
}

/** GB18030 bytes of a text, by searching the decoder's table (Node has a GB18030 decoder but no encoder). */
export function encodeGb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const code = table.get(ch);
      if (!code) throw new Error(`no GB18030 two-byte code for ${ch}`);
      bytes.push(...code);
    }
  }
  return Buffer.from(bytes);
}
