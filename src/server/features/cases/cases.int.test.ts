import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client';
import { auditRowsAfter, findOrgByName, lastAuditId, makeUser } from '../../test/factories';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';

let t: TestApp;
let clerk: TestClient;
let ids: Record<string, string> & { zhujian: string; ziran: string; longyouCourt: string };

// The test clock stands at 2026-11-02 09:00 China time (a Monday).
async function intake(client: TestClient, overrides: Record<string, unknown> = {}) {
  return client.post('/api/cases', {
    caseNumber: '(2026)浙0825行初15号',
    courtId: ids.longyouCourt,
    causeCode: 'expropriation',
    domainCode: 'housing-expropriation',
    subject: '柯城区自然资源和规划局作出的房屋征收补偿决定',
    claims: '撤销征收补偿决定',
    defendants: [{ organisationId: ids.ziran }],
    plaintiffs: [{ kind: 'person', name: '张卫东', idNumber: '11010519491231002X' }],
    thirdParties: [],
    isMass: true,
    service: { servedOn: '2026-10-28', manner: 'direct', signedBy: '李志强' },
    ...overrides,
  });
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  ids = {
    longyouCourt: (await findOrgByName(db, '龙游县人民法院')).id,
    kechengCourt: (await findOrgByName(db, '柯城区人民法院')).id,
    ziran: (await findOrgByName(db, '柯城区自然资源和规划局')).id,
    zhujian: (await findOrgByName(db, '柯城区住房和城乡建设局')).id,
    qujiangZiran: (await findOrgByName(db, '衢江区自然资源和规划局')).id,
  };
  await makeUser(db, {
    organisationId: ids.zhujian,
    roles: ['clerk'],
    username: 'zhujian-clerk',
    password: 'Zhujian-Passw0rd!',
  });
  await makeUser(db, {
    organisationId: (await findOrgByName(db, '衢江区司法局')).id,
    roles: ['coordinator'],
    username: 'qujiang-coordinator',
    password: 'Qujiang-Passw0rd!',
  });
  clerk = await t.login('kecheng-clerk');
});
afterAll(async () => t?.close());

describe('intake', () => {
  it('refuses bad input naming the field in Chinese, and writes nothing', async () => {
    const before = await lastAuditId(t.database.db);
    const badNumber = await intake(clerk, { caseNumber: '（2026）浙0825行初' });
    expect(badNumber.status).toBe(400);
    expect(badNumber.body.error.details[0].field).toBe('caseNumber');
    const civil = await intake(clerk, { caseNumber: '（2026）浙0825民初15号' });
    expect(civil.body.error.message).toContain('不是行政案件类型');
    const badId = await intake(clerk, {
      plaintiffs: [{ kind: 'person', name: '张卫东', idNumber: '110105194912310021' }],
    });
    expect(badId.body.error.details[0]).toEqual({
      field: 'plaintiffs.0.idNumber',
      message: '身份证号校验码错误：最后一位应为“X”',
    });
    const future = await intake(clerk, { service: { servedOn: '2026-11-03', manner: 'direct' } });
    expect(future.body.error.details[0]).toMatchObject({ field: 'servedOn' });
    const notCourt = await intake(clerk, { courtId: ids.zhujian });
    expect(notCourt.body.error.details[0]).toMatchObject({ field: 'courtId' });
    const foreign = await intake(clerk, { defendants: [{ organisationId: ids.qujiangZiran }] });
    expect(foreign.status).toBe(403);
    expect(await auditRowsAfter(t.database.db, before)).toHaveLength(0);
  });

  it('registers a case from the court notice with its deadlines explained', async () => {
    const before = await lastAuditId(t.database.db);
    const response = await intake(clerk);
    expect(response.status).toBe(201);
    const c = response.body;
    ids.case = c.id;
    expect(c).toMatchObject({
      caseNumber: '（2026）浙0825行初15号',
      instance: 'first',
      stage: 'defending',
      court: { name: '龙游县人民法院' },
      cause: { label: '行政征收/征用' },
      isMass: true,
      serviceDate: '2026-10-28',
    });
    expect(c.parties[0]).toMatchObject({ name: '张卫东', idNumberMasked: '1101**********002X' });
    expect(JSON.stringify(c)).not.toContain('11010519491231002X');
    expect(c.deadlines.map((d: any) => [d.ruleId, d.due, d.status])).toEqual([
      ['litigation.defence', '2026-11-12', 'open'],
      ['local.litigation.report-to-office', '2026-11-17', 'open'],
    ]);
    expect(c.deadlines[0].explanation).toContain('第六十七条');
    expect(c.events.map((e: any) => e.type)).toEqual(['registered', 'service-recorded']);
    expect(c.abilities.record).toMatchObject({ defence: true, judgment: true, performance: false });
    const rows = await auditRowsAfter(t.database.db, before);
    expect(rows.map((r) => r.event)).toEqual(['case.registered']);
    const again = await intake(clerk);
    expect(again.status).toBe(409);
    expect(again.body.error.details[0].field).toBe('caseNumber');
  });
});

describe('who sees the case', () => {
  it.each([
    ['kecheng-clerk', 'Demo-Passw0rd!', 200],
    ['kecheng-head', 'Demo-Passw0rd!', 200],
    ['kecheng-coordinator', 'Demo-Passw0rd!', 200],
    ['city-coordinator', 'Demo-Passw0rd!', 200],
    ['city-leader', 'Demo-Passw0rd!', 200],
    ['longyou-court', 'Demo-Passw0rd!', 200],
    ['zhujian-clerk', 'Zhujian-Passw0rd!', 404],
    ['qujiang-coordinator', 'Qujiang-Passw0rd!', 404],
    ['sysadmin', 'Demo-Passw0rd!', 403],
  ])('%s → %s', async (username, password, status) => {
    const client = await t.login(username, password);
    expect((await client.get(`/api/cases/${ids.case}`)).status).toBe(status);
    const list = await client.get('/api/cases');
    if (status === 200) expect(list.body.items.map((i: any) => i.id)).toContain(ids.case);
    if (status === 404) expect(list.body.items).toEqual([]);
  });

  it('lets the leader read but not record', async () => {
    const leader = await t.login('city-leader');
    const c = (await leader.get(`/api/cases/${ids.case}`)).body;
    expect(Object.values(c.abilities.record).every((v) => v === false)).toBe(true);
    const refused = await leader.post(`/api/cases/${ids.case}/defence`, {
      submittedOn: '2026-11-01',
      version: c.version,
    });
    expect(refused.status).toBe(403);
  });
});

describe('steps', () => {
  it('walks a case from defence to performance, each step closing its deadline', async () => {
    let c = (await clerk.get(`/api/cases/${ids.case}`)).body;
    const step = async (path: string, body: Record<string, unknown>) => {
      const response = await clerk.post(`/api/cases/${ids.case}/${path}`, { ...body, version: c.version });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      c = response.body;
      return c;
    };
    await step('defence', { submittedOn: '2026-11-02', evidenceCount: 12 });
    expect(c.stage).toBe('pending-hearing');
    expect(c.deadlines[0]).toMatchObject({
      ruleId: 'litigation.defence',
      status: 'done',
      doneOn: '2026-11-02',
    });
    await step('report', { reportedOn: '2026-11-02' });
    await step('hearings', {
      scheduledAt: '2026-11-05T09:30:00+08:00',
      courtRoom: '第一法庭',
      isHeadRequested: true,
    });
    expect(c.hearings[0]).toMatchObject({ status: 'scheduled', isAtRisk: true });
    const todos = (await clerk.get('/api/todos')).body;
    expect(todos.items[0]).toMatchObject({ kind: 'hearing-at-risk', case: { id: ids.case } });
    await step('head', { name: '陈建华', post: '副局长', countsAsHead: true });
    expect(c.hearings[0].isAtRisk).toBe(false);
    t.clock.advanceMinutes(4 * 24 * 60); // 2026-11-06; the idle session has expired meanwhile
    clerk = await t.login('kecheng-clerk');
    // The hearing is past and nobody has recorded who appeared: a to-do until someone does.
    const unrecorded = (await clerk.get('/api/todos')).body.items.filter(
      (item: { kind: string }) => item.kind === 'appearance-unrecorded',
    );
    expect(unrecorded).toEqual([
      expect.objectContaining({
        case: expect.objectContaining({ id: ids.case }),
        title: '开庭已过，尚未登记柯城区自然资源和规划局的出庭情况',
        due: '2026-11-05',
        isOverdue: true,
      }),
    ]);
    await step('appearances', {
      hearingEventId: c.hearings[0].eventId,
      defendantOrgId: ids.ziran,
      didHeadAppear: true,
      personName: '陈建华',
      personPost: '副局长',
      countsAsHead: true,
      didSpeak: true,
      agents: [{ name: '王律师', kind: 'lawyer' }],
    });
    expect(c.stage).toBe('in-trial');
    expect(c.hearings[0].appearances[0]).toMatchObject({ didHeadAppear: true, didSpeak: true });
    const after = (await clerk.get('/api/todos')).body.items;
    expect(after.filter((item: { kind: string }) => item.kind === 'appearance-unrecorded')).toEqual([]);
    await step('judgment', {
      kind: 'judgment',
      result: 'revoke',
      isLost: true,
      lossReasons: ['procedure'],
      servedOn: '2026-11-06',
      requiresPerformance: true,
    });
    expect(c.stage).toBe('judged');
    expect(c.deadlines.find((d: any) => d.ruleId === 'litigation.appeal.judgment')).toMatchObject({
      due: '2026-11-23',
      status: 'open',
    });
    await step('judgment-filing', { filedOn: '2026-11-06' });
    t.clock.advanceMinutes(20 * 24 * 60); // 2026-11-26
    clerk = await t.login('kecheng-clerk');
    await step('effective', { effectiveOn: '2026-11-24' });
    expect(c.stage).toBe('effective');
    await step('performance', { performedOn: '2026-11-26', description: '已撤销原补偿决定并重新作出' });
    await step('loss-analysis', { analysis: '征收程序中未依法送达评估报告', measures: '完善送达流程' });
    expect(c.stage).toBe('performed');
    expect(c.events.map((e: any) => e.label)).toEqual([
      '登记案件',
      '记录送达',
      '提交答辩状及证据',
      '向司法局报告',
      '安排开庭',
      '确定出庭负责人',
      '记录出庭情况',
      '记录裁判结果',
      '裁判文书报备',
      '裁判生效',
      '记录履行情况',
      '败诉分析',
    ]);
    expect(c.deadlines.every((d: any) => d.status === 'done')).toBe(true);
  });

  it('refuses a step the stage does not allow, and a stale version', async () => {
    const c = (await clerk.get(`/api/cases/${ids.case}`)).body;
    const early = await clerk.post(`/api/cases/${ids.case}/defence`, {
      submittedOn: '2026-11-02',
      version: c.version,
    });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe('案件当前处于“已履行”阶段，不能“提交答辩状及证据”');
    const stale = await clerk.post(`/api/cases/${ids.case}/loss-analysis`, {
      analysis: 'x',
      measures: 'y',
      version: c.version - 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');
  });
});

describe('two users on one case', () => {
  it('gives the second save a conflict and keeps the first', async () => {
    const created = await intake(clerk, {
      caseNumber: '（2026）浙0825行初16号',
      service: { servedOn: '2026-11-20', manner: 'mail' },
    });
    const head = await t.login('kecheng-head');
    const version = created.body.version;
    const first = await clerk.post(`/api/cases/${created.body.id}/head`, {
      name: '陈建华',
      post: '副局长',
      countsAsHead: true,
      version,
    });
    const second = await head.post(`/api/cases/${created.body.id}/head`, {
      name: '林国庆',
      post: '局长',
      countsAsHead: true,
      version,
    });
    expect(first.status).toBe(200);
    expect(second.status).toBe(409);
    expect(second.body.error.message).toContain('已被他人修改，请刷新后重试');
    expect((await clerk.get(`/api/cases/${created.body.id}`)).body.designatedHead.name).toBe('陈建华');
    ids.second = created.body.id;
  });
});

describe('corrections', () => {
  it('previews what moves, then corrects the service date and recomputes', async () => {
    const coordinator = await t.login('kecheng-coordinator');
    const c = (await coordinator.get(`/api/cases/${ids.second}`)).body;
    const service = c.events.find((e: any) => e.type === 'service-recorded');
    const body = {
      correctsEventId: service.id,
      reason: '送达回证日期录入错误',
      payload: { servedOn: '2026-11-18', manner: 'mail' },
      version: c.version,
    };
    const preview = await coordinator.post(`/api/cases/${ids.second}/corrections/preview`, body);
    expect(preview.body.moves).toEqual([
      {
        title: '答辩和举证期限',
        ruleId: 'litigation.defence',
        change: 'moved',
        dueBefore: '2026-12-07',
        dueAfter: '2026-12-03',
      },
      {
        title: '应诉情况报告司法行政机关期限',
        ruleId: 'local.litigation.report-to-office',
        change: 'moved',
        dueBefore: '2026-12-14',
        dueAfter: '2026-12-08',
      },
    ]);
    expect((await coordinator.get(`/api/cases/${ids.second}`)).body.version).toBe(c.version);
    const corrected = await coordinator.post(`/api/cases/${ids.second}/corrections`, body);
    expect(corrected.status).toBe(200);
    expect(corrected.body.serviceDate).toBe('2026-11-18');
    expect(corrected.body.deadlines[0].due).toBe('2026-12-03');
    const original = corrected.body.events.find((e: any) => e.id === service.id);
    expect(original).toMatchObject({
      payload: { servedOn: '2026-11-18' },
      correctedByEventId: expect.any(Number),
    });
  });
});

describe('finding cases', () => {
  it('finds Chinese substrings of parties and subject, filters and pages', async () => {
    const coordinator = await t.login('kecheng-coordinator');
    const byName = await coordinator.get(`/api/cases?q=${encodeURIComponent('卫东')}`);
    expect(byName.body.total).toBe(2);
    const byStage = await coordinator.get('/api/cases?stage=performed');
    expect(byStage.body.items.map((i: any) => i.caseNumber)).toEqual(['（2026）浙0825行初15号']);
    const paged = await coordinator.get('/api/cases?pageSize=1&page=2&sort=caseNumber&order=asc');
    expect(paged.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.body.items[0].caseNumber).toBe('（2026）浙0825行初16号');
    // By the earliest open deadline: the performed case has none and comes last either way.
    for (const order of ['asc', 'desc']) {
      const byDeadline = await coordinator.get(`/api/cases?sort=nextDeadline&order=${order}`);
      expect(byDeadline.body.items.map((i: any) => [i.caseNumber, i.nextDeadline?.due ?? null])).toEqual([
        ['（2026）浙0825行初16号', '2026-12-03'],
        ['（2026）浙0825行初15号', null],
      ]);
    }
    const bad = await coordinator.get('/api/cases?stage=unknown');
    expect(bad.body.error.message).toBe('查询条件有误：阶段无效，请从列表中选择');
  });

  it('keeps each case’s earliest open deadline through steps and corrections, and filters 逾期 by it', async () => {
    // The cases above went through steps closing deadlines and a correction moving them.
    const rows = rowsOf<{ case_number: string; next_open_due: string | null; earliest: string | null }>(
      await t.database.db.execute(sql`select c.case_number, c.next_open_due::text as next_open_due,
        (select min(x.due)::text from case_deadlines x where x.case_id = c.id and x.status = 'open') as earliest
        from litigation_cases c order by c.case_number`),
    );
    expect(rows.map((r) => [r.case_number, r.next_open_due])).toEqual([
      ['（2026）浙0825行初15号', null],
      ['（2026）浙0825行初16号', '2026-12-03'],
    ]);
    for (const row of rows) expect(row.next_open_due).toBe(row.earliest);

    let coordinator = await t.login('kecheng-coordinator');
    const numbers = async (url: string) =>
      (await coordinator.get(url)).body.items.map((i: { caseNumber: string }) => i.caseNumber);
    expect(await numbers('/api/cases?isOverdue=true')).toEqual([]);
    expect(await numbers('/api/cases?isOverdue=false&sort=caseNumber&order=asc')).toEqual([
      '（2026）浙0825行初15号',
      '（2026）浙0825行初16号',
    ]);
    const now = t.clock.now();
    try {
      // 12-04 China time: the 16号 case's 答辩 deadline (12-03) has passed, the 15号 case has none open.
      t.clock.set(new Date('2026-12-04T01:00:00Z'));
      coordinator = await t.login('kecheng-coordinator'); // the earlier session has expired
      expect(await numbers('/api/cases?isOverdue=true')).toEqual(['（2026）浙0825行初16号']);
      expect(await numbers('/api/cases?isOverdue=false')).toEqual(['（2026）浙0825行初15号']);
    } finally {
      t.clock.set(now);
    }
  });

  it('finds Latin letters in either case', async () => {
    const created = await intake(clerk, {
      caseNumber: '(2026)浙0825行初17号',
      subject: '对Fuyuan Tech有限公司作出的行政处罚决定',
    });
    expect(created.status).toBe(201);
    const coordinator = await t.login('kecheng-coordinator');
    for (const q of ['fuyuan tech', 'FUYUAN', 'Tech有限']) {
      const found = await coordinator.get(`/api/cases?q=${encodeURIComponent(q)}`);
      expect(found.body.items.map((i: { caseNumber: string }) => i.caseNumber)).toEqual([
        '（2026）浙0825行初17号',
      ]);
    }
    expect((await coordinator.get(`/api/cases?q=${encodeURIComponent('Fuyuan_Tech')}`)).body.total).toBe(0);
  });
});
