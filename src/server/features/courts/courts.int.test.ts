import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsAfter, findOrgByName, lastAuditId } from '../../test/factories';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const db = () => t.database.db;
const BASIS_2021 =
  '衢州市中级人民法院《关于完善全市基层人民法院行政诉讼案件跨区域集中管辖的公告》（2021年4月8日）';

async function courtNamed(client: TestClient, name: string) {
  const list = await client.get(`/api/courts?q=${encodeURIComponent(name)}`);
  expect(list.status).toBe(200);
  const court = list.body.items.find((c: { name: string }) => c.name === name);
  expect(court, name).toBeDefined();
  return court;
}

const fieldsOf = (court: Record<string, unknown>) => ({
  courtCode: court.courtCode,
  systemCode: court.systemCode,
  level: court.level,
  regionCode: court.regionCode,
  effectiveFrom: court.effectiveFrom,
  obsoleteFrom: court.obsoleteFrom,
});

describe('the court proposed for a region and filing date', () => {
  it.each([
    ['330802', '2026-03-05', '龙游县人民法院', 'jurisdiction'], // 柯城区, after the 2021 centralisation
    ['330802', '2021-01-01', '柯城区人民法院', 'region'], // before it
    ['330825', '2026-03-05', '龙游县人民法院', 'jurisdiction'], // 龙游县 itself
  ])('%s on %s → %s (%s)', async (regionCode, date, name, source) => {
    const clerk = await t.login('kecheng-clerk');
    const response = await clerk.get(`/api/courts/propose?regionCode=${regionCode}&date=${date}`);
    expect(response.status).toBe(200);
    expect(response.body.court.name).toBe(name);
    expect(response.body.source).toBe(source);
    if (source === 'jurisdiction') {
      expect(response.body.mapping).toMatchObject({ effectiveFrom: '2021-04-08', basis: BASIS_2021 });
      expect(response.body.reason).toContain(BASIS_2021);
    } else {
      expect(response.body.mapping).toBeNull();
      expect(response.body.reason).toContain('没有集中管辖安排');
    }
  });

  it('answers no court, with the reason, for a region nothing is known of', async () => {
    const clerk = await t.login('kecheng-clerk');
    const response = await clerk.get('/api/courts/propose?regionCode=330881&date=2026-03-05');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ court: null, source: null, mapping: null });
    expect(response.body.reason).toContain('请人工选择法院');
  });

  it('names the bad field in Chinese, and refuses the administrators without court.read', async () => {
    const clerk = await t.login('kecheng-clerk');
    const badDate = await clerk.get('/api/courts/propose?regionCode=330802&date=2026-02-30');
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.details[0]).toEqual({
      field: 'date',
      message: '立案日期应为 YYYY-MM-DD 格式的真实日期，如 2026-03-05',
    });
    const badRegion = await clerk.get('/api/courts/propose?regionCode=3308&date=2026-03-05');
    expect(badRegion.status).toBe(400);
    expect(badRegion.body.error.details[0].field).toBe('regionCode');
    expect(badRegion.body.error.message).toContain('行政区划代码应为6位数字');
    const secadmin = await t.login('secadmin');
    expect((await secadmin.get('/api/courts/propose?regionCode=330802&date=2026-03-05')).status).toBe(403);
  });
});

describe('courts', () => {
  it('lists the courts by level and code for every business role, with abilities', async () => {
    const liaison = await t.login('longyou-court');
    const list = await liaison.get('/api/courts');
    expect(list.status).toBe(200);
    expect(list.body.items.map((c: { courtCode: string }) => c.courtCode)).toEqual([
      '浙08',
      '浙0802',
      '浙0803',
      '浙0825',
    ]);
    expect(list.body.items[3]).toMatchObject({
      name: '龙游县人民法院',
      level: 'basic',
      regionCode: '330825',
      systemCode: null,
      effectiveFrom: null,
      obsoleteFrom: null,
      organisationDisabled: false,
      abilities: { update: false },
    });
    const basic = await liaison.get('/api/courts?level=basic&pageSize=2');
    expect(basic.body).toMatchObject({ total: 3, pageSize: 2 });
    const admin = await t.login('sysadmin');
    expect((await admin.get('/api/courts?q=0825')).body.items[0].abilities).toEqual({ update: true });
    expect((await (await t.login('auditor')).get('/api/courts')).status).toBe(403);
  });

  it('lets the system administrator edit a court, checking the 法院代字 by the 案号 rules, audited', async () => {
    const admin = await t.login('sysadmin');
    const court = await courtNamed(admin, '龙游县人民法院');
    const previous = fieldsOf(court);
    const put = (body: Record<string, unknown>) =>
      admin.put(`/api/courts/${court.organisationId}`, { ...previous, previous, ...body });
    const before = await lastAuditId(db());

    const badCode = await put({ courtCode: '浙825' });
    expect(badCode.status).toBe(400);
    expect(badCode.body.error.details[0]).toEqual({
      field: 'courtCode',
      message: '法院代字“浙825”有误：省级简称后应为2位数字（中级法院）或4位数字（基层法院），当前为3位',
    });
    const wrongLevel = await put({ level: 'intermediate' });
    expect(wrongLevel.status).toBe(400);
    expect(wrongLevel.body.error.details[0]).toMatchObject({ field: 'level' });
    expect(wrongLevel.body.error.message).toContain('基层人民法院的代字');
    const badSystemCode = await put({ systemCode: '33082' });
    expect(badSystemCode.status).toBe(400);
    expect(badSystemCode.body.error.details[0]).toEqual({
      field: 'systemCode',
      message: '法院系统代码应为6位数字，如 320350',
    });
    const datesReversed = await put({ effectiveFrom: '2020-01-01', obsoleteFrom: '2019-12-31' });
    expect(datesReversed.status).toBe(400);
    expect(datesReversed.body.error.details[0]).toEqual({
      field: 'obsoleteFrom',
      message: '停用日期（2019-12-31）应晚于启用日期（2020-01-01）',
    });
    const taken = await put({ courtCode: '浙0802' });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({
      code: 'DUPLICATE',
      message: '法院代字“浙0802”已由柯城区人民法院使用',
    });
    expect(await auditRowsAfter(db(), before)).toHaveLength(0);

    const saved = await put({ systemCode: '331025', effectiveFrom: '1980-01-01' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      courtCode: '浙0825',
      systemCode: '331025',
      effectiveFrom: '1980-01-01',
    });
    const rows = await auditRowsAfter(db(), before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      event: 'court.updated',
      targetType: 'court',
      targetId: court.organisationId,
      targetLabel: '龙游县人民法院',
    });
    expect(rows[0]!.before).toMatchObject({ systemCode: null, effectiveFrom: null });
    expect(rows[0]!.after).toMatchObject({ systemCode: '331025', effectiveFrom: '1980-01-01' });

    // A second editor still holding the values read before the save: refused, nothing overwritten.
    const stale = await put({ systemCode: '999999' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'CONFLICT',
      message: '法院“龙游县人民法院”的信息已被他人修改，请刷新后重试',
    });
    expect((await courtNamed(admin, '龙游县人民法院')).systemCode).toBe('331025');

    const clerk = await t.login('kecheng-clerk');
    const refused = await clerk.put(`/api/courts/${court.organisationId}`, { ...previous, previous });
    expect(refused.status).toBe(403);
  });

  it('registers court details for a new court organisation once', async () => {
    const admin = await t.login('sysadmin');
    const city = await findOrgByName(db(), '衢州市中级人民法院');
    const org = await admin.post('/api/orgs', {
      parentId: city.id,
      name: '江山市人民法院',
      kind: 'court',
      regionCode: '330881',
    });
    expect(org.status).toBe(201);
    const unregistered = await admin.get('/api/courts/unregistered');
    expect(unregistered.body.items).toEqual([
      { organisationId: org.body.id, name: '江山市人民法院', regionCode: '330881' },
    ]);

    const input = {
      organisationId: org.body.id,
      courtCode: '浙0881',
      systemCode: null,
      level: 'basic',
      regionCode: '330881',
      effectiveFrom: null,
      obsoleteFrom: null,
    };
    const before = await lastAuditId(db());
    const created = await admin.post('/api/courts', input);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: '江山市人民法院', courtCode: '浙0881', level: 'basic' });
    const rows = await auditRowsAfter(db(), before);
    expect(rows.map((r) => r.event)).toEqual(['court.created']);
    expect(rows[0]!.after).toMatchObject({ courtCode: '浙0881', regionCode: '330881' });
    expect((await admin.get('/api/courts/unregistered')).body.items).toEqual([]);

    const again = await admin.post('/api/courts', { ...input, courtCode: '浙0882' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('DUPLICATE');
    const agency = await findOrgByName(db(), '柯城区自然资源和规划局');
    const notCourt = await admin.post('/api/courts', { ...input, organisationId: agency.id });
    expect(notCourt.status).toBe(400);
    expect(notCourt.body.error.details[0]).toEqual({
      field: 'organisationId',
      message: '“柯城区自然资源和规划局”不是法院类机构，不能登记法院信息',
    });
    // The new court is proposed for its own region.
    const proposal = await admin.get('/api/courts/propose?regionCode=330881&date=2026-03-05');
    expect(proposal.body.court.name).toBe('江山市人民法院');
  });
});

describe('集中管辖 mappings', () => {
  it('lists the mappings with their court, filtered by region', async () => {
    const coordinator = await t.login('kecheng-coordinator');
    const all = await coordinator.get('/api/courts/jurisdictions');
    expect(all.status).toBe(200);
    expect(all.body.items.map((m: { regionCode: string }) => m.regionCode)).toEqual([
      '330802',
      '330803',
      '330825',
    ]);
    const kecheng = await coordinator.get('/api/courts/jurisdictions?regionCode=330802');
    expect(kecheng.body.items).toHaveLength(1);
    expect(kecheng.body.items[0]).toMatchObject({
      court: { name: '龙游县人民法院', courtCode: '浙0825' },
      caseScope: 'administrative-first-instance',
      effectiveFrom: '2021-04-08',
      effectiveTo: null,
      basis: BASIS_2021,
      abilities: { end: false },
    });
  });

  it('refuses an overlapping mapping, ends the old one and takes a new one, audited', async () => {
    const admin = await t.login('sysadmin');
    const kechengCourt = await findOrgByName(db(), '柯城区人民法院');
    const [current] = (await admin.get('/api/courts/jurisdictions?regionCode=330802')).body.items;
    expect(current.abilities).toEqual({ end: true });
    const newMapping = {
      courtId: kechengCourt.id,
      regionCode: '330802',
      caseScope: 'administrative-first-instance',
      effectiveFrom: '2026-01-01',
      basis: '衢州市中级人民法院关于调整行政案件集中管辖的公告（测试）',
    };
    const before = await lastAuditId(db());

    const overlapping = await admin.post('/api/courts/jurisdictions', newMapping);
    expect(overlapping.status).toBe(400);
    expect(overlapping.body.error.message).toBe(
      `与已有的管辖安排重叠：行政区划 330802 的第一审行政案件在2021-04-08至今由龙游县人民法院管辖（依据：${BASIS_2021}）。请先终止该安排，或调整生效日期`,
    );
    expect(overlapping.body.error.details[0].field).toBe('effectiveFrom');
    const noBasis = await admin.post('/api/courts/jurisdictions', { ...newMapping, basis: '' });
    expect(noBasis.status).toBe(400);
    expect(noBasis.body.error.details[0]).toEqual({
      field: 'basis',
      message: '依据至少4个字符，请写明文件名称与文号或日期',
    });
    const reversed = await admin.post('/api/courts/jurisdictions', {
      ...newMapping,
      regionCode: '330881',
      effectiveTo: '2025-12-31',
    });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.details[0].field).toBe('effectiveTo');

    const tooEarly = await admin.post(`/api/courts/jurisdictions/${current.id}/end`, {
      effectiveTo: '2021-04-07',
    });
    expect(tooEarly.status).toBe(400);
    expect(tooEarly.body.error.details[0]).toEqual({
      field: 'effectiveTo',
      message: '终止日期（2021-04-07）不能早于该安排的生效日期（2021-04-08）',
    });
    const ended = await admin.post(`/api/courts/jurisdictions/${current.id}/end`, {
      effectiveTo: '2025-12-31',
    });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ effectiveTo: '2025-12-31', abilities: { end: false } });
    const endedAgain = await admin.post(`/api/courts/jurisdictions/${current.id}/end`, {
      effectiveTo: '2026-06-30',
    });
    expect(endedAgain.status).toBe(409);
    expect(endedAgain.body.error.message).toContain('已于2025-12-31终止');

    const created = await admin.post('/api/courts/jurisdictions', newMapping);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ court: { name: '柯城区人民法院' }, effectiveTo: null });

    const rows = await auditRowsAfter(db(), before);
    expect(rows.map((r) => r.event)).toEqual(['jurisdiction.ended', 'jurisdiction.created']);
    expect(rows[0]).toMatchObject({ targetType: 'jurisdiction', targetId: current.id });
    expect(rows[0]!.before).toMatchObject({ effectiveTo: null });
    expect(rows[0]!.after).toMatchObject({ effectiveTo: '2025-12-31' });
    expect(rows[1]!.after).toMatchObject({
      court: '柯城区人民法院（浙0802）',
      regionCode: '330802',
      effectiveFrom: '2026-01-01',
    });

    // The proposal follows the dates: 龙游 until the end of 2025, 柯城 from 2026.
    const on = async (date: string) =>
      (await admin.get(`/api/courts/propose?regionCode=330802&date=${date}`)).body;
    expect((await on('2025-12-31')).court.name).toBe('龙游县人民法院');
    const later = await on('2026-03-05');
    expect(later.court.name).toBe('柯城区人民法院');
    expect(later.mapping.basis).toBe(newMapping.basis);

    const clerk = await t.login('kecheng-clerk');
    expect((await clerk.post('/api/courts/jurisdictions', newMapping)).status).toBe(403);
  });

  it('answers 404 for a mapping that does not exist', async () => {
    const admin = await t.login('sysadmin');
    const response = await admin.post(`/api/courts/jurisdictions/${crypto.randomUUID()}/end`, {
      effectiveTo: '2026-01-01',
    });
    expect(response.status).toBe(404);
    expect(response.body.error.message).toBe('管辖安排不存在或无权查看');
  });
});
