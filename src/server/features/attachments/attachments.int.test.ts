import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localFileStorage } from '../../files/local-file-storage';
import {
  sampleCfb,
  sampleDocx,
  sampleExe,
  sampleJpeg,
  samplePdf,
  samplePng,
  sampleXlsx,
  sampleZip,
} from '../../files/sample-files';
import { SYSTEM_AUDIT_CONTEXT } from '../../http/principal';
import { auditRowsAfter, findOrgByName, lastAuditId, makeUser } from '../../test/factories';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { addAttachment } from './add-attachment';

let t: TestApp;
let clerk: TestClient;
let ids: Record<string, string>;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A multipart/form-data body as a browser sends it. */
function form(fields: Record<string, string>, file?: { name: string; bytes: Buffer; type?: string }) {
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
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
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

function upload(
  client: TestClient,
  caseId: string,
  fields: Record<string, string>,
  file?: Parameters<typeof form>[1],
) {
  const { body, headers } = form(fields, file);
  return client.post(`/api/cases/${caseId}/attachments`, body, headers);
}

async function download(client: TestClient, url: string) {
  const response = await t.app.inject({ method: 'GET', url, headers: { cookie: client.cookie ?? '' } });
  return { status: response.statusCode, headers: response.headers, bytes: response.rawPayload };
}

async function intake(client: TestClient, caseNumber: string) {
  const response = await client.post('/api/cases', {
    caseNumber,
    courtId: ids.longyouCourt,
    causeCode: 'expropriation',
    domainCode: 'housing-expropriation',
    subject: '房屋征收补偿决定',
    defendants: [{ organisationId: ids.ziran }],
    plaintiffs: [{ kind: 'person', name: '张卫东' }],
    service: { servedOn: '2026-10-28', manner: 'direct' },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

const dataDir = () => t.app.config.dataDir!;
const storedPath = (sha256: string) => path.join(dataDir(), 'files', sha256.slice(0, 2), sha256);

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  ids = {
    longyouCourt: (await findOrgByName(db, '龙游县人民法院')).id,
    ziran: (await findOrgByName(db, '柯城区自然资源和规划局')).id,
    zhujian: (await findOrgByName(db, '柯城区住房和城乡建设局')).id,
  };
  await makeUser(db, {
    organisationId: ids.zhujian!,
    roles: ['clerk'],
    username: 'zhujian-clerk',
    password: 'Zhujian-Passw0rd!',
  });
  clerk = await t.login('kecheng-clerk');
  const c = await intake(clerk, '（2026）浙0825行初15号');
  ids.case = c.id;
  ids.serviceEvent = String(c.events.find((e: any) => e.type === 'service-recorded').id);
  ids.otherCase = (await intake(clerk, '（2026）浙0825行初16号')).id;
});
afterAll(async () => t?.close());

describe('upload', () => {
  it.each([
    ['起诉状.pdf', samplePdf, 'application/pdf'],
    ['现场照片.jpg', sampleJpeg, 'image/jpeg'],
    ['现场照片.png', samplePng, 'image/png'],
    ['答辩状.docx', () => sampleDocx(), DOCX],
    ['证据目录.xlsx', () => sampleXlsx(), XLSX],
    ['旧版答辩状.doc', () => sampleCfb('WordDocument'), 'application/msword'],
    ['旧版清单.xls', () => sampleCfb('Workbook'), 'application/vnd.ms-excel'],
  ])('accepts %s, judged by its content as %s', async (name, make, mimeType) => {
    const bytes = await make();
    const response = await upload(clerk, ids.case!, { category: 'evidence' }, { name, bytes });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({
      fileName: name,
      size: bytes.length,
      mimeType,
      category: 'evidence',
    });
    expect(fs.readFileSync(storedPath(response.body.sha256))).toEqual(bytes);
  });

  it('stores the file under its SHA-256, tied to an event of the case, and audits the upload', async () => {
    const before = await lastAuditId(t.database.db);
    const bytes = samplePdf();
    const response = await upload(
      clerk,
      ids.case!,
      { category: 'court-paper', description: '应诉通知书及起诉状副本', eventId: ids.serviceEvent! },
      { name: '应诉通知书.pdf', bytes },
    );
    expect(response.status).toBe(201);
    const sha256 = (await import('node:crypto')).createHash('sha256').update(bytes).digest('hex');
    expect(response.body).toMatchObject({
      id: expect.any(String),
      fileName: '应诉通知书.pdf',
      size: bytes.length,
      mimeType: 'application/pdf',
      sha256,
      category: 'court-paper',
      description: '应诉通知书及起诉状副本',
      eventId: Number(ids.serviceEvent),
      uploadedBy: { name: '李志强' },
      uploadedAt: '2026-11-02T01:00:00.000Z',
    });
    ids.attachment = response.body.id;
    const rows = await auditRowsAfter(t.database.db, before);
    expect(rows.map((r) => r.event)).toEqual(['case.attachment.added']);
    expect(rows[0]).toMatchObject({
      targetType: 'case',
      targetId: ids.case,
      targetLabel: '（2026）浙0825行初15号',
      after: { fileName: '应诉通知书.pdf', sha256, size: bytes.length, category: 'court-paper' },
    });
  });

  it('judges a Word file named .pdf by its content and names it .docx', async () => {
    const response = await upload(
      clerk,
      ids.case!,
      { category: 'evidence' },
      {
        name: '起诉状.pdf',
        bytes: await sampleDocx(),
        type: 'application/pdf',
      },
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ fileName: '起诉状.docx', mimeType: DOCX });
  });

  it.each([
    ['资料.zip', sampleZip, 'ZIP 压缩包'],
    ['起诉状.pdf', sampleExe, 'Windows 可执行程序'],
    ['其他.doc', () => sampleCfb('Contents'), 'OLE 复合文档（不是 Word 或 Excel 文件）'],
  ])('refuses %s, naming the type found in its content (%s)', async (name, make, typeName) => {
    const before = await lastAuditId(t.database.db);
    const response = await upload(clerk, ids.case!, { category: 'evidence' }, { name, bytes: await make() });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(
      `不支持的文件类型：按文件内容识别为${typeName}。仅支持上传PDF、JPEG/PNG 图片、Word（.docx/.doc）、Excel（.xlsx/.xls）`,
    );
    expect(response.body.error.details[0].field).toBe('file');
    expect(await auditRowsAfter(t.database.db, before)).toHaveLength(0);
    expect(fs.readdirSync(path.join(dataDir(), 'files', 'tmp'))).toEqual([]);
  });

  it('refuses plain text, a missing file, a bad category and an event of another case', async () => {
    const text = await upload(
      clerk,
      ids.case!,
      { category: 'evidence' },
      { name: 'a.pdf', bytes: Buffer.from('文字') },
    );
    expect(text.body.error.message).toContain('无法识别文件类型');
    const none = await upload(clerk, ids.case!, { category: 'evidence' });
    expect(none.body.error.details[0]).toEqual({ field: 'file', message: '请选择要上传的文件' });
    const category = await upload(
      clerk,
      ids.case!,
      { category: 'letter' },
      { name: 'a.pdf', bytes: samplePdf() },
    );
    expect(category.status).toBe(400);
    expect(category.body.error.details[0].field).toBe('category');
    const event = await upload(
      clerk,
      ids.otherCase!,
      { category: 'evidence', eventId: ids.serviceEvent! },
      { name: 'a.pdf', bytes: samplePdf() },
    );
    expect(event.status).toBe(400);
    expect(event.body.error.details[0].field).toBe('eventId');
    const json = await clerk.post(`/api/cases/${ids.case}/attachments`, { category: 'evidence' });
    expect(json.status).toBe(400);
    expect(json.body.error.message).toBe('请以 multipart/form-data 表单上传文件');
  });

  it('refuses an upload to a case out of scope, and by a role without case.attach', async () => {
    const foreign = await t.login('zhujian-clerk', 'Zhujian-Passw0rd!');
    expect(
      (await upload(foreign, ids.case!, { category: 'evidence' }, { name: 'a.pdf', bytes: samplePdf() }))
        .status,
    ).toBe(404);
    const head = await t.login('kecheng-head');
    expect(
      (await upload(head, ids.case!, { category: 'evidence' }, { name: 'a.pdf', bytes: samplePdf() })).status,
    ).toBe(403);
    const court = await t.login('longyou-court');
    expect(
      (
        await upload(
          court,
          ids.case!,
          { category: 'court-paper' },
          { name: '开庭传票.pdf', bytes: samplePdf() },
        )
      ).status,
    ).toBe(201);
  });

  it('removes the file it wrote when the database transaction fails', async () => {
    const storage = localFileStorage(dataDir());
    const bytes = Buffer.concat([samplePdf(), Buffer.from(randomUUID())]);
    const staged = await storage.stage(Readable.from([bytes]));
    const principal = { kind: 'user', id: randomUUID(), organisation: {} } as never;
    await expect(
      addAttachment({
        db: t.database.db,
        storage,
        now: t.clock.now(),
        principal,
        caseRow: { id: randomUUID(), caseNumber: '（2026）浙0825行初99号' }, // no such case: the insert fails
        upload: { staged, fileName: 'x.pdf', fields: {} },
        fields: { category: 'evidence', description: null, eventId: null },
        context: SYSTEM_AUDIT_CONTEXT,
      }),
    ).rejects.toThrow();
    expect(fs.existsSync(storedPath(staged.sha256))).toBe(false);
    expect(fs.existsSync(staged.path)).toBe(false);
  });
});

describe('list and download', () => {
  it('lists the attachments of a case', async () => {
    const list = await clerk.get(`/api/cases/${ids.case}/attachments`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((a: any) => a.fileName)).toContain('应诉通知书.pdf');
    expect(list.body.items.every((a: any) => a.downloadUrl === `/api/attachments/${a.id}/download`)).toBe(
      true,
    );
  });

  it('downloads with the real type and the Chinese file name (RFC 5987)', async () => {
    for (const username of ['kecheng-clerk', 'kecheng-coordinator', 'city-leader', 'longyou-court']) {
      const client = await t.login(username);
      const file = await download(client, `/api/attachments/${ids.attachment}/download`);
      expect(file.status, username).toBe(200);
      expect(file.bytes).toEqual(samplePdf());
      expect(file.headers['content-type']).toBe('application/pdf');
      expect(file.headers['content-disposition']).toBe(
        `attachment; filename="_____.pdf"; filename*=UTF-8''${encodeURIComponent('应诉通知书')}.pdf`,
      );
      expect(file.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('answers 404 to a clerk of another agency, for the list and the download', async () => {
    const foreign = await t.login('zhujian-clerk', 'Zhujian-Passw0rd!');
    const file = await foreign.get(`/api/attachments/${ids.attachment}/download`);
    expect(file.status).toBe(404);
    expect(file.body.error.message).toBe('材料不存在或无权查看');
    expect((await foreign.get(`/api/cases/${ids.case}/attachments`)).status).toBe(404);
    expect((await foreign.get(`/api/attachments/${randomUUID()}/download`)).status).toBe(404);
  });
});

describe('size limit', () => {
  it('refuses a file over MAX_UPLOAD_MB with 413 and keeps nothing', async () => {
    const small = await createTestApp({ config: { maxUploadBytes: 1024 } });
    try {
      const db = small.database.db;
      const client = await small.login('kecheng-clerk');
      const created = await client.post('/api/cases', {
        caseNumber: '（2026）浙0825行初15号',
        courtId: (await findOrgByName(db, '龙游县人民法院')).id,
        causeCode: 'expropriation',
        domainCode: 'housing-expropriation',
        subject: '房屋征收补偿决定',
        defendants: [{ organisationId: (await findOrgByName(db, '柯城区自然资源和规划局')).id }],
        plaintiffs: [{ kind: 'person', name: '张卫东' }],
      });
      const before = await lastAuditId(db);
      const big = Buffer.concat([samplePdf(), Buffer.alloc(2048, 0x20)]);
      const { body, headers } = form({ category: 'evidence' }, { name: '卷宗.pdf', bytes: big });
      const response = await client.post(`/api/cases/${created.body.id}/attachments`, body, headers);
      expect(response.status).toBe(413);
      expect(response.body.error).toMatchObject({
        code: 'PAYLOAD_TOO_LARGE',
        message: '文件超过大小上限（1024 字节），请压缩或拆分后再上传',
      });
      expect(await auditRowsAfter(db, before)).toHaveLength(0);
      const files = path.join(small.app.config.dataDir!, 'files');
      expect(fs.readdirSync(files)).toEqual(['tmp']);
      expect(fs.readdirSync(path.join(files, 'tmp'))).toEqual([]);
      const ok = form({ category: 'evidence' }, { name: '小.pdf', bytes: samplePdf() });
      expect(
        (await client.post(`/api/cases/${created.body.id}/attachments`, ok.body, ok.headers)).status,
      ).toBe(201);
    } finally {
      await small.close();
    }
  });
});
