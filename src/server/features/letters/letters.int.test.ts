import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localFileStorage } from '../../files/local-file-storage';
import { SYSTEM_AUDIT_CONTEXT } from '../../http/principal';
import {
  auditRowsAfter,
  findOrgByName,
  findUserByUsername,
  lastAuditId,
  makeUser,
} from '../../test/factories';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { loadUserPrincipal } from '../auth/load-principal';
import { loadVisibleCase } from '../cases/load-case-views';
import { generateLetter } from './generate-letter';

let t: TestApp;
let clerk: TestClient;
let coordinator: TestClient;
let ids: Record<string, string>;

// The test clock stands at 2026-11-02 09:00 China time.
async function intake(overrides: Record<string, unknown> = {}) {
  const response = await clerk.post('/api/cases', {
    caseNumber: '（2026）浙0825行初15号',
    courtId: ids.longyouCourt,
    causeCode: 'expropriation',
    domainCode: 'housing-expropriation',
    subject: '房屋征收补偿决定',
    defendants: [{ organisationId: ids.ziran }],
    plaintiffs: [
      { kind: 'person', name: '张卫东', idNumber: '11010519491231002X' },
      { kind: 'person', name: '王秀英' },
    ],
    service: { servedOn: '2026-10-28', manner: 'direct' },
    ...overrides,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

async function step(caseId: string, path: string, body: Record<string, unknown>) {
  const current = (await clerk.get(`/api/cases/${caseId}`)).body;
  const response = await clerk.post(`/api/cases/${caseId}/${path}`, { ...body, version: current.version });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

/** The raw bytes of a download (the test client reads bodies as text). */
async function download(client: TestClient, url: string) {
  const response = await t.app.inject({ method: 'GET', url, headers: { cookie: client.cookie ?? '' } });
  return { status: response.statusCode, headers: response.headers, bytes: response.rawPayload };
}

async function documentXml(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file('word/document.xml')!.async('string');
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  ids = {
    longyouCourt: (await findOrgByName(db, '龙游县人民法院')).id,
    ziran: (await findOrgByName(db, '柯城区自然资源和规划局')).id,
    zhujian: (await findOrgByName(db, '柯城区住房和城乡建设局')).id,
  };
  await makeUser(db, {
    organisationId: (await findOrgByName(db, '衢江区司法局')).id,
    roles: ['coordinator'],
    username: 'qujiang-coordinator',
    password: 'Qujiang-Passw0rd!',
  });
  clerk = await t.login('kecheng-clerk');
  coordinator = await t.login('kecheng-coordinator');
  const c = await intake();
  ids.case = c.id;
  await step(c.id, 'hearings', { scheduledAt: '2026-11-05T09:30:00+08:00', courtRoom: '第一法庭' });
  await step(c.id, 'head', { name: '陈建华', post: '副局长', countsAsHead: true });
});
afterAll(async () => t?.close());

describe('document-number series', () => {
  it('refuses a letter while the organisation has no series', async () => {
    const response = await coordinator.post(`/api/cases/${ids.case}/letters`, {
      kind: 'appearance-suggestion',
      addresseeOrgId: ids.ziran,
    });
    expect(response.status).toBe(409);
    expect(response.body.error.message).toBe('请先设置本单位的文号规则');
  });

  it('checks the pattern and saves it for the caller organisation, audited', async () => {
    const bad = await coordinator.put('/api/document-series/suggestion', { pattern: '柯司建〔2026〕号' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toEqual({
      field: 'pattern',
      message: '文号规则中应含且仅含一个 {year}（年份）',
    });
    const unknown = await coordinator.put('/api/document-series/suggestion', {
      pattern: '柯司建〔{year}〕{n}号{x}',
    });
    expect(unknown.body.error.details[0].message).toBe('文号规则中的 {x} 无法识别，只能使用 {year} 和 {n}');
    expect(
      (await clerk.put('/api/document-series/suggestion', { pattern: '柯司建〔{year}〕{n}号' })).status,
    ).toBe(403);

    const before = await lastAuditId(t.database.db);
    const saved = await coordinator.put('/api/document-series/suggestion', {
      pattern: '柯司建〔{year}〕{n}号',
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      code: 'suggestion',
      pattern: '柯司建〔{year}〕{n}号',
      organisation: { name: '柯城区司法局' },
      year: 2026,
      lastNumber: 0,
      nextDocumentNumber: '柯司建〔2026〕1号',
    });
    const [audit] = await auditRowsAfter(t.database.db, before);
    expect(audit).toMatchObject({
      event: 'document-series.saved',
      targetType: 'document-series',
      before: null,
      after: { pattern: '柯司建〔{year}〕{n}号' },
    });
    const list = await coordinator.get('/api/document-series');
    expect(list.body.items.map((s: any) => s.code)).toEqual(['suggestion']);
    // Another office's coordinator has its own (empty) list.
    const other = await t.login('qujiang-coordinator', 'Qujiang-Passw0rd!');
    expect((await other.get('/api/document-series')).body.items).toEqual([]);
  });
});

describe('负责人出庭建议书', () => {
  it('refuses an addressee that is not a defendant of the case, and a case out of scope', async () => {
    const notDefendant = await coordinator.post(`/api/cases/${ids.case}/letters`, {
      kind: 'appearance-suggestion',
      addresseeOrgId: ids.zhujian,
    });
    expect(notDefendant.status).toBe(400);
    expect(notDefendant.body.error.details[0].field).toBe('addresseeOrgId');
    const other = await t.login('qujiang-coordinator', 'Qujiang-Passw0rd!');
    const foreign = await other.post(`/api/cases/${ids.case}/letters`, {
      kind: 'appearance-suggestion',
      addresseeOrgId: ids.ziran,
    });
    expect(foreign.status).toBe(404);
    expect(
      (
        await clerk.post(`/api/cases/${ids.case}/letters`, {
          kind: 'appearance-suggestion',
          addresseeOrgId: ids.ziran,
        })
      ).status,
    ).toBe(403);
  });

  it('generates the numbered .docx in the official layout, stored and audited', async () => {
    const before = await lastAuditId(t.database.db);
    const response = await coordinator.post(`/api/cases/${ids.case}/letters`, {
      kind: 'appearance-suggestion',
      addresseeOrgId: ids.ziran,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({
      kind: 'appearance-suggestion',
      kindLabel: '负责人出庭建议书',
      documentNumber: '柯司建〔2026〕1号',
      title: '关于建议陈建华同志出庭应诉（2026）浙0825行初15号案件的函',
      addressee: { id: ids.ziran, name: '柯城区自然资源和规划局' },
      issuer: { name: '柯城区司法局' },
    });
    ids.letter = response.body.id;

    const file = await download(coordinator, `/api/letters/${ids.letter}/download`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(String(file.headers['content-disposition'])).toContain(
      `filename*=UTF-8''${encodeURIComponent('柯司建〔2026〕1号')}`,
    );
    const xml = await documentXml(file.bytes);
    for (const text of [
      '柯城区司法局',
      '柯司建〔2026〕1号',
      '关于建议陈建华同志出庭应诉（2026）浙0825行初15号案件的函',
      '柯城区自然资源和规划局：',
      '张卫东、王秀英诉贵单位房屋征收补偿决定一案，龙游县人民法院已立案受理，案号为（2026）浙0825行初15号，定于2026年11月5日9时30分在第一法庭开庭审理。',
      '法释〔2020〕3号',
      '建议贵单位副局长陈建华同志出庭应诉',
      '2026年11月2日',
    ]) {
      expect(xml, text).toContain(text);
    }
    // GB/T 9704: red organ mark and rule, A4 with its margins, 3号 仿宋 body on a 28.95 pt line.
    expect(xml).toContain('w:color w:val="FF0000"');
    expect(xml).toMatch(/<w:bottom w:val="single" w:color="FF0000"/);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:line="579" w:lineRule="exact"');
    expect(xml).not.toContain('11010519491231002X');
    const fonts = await (await JSZip.loadAsync(file.bytes)).file('word/fontTable.xml')!.async('string');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');

    const rows = await auditRowsAfter(t.database.db, before);
    expect(rows.map((r) => r.event)).toEqual(['case.letter.generated']);
    expect(rows[0]).toMatchObject({
      targetType: 'case',
      targetId: ids.case,
      targetLabel: '（2026）浙0825行初15号',
      after: {
        kind: 'appearance-suggestion',
        documentNumber: '柯司建〔2026〕1号',
        addressee: '柯城区自然资源和规划局',
      },
    });
  });

  it('gives letters generated at once consecutive numbers, without duplicates', async () => {
    const body = { kind: 'appearance-suggestion', addresseeOrgId: ids.ziran };
    const responses = await Promise.all(
      [1, 2, 3, 4].map(() => coordinator.post(`/api/cases/${ids.case}/letters`, body)),
    );
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    expect(responses.map((r) => r.body.documentNumber).sort()).toEqual([
      '柯司建〔2026〕2号',
      '柯司建〔2026〕3号',
      '柯司建〔2026〕4号',
      '柯司建〔2026〕5号',
    ]);
    const series = (await coordinator.get('/api/document-series')).body.items[0];
    expect(series).toMatchObject({ lastNumber: 5, nextDocumentNumber: '柯司建〔2026〕6号' });
  });

  it('gives the number back when the letter cannot be stored', async () => {
    const db = t.database.db;
    const user = await findUserByUsername(db, 'kecheng-coordinator');
    const { principal } = (await loadUserPrincipal(db, user!.id))!;
    const failing = {
      ...localFileStorage(t.app.config.dataDir!),
      put: async () => {
        throw new Error('disk full');
      },
    };
    await expect(
      generateLetter({
        db,
        storage: failing,
        now: t.clock.now(),
        principal,
        visibleCase: await loadVisibleCase(db, principal, ids.case!),
        input: { kind: 'appearance-suggestion', addresseeOrgId: ids.ziran!, body: null },
        context: SYSTEM_AUDIT_CONTEXT,
      }),
    ).rejects.toThrow('disk full');
    const series = (await coordinator.get('/api/document-series')).body.items[0];
    expect(series).toMatchObject({ lastNumber: 5, nextDocumentNumber: '柯司建〔2026〕6号' });
  });

  it('takes a body typed by the coordinator, one paragraph per line', async () => {
    const response = await coordinator.post(`/api/cases/${ids.case}/letters`, {
      kind: 'appearance-suggestion',
      addresseeOrgId: ids.ziran,
      body: '请贵单位主要负责人出庭应诉。\n\n特此函告。',
    });
    expect(response.status).toBe(201);
    const xml = await documentXml(
      (await download(coordinator, `/api/letters/${response.body.id}/download`)).bytes,
    );
    expect(xml).toContain('请贵单位主要负责人出庭应诉。');
    expect(xml).not.toContain('法释〔2020〕3号');
  });

  it('refuses 履行生效裁判建议书 before the judgment is effective', async () => {
    const response = await coordinator.post(`/api/cases/${ids.case}/letters`, {
      kind: 'performance-suggestion',
      addresseeOrgId: ids.ziran,
    });
    expect(response.status).toBe(409);
    expect(response.body.error.message).toBe(
      '履行生效裁判建议书应在裁判生效后、履行完毕前制发；本案当前处于“待开庭”阶段',
    );
  });

  it('lists the case letters for readers with what may be generated now, and downloads only in scope', async () => {
    const list = await clerk.get(`/api/cases/${ids.case}/letters`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((l: any) => l.documentNumber)).toEqual([
      '柯司建〔2026〕1号',
      expect.any(String),
      expect.any(String),
      expect.any(String),
      expect.any(String),
      '柯司建〔2026〕6号',
    ]);
    expect(list.body.abilities).toEqual({ 'appearance-suggestion': false, 'performance-suggestion': false });
    expect((await coordinator.get(`/api/cases/${ids.case}/letters`)).body.abilities).toEqual({
      'appearance-suggestion': true,
      'performance-suggestion': false,
    });
    expect((await download(clerk, `/api/letters/${ids.letter}/download`)).status).toBe(200);
    await makeUser(t.database.db, {
      organisationId: ids.zhujian!,
      roles: ['clerk'],
      username: 'zhujian-clerk',
      password: 'Zhujian-Passw0rd!',
    });
    const foreign = await t.login('zhujian-clerk', 'Zhujian-Passw0rd!');
    const refused = await foreign.get(`/api/letters/${ids.letter}/download`);
    expect(refused.status).toBe(404);
    expect(refused.body.error.message).toBe('建议书不存在或无权查看');
  });
});

describe('履行生效裁判建议书', () => {
  it('is generated once the judgment is effective and requires performance; 出庭建议书 is then refused', async () => {
    const c = await intake({
      caseNumber: '（2026）浙0825行初9号',
      service: { servedOn: '2026-09-01', manner: 'mail' },
    });
    await step(c.id, 'judgment', {
      kind: 'judgment',
      result: 'order-performance',
      isLost: true,
      lossReasons: ['nonperformance'],
      servedOn: '2026-10-09',
      requiresPerformance: true,
    });
    await step(c.id, 'effective', { effectiveOn: '2026-10-26' });

    const late = await coordinator.post(`/api/cases/${c.id}/letters`, {
      kind: 'appearance-suggestion',
      addresseeOrgId: ids.ziran,
    });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toBe(
      '负责人出庭建议书应在法院作出裁判前制发；本案当前处于“已生效待履行”阶段',
    );

    const response = await coordinator.post(`/api/cases/${c.id}/letters`, {
      kind: 'performance-suggestion',
      addresseeOrgId: ids.ziran,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.body).toMatchObject({
      documentNumber: '柯司建〔2026〕7号',
      title: '关于依法履行（2026）浙0825行初9号案件生效裁判的建议函',
    });
    const xml = await documentXml(
      (await download(coordinator, `/api/letters/${response.body.id}/download`)).bytes,
    );
    expect(xml).toContain('已于2026年10月26日发生法律效力');
    expect(xml).toContain('第九十四条至第九十六条');
    expect(xml).toContain('（2026）浙0825行初9号');
  });
});
