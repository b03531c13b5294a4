import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrgByName, findUserByUsername } from '../../test/factories';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { loadUserPrincipal } from '../auth/load-principal';
import { loadCalendar } from '../calendar/load-calendar';
import { loadExportRows } from './load-export-rows';

let t: TestApp;
let clerk: TestClient;
let ids: Record<string, string>;

const ID_NUMBER = '11010519491231002X';

async function intake(overrides: Record<string, unknown>) {
  const response = await clerk.post('/api/cases', {
    courtId: ids.longyouCourt,
    causeCode: 'expropriation',
    domainCode: 'housing-expropriation',
    defendants: [{ organisationId: ids.ziran }],
    plaintiffs: [{ kind: 'person', name: '张卫东', idNumber: ID_NUMBER }],
    ...overrides,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

async function exportXlsx(client: TestClient, query = '') {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/cases/export.xlsx${query}`,
    headers: { cookie: client.cookie ?? '' },
  });
  return {
    status: response.statusCode,
    headers: response.headers,
    bytes: response.rawPayload,
    json: () => response.json(),
  };
}

async function readSheet(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.getWorksheet('行政应诉案件')!;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  ids = {
    longyouCourt: (await findOrgByName(db, '龙游县人民法院')).id,
    ziran: (await findOrgByName(db, '柯城区自然资源和规划局')).id,
  };
  clerk = await t.login('kecheng-clerk');
  const first = await intake({
    caseNumber: '（2026）浙0825行初15号',
    subject: '房屋征收补偿决定',
    isMass: true,
    isMajorSensitive: true,
    plaintiffs: [
      { kind: 'person', name: '张卫东', idNumber: ID_NUMBER },
      { kind: 'person', name: '王秀英' },
    ],
    service: { servedOn: '2026-10-28', manner: 'direct' },
  });
  const version = first.version;
  const hearing = await clerk.post(`/api/cases/${first.id}/hearings`, {
    scheduledAt: '2026-11-20T14:30:00+08:00',
    courtRoom: '第一法庭',
    version,
  });
  expect(hearing.status).toBe(200);
  ids.first = first.id;
  await intake({
    caseNumber: '（2026）浙0825行初16号',
    subject: '政府信息公开答复',
    causeCode: 'information-disclosure',
    service: { servedOn: '2026-10-01', manner: 'mail' },
  });
  await intake({ caseNumber: '（2026）浙0825行初17号', subject: '行政处罚决定' });
});
afterAll(async () => t?.close());

describe('GET /api/cases/export.xlsx', () => {
  it('exports the filtered list as a workbook with a frozen Chinese header and real dates', async () => {
    const coordinator = await t.login('kecheng-coordinator');
    const file = await exportXlsx(coordinator, `?q=${encodeURIComponent('征收')}`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(String(file.headers['content-disposition'])).toContain(
      `filename*=UTF-8''${encodeURIComponent('行政应诉案件清单-2026-11-02')}.xlsx`,
    );
    const sheet = await readSheet(file.bytes);
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '案号',
      '审理法院',
      '审级',
      '阶段',
      '案由',
      '管理领域',
      '被诉行政行为',
      '原告',
      '被告',
      '送达日期',
      '下次开庭',
      '最近期限',
      '是否败诉',
      '标记',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(26);
    expect(sheet.rowCount).toBe(2);
    const row = sheet.getRow(2);
    expect(row.getCell(1).value).toBe('（2026）浙0825行初15号');
    expect(row.getCell(2).value).toBe('龙游县人民法院');
    expect(row.getCell(3).value).toBe('一审');
    expect(row.getCell(4).value).toBe('待开庭');
    expect(row.getCell(8).value).toBe('张卫东、王秀英');
    expect(row.getCell(9).value).toBe('柯城区自然资源和规划局');
    expect(row.getCell(10).value).toEqual(new Date('2026-10-28T00:00:00Z'));
    expect(row.getCell(10).numFmt).toBe('yyyy-mm-dd');
    // 14:30 China time, shown as such.
    expect(row.getCell(11).value).toEqual(new Date('2026-11-20T14:30:00Z'));
    expect(row.getCell(12).value).toEqual(new Date('2026-11-12T00:00:00Z'));
    expect(row.getCell(12).note).toBe('答辩和举证期限');
    expect(row.getCell(13).value).toBe('');
    expect(row.getCell(14).value).toBe('重大敏感、群体性');
  });

  it('never carries a full ID number', async () => {
    const coordinator = await t.login('kecheng-coordinator');
    const file = await exportXlsx(coordinator);
    const sheet = await readSheet(file.bytes);
    expect(sheet.rowCount).toBe(4);
    const zip = await JSZip.loadAsync(file.bytes);
    for (const name of Object.keys(zip.files)) {
      const text = await zip.file(name)?.async('string');
      expect(text ?? '', name).not.toContain(ID_NUMBER);
      expect(text ?? '', name).not.toContain('110105');
    }
  });

  it('applies the list filters and order, and the caller scope', async () => {
    const leader = await t.login('city-leader');
    const served = await readSheet(
      (await exportXlsx(leader, '?servedFrom=2026-10-01&sort=serviceDate&order=asc')).bytes,
    );
    expect(served.getColumn(1).values.slice(2)).toEqual(['（2026）浙0825行初16号', '（2026）浙0825行初15号']);
    const stage = await readSheet((await exportXlsx(leader, '?stage=registered')).bytes);
    expect(stage.getColumn(1).values.slice(2)).toEqual(['（2026）浙0825行初17号']);
    const bad = await exportXlsx(leader, '?stage=unknown');
    expect(bad.status).toBe(400);
    expect(bad.json().error.message).toBe('查询条件有误：阶段无效，请从列表中选择');
    // A court's liaison sees its court's cases but may not export.
    expect((await exportXlsx(await t.login('longyou-court'))).status).toBe(403);
    expect((await exportXlsx(await t.login('kecheng-head'))).status).toBe(403);
  });

  it('does not shadow GET /api/cases/:id', async () => {
    const response = await clerk.get(`/api/cases/${ids.first}`);
    expect(response.status).toBe(200);
    expect(response.body.caseNumber).toBe('（2026）浙0825行初15号');
  });

  it('refuses more rows than the limit, asking to narrow the filter', async () => {
    const db = t.database.db;
    const user = await findUserByUsername(db, 'kecheng-coordinator');
    const loaded = await loadUserPrincipal(db, user!.id);
    await expect(
      loadExportRows({
        db,
        principal: loaded!.principal,
        query: { sort: 'serviceDate', order: 'desc' },
        now: t.clock.now(),
        calendar: await loadCalendar(db),
        maxRows: 2,
      }),
    ).rejects.toThrow('符合条件的案件共 3 件，超过单次导出上限 2 件，请缩小筛选范围');
  });
});
