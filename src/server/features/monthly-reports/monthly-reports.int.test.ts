// The monthly 三通报: drafted by the scheduled job from the case register,
// once even when two runners race, edited and sent by the court's liaison,
// signed for by the recipients, downloaded as Word, and flagged on the 6th.
import { eq } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthlyReports, notifications } from '../../db/schema';
import { runDueJobs } from '../../jobs/scheduler';
import { auditRowsAfter, findOrgByName, lastAuditId, makeUser } from '../../test/factories';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { draftMonthlyReports } from './draft-monthly-reports';
import { MONTHLY_REPORT_JOBS } from './monthly-report-jobs';

let t: TestApp;
let coordinator: TestClient;
let liaison: TestClient;
const ids: Record<string, string> = {};

// The test clock stands at 2026-11-02 09:00 China time: the 2026-11 report is due.
async function registerCase(caseNumber: string, defendant: string, servedOn: string) {
  const response = await coordinator.post('/api/cases', {
    caseNumber,
    courtId: ids.longyouCourt,
    causeCode: 'expropriation',
    domainCode: 'housing-expropriation',
    subject: `${caseNumber}所涉房屋征收补偿决定`,
    defendants: [{ organisationId: defendant }],
    plaintiffs: [{ kind: 'person', name: '张卫东' }],
    thirdParties: [],
    service: { servedOn, manner: 'direct' },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string; version: number };
}

async function step(c: { id: string; version: number }, path: string, body: Record<string, unknown>) {
  const response = await coordinator.post(`/api/cases/${c.id}/${path}`, { ...body, version: c.version });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  c.version = response.body.version;
  return response.body;
}

const lastHearing = (detail: any) => detail.hearings.at(-1).eventId as number;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  for (const [key, name] of [
    ['longyouCourt', '龙游县人民法院'],
    ['kechengCourt', '柯城区人民法院'],
    ['cityCourt', '衢州市中级人民法院'],
    ['ziran', '柯城区自然资源和规划局'],
    ['zhujian', '柯城区住房和城乡建设局'],
    ['longyouSifa', '龙游县司法局'],
    ['kechengSifa', '柯城区司法局'],
    ['qujiangSifa', '衢江区司法局'],
    ['citySifa', '衢州市司法局'],
  ]) {
    ids[key!] = (await findOrgByName(db, name!)).id;
  }
  await makeUser(db, {
    organisationId: ids.kechengCourt!,
    roles: ['court-liaison'],
    username: 'kecheng-court',
    password: 'Kecheng-Passw0rd!',
  });
  coordinator = await t.login('kecheng-coordinator');
  liaison = await t.login('longyou-court');

  // A: held on 20 October with the head present; heard again on 10 November.
  const a = await registerCase('（2026）浙0825行初15号', ids.ziran!, '2026-10-08');
  let detail = await step(a, 'hearings', {
    scheduledAt: '2026-10-20T09:30:00+08:00',
    courtRoom: '第一法庭',
    judge: '周明',
  });
  await step(a, 'appearances', {
    hearingEventId: lastHearing(detail),
    defendantOrgId: ids.ziran,
    didHeadAppear: true,
    personName: '林国庆',
    personPost: '副局长',
    countsAsHead: true,
    didSpeak: true,
  });
  detail = await step(a, 'hearings', {
    scheduledAt: '2026-11-10T14:30:00+08:00',
    courtRoom: '第二法庭',
    isHeadRequested: true,
  });
  // B: heard on the evening of 31 October (no appearance recorded yet); lost,
  // effective 26 October.
  const b = await registerCase('（2026）浙0825行初16号', ids.zhujian!, '2026-09-01');
  await step(b, 'hearings', { scheduledAt: '2026-10-31T20:00:00+08:00' });
  await step(b, 'judgment', {
    kind: 'judgment',
    result: 'revoke',
    isLost: true,
    lossReasons: ['procedure'],
    servedOn: '2026-10-10',
    requiresPerformance: true,
  });
  await step(b, 'effective', { effectiveOn: '2026-10-26' });
  // C: a hearing 30 minutes into 1 November China time (still 31 October in
  // UTC) counts in November; a cancelled one does not count.
  const c = await registerCase('（2026）浙0825行初17号', ids.zhujian!, '2026-10-15');
  await step(c, 'hearings', { scheduledAt: '2026-11-01T00:30:00+08:00' });
  detail = await step(c, 'hearings', { scheduledAt: '2026-11-20T09:00:00+08:00' });
  await step(c, 'hearing-cancellation', { hearingEventId: lastHearing(detail), reason: '法院改期' });
  // E: effective in September: not last month's.
  const e = await registerCase('（2026）浙0825行初18号', ids.ziran!, '2026-08-20');
  await step(e, 'judgment', {
    kind: 'ruling',
    result: 'dismiss-suit',
    isLost: false,
    servedOn: '2026-09-10',
    requiresPerformance: false,
  });
  await step(e, 'effective', { effectiveOn: '2026-09-30' });
});
afterAll(async () => t?.close());

describe('drafting', () => {
  it('drafts each court once even when two runners race on one database', async () => {
    const db = t.database.db;
    const before = await lastAuditId(db);
    const now = t.clock.now();
    const [first, second] = await Promise.all([
      runDueJobs({ db, now, jobs: MONTHLY_REPORT_JOBS }),
      runDueJobs({ db, now, jobs: MONTHLY_REPORT_JOBS }),
    ]);
    expect([...first!, ...second!]).toEqual(['monthly-report.draft@2026-11']);
    // Past the job runner's claim, the (court, month) index still holds.
    expect(await draftMonthlyReports({ db, now, month: '2026-11' })).toEqual([]);
    const rows = await db.select().from(monthlyReports);
    expect(rows.map((r) => r.courtId).sort()).toEqual(
      [
        ids.longyouCourt,
        ids.kechengCourt,
        ids.cityCourt,
        (await findOrgByName(db, '衢江区人民法院')).id,
      ].sort(),
    );
    const audit = await auditRowsAfter(db, before);
    expect(audit.filter((r) => r.event === 'monthly-report.drafted')).toHaveLength(4);
    const notices = await db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'monthly-report.drafted'));
    expect(notices.map((n) => n.organisationId).sort()).toEqual(rows.map((r) => r.courtId).sort());
  });

  it('draws this month’s hearings, last month’s appearances and effective judgments', async () => {
    const list = await liaison.get('/api/monthly-reports?month=2026-11');
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    const summary = list.body.items[0];
    expect(summary).toMatchObject({
      court: { name: '龙游县人民法院' },
      month: '2026-11',
      status: 'draft',
      isOverdue: false,
      dueOn: '2026-11-05',
      counts: { hearings: 2, appearances: 2, headAppeared: 1, judgments: 1, lost: 1 },
      abilities: { read: true, edit: true, send: true, markRead: false },
    });
    expect(summary.recipients.map((r: any) => [r.organisation.name, r.role])).toEqual([
      ['龙游县司法局', 'main'],
      ['柯城区司法局', 'copy'],
      ['衢江区司法局', 'copy'],
    ]);
    const report = (await liaison.get(`/api/monthly-reports/${summary.id}`)).body;
    ids.report = report.id;
    expect(report.content.hearings.map((h: any) => [h.caseNumber, h.scheduledAt, h.courtRoom])).toEqual([
      ['（2026）浙0825行初17号', '2026-10-31T16:30:00.000Z', null],
      ['（2026）浙0825行初15号', '2026-11-10T06:30:00.000Z', '第二法庭'],
    ]);
    expect(report.content.hearings[1]).toMatchObject({
      cause: '行政征收/征用',
      defendants: ['柯城区自然资源和规划局'],
      isHeadRequested: true,
    });
    expect(report.content.appearances).toEqual([
      {
        caseId: expect.any(String),
        caseNumber: '（2026）浙0825行初15号',
        hearingAt: '2026-10-20T01:30:00.000Z',
        defendant: '柯城区自然资源和规划局',
        isRecorded: true,
        didHeadAppear: true,
        personName: '林国庆',
        personPost: '副局长',
        countsAsHead: true,
        didSpeak: true,
      },
      {
        caseId: expect.any(String),
        caseNumber: '（2026）浙0825行初16号',
        hearingAt: '2026-10-31T12:00:00.000Z',
        defendant: '柯城区住房和城乡建设局',
        isRecorded: false,
        didHeadAppear: null,
        personName: null,
        personPost: null,
        countsAsHead: null,
        didSpeak: null,
      },
    ]);
    expect(report.content.judgments).toEqual([
      {
        caseId: expect.any(String),
        caseNumber: '（2026）浙0825行初16号',
        defendants: ['柯城区住房和城乡建设局'],
        kind: '判决',
        result: '撤销/部分撤销',
        isLost: true,
        effectiveOn: '2026-10-26',
      },
    ]);
    expect(report.narrative).toBe(
      '2026年11月，龙游县人民法院排定开庭的行政案件2件。2026年10月开庭的行政案件涉及被诉行政机关2家次，' +
        '其中负责人出庭1家次，出庭率50%（1家次尚未记录出庭情况）。2026年10月生效裁判1件，其中行政机关败诉1件。',
    );
    // Another court's report holds none of 龙游's cases, and goes to its own office.
    const city = await t.login('city-coordinator');
    const cityCourt = (await city.get(`/api/monthly-reports?month=2026-11&courtId=${ids.cityCourt}`)).body;
    expect(cityCourt.items[0].recipients.map((r: any) => r.organisation.name)).toEqual(['衢州市司法局']);
  });
});

describe('review, send and read', () => {
  it('shows recipients that a draft exists, not its content', async () => {
    const seen = await coordinator.get(`/api/monthly-reports/${ids.report}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ status: 'draft', content: null, narrative: null, counts: null });
    expect(seen.body.abilities).toEqual({ read: false, edit: false, send: false, markRead: false });
    const docx = await coordinator.get(`/api/monthly-reports/${ids.report}/docx`);
    expect(docx.status).toBe(403);
    const stranger = await t.login('kecheng-court', 'Kecheng-Passw0rd!');
    expect((await stranger.get(`/api/monthly-reports/${ids.report}`)).status).toBe(404);
    expect(
      (await stranger.get('/api/monthly-reports?month=2026-11')).body.items.map((i: any) => i.court.name),
    ).toEqual(['柯城区人民法院']);
  });

  it('lets the liaison edit the narrative and refresh the data, then send it read-only', async () => {
    const db = t.database.db;
    let report = (await liaison.get(`/api/monthly-reports/${ids.report}`)).body;
    const stale = await liaison.put(`/api/monthly-reports/${ids.report}/narrative`, {
      narrative: '过期的版本',
      version: report.version + 1,
    });
    expect(stale.status).toBe(409);
    const byCoordinator = await coordinator.put(`/api/monthly-reports/${ids.report}/narrative`, {
      narrative: '司法局不能改',
      version: report.version,
    });
    expect(byCoordinator.status).toBe(403);
    const before = await lastAuditId(db);
    const edited = await liaison.put(`/api/monthly-reports/${ids.report}/narrative`, {
      narrative: '本月排庭2件。\n上月负责人出庭率50%，请督促柯城区住房和城乡建设局报送出庭情况。',
      version: report.version,
    });
    expect(edited.status).toBe(200);
    report = edited.body;

    // A hearing scheduled after the draft: a refresh picks it up.
    const c = (await coordinator.get('/api/cases?q=行初17号')).body.items[0];
    const scheduled = await coordinator.post(`/api/cases/${c.id}/hearings`, {
      scheduledAt: '2026-11-25T09:00:00+08:00',
      courtRoom: '第三法庭',
      version: c.version,
    });
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(200);
    const refreshed = await liaison.post(`/api/monthly-reports/${ids.report}/refresh`, {
      version: report.version,
    });
    expect(refreshed.status, JSON.stringify(refreshed.body)).toBe(200);
    expect(refreshed.body.content.hearings.map((h: any) => h.courtRoom)).toEqual([
      null,
      '第二法庭',
      '第三法庭',
    ]);
    expect(refreshed.body.counts.hearings).toBe(3);
    expect(refreshed.body.narrative).toContain('请督促柯城区住房和城乡建设局报送出庭情况');

    const sent = await liaison.post(`/api/monthly-reports/${ids.report}/send`, {
      version: refreshed.body.version,
    });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'sent', sentByName: '徐丽君', abilities: { edit: false } });
    const again = await liaison.post(`/api/monthly-reports/${ids.report}/send`, {
      version: sent.body.version,
    });
    expect(again.status).toBe(409);
    const edit = await liaison.put(`/api/monthly-reports/${ids.report}/narrative`, {
      narrative: '报送后修改',
      version: sent.body.version,
    });
    expect(edit.status).toBe(409);
    expect(edit.body.error.message).toBe('三通报已报送，不能再修改');

    const audit = await auditRowsAfter(db, before);
    expect(audit.filter((r) => r.event.startsWith('monthly-report')).map((r) => r.event)).toEqual([
      'monthly-report.narrative.updated',
      'monthly-report.refreshed',
      'monthly-report.sent',
    ]);
    const received = await db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'monthly-report.received'));
    expect(received.map((n) => n.organisationId).sort()).toEqual(
      [ids.longyouSifa, ids.kechengSifa, ids.qujiangSifa].sort(),
    );
    expect(received[0]!.link).toBe(`/monthly-reports/${ids.report}`);
  });

  it('records the first reading of each recipient office, and no one else’s', async () => {
    const db = t.database.db;
    const before = await lastAuditId(db);
    const opened = await coordinator.get(`/api/monthly-reports/${ids.report}`);
    expect(opened.body.abilities).toMatchObject({ read: true, markRead: true });
    expect(opened.body.content.judgments).toHaveLength(1);
    const read = await coordinator.post(`/api/monthly-reports/${ids.report}/read`);
    expect(read.status).toBe(200);
    const kecheng = read.body.recipients.find((r: any) => r.organisation.name === '柯城区司法局');
    expect(kecheng).toMatchObject({ readByName: '王慧敏', readAt: t.clock.now().toISOString() });
    expect(read.body.recipients.filter((r: any) => r.readAt !== null)).toHaveLength(1);
    expect(read.body.abilities.markRead).toBe(false);
    t.clock.advanceMinutes(5);
    await coordinator.post(`/api/monthly-reports/${ids.report}/read`);
    expect((await auditRowsAfter(db, before)).map((r) => r.event)).toEqual(['monthly-report.read']);
    // 衢州市司法局 sees the report of its region, but signs for no one.
    const city = await t.login('city-coordinator');
    expect((await city.get(`/api/monthly-reports/${ids.report}`)).status).toBe(200);
    expect((await city.post(`/api/monthly-reports/${ids.report}/read`)).status).toBe(403);
  });

  it('downloads as Word with the tables under Chinese headers', async () => {
    const response = await coordinator.get(`/api/monthly-reports/${ids.report}/docx`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml');
    expect(decodeURIComponent(String(response.headers['content-disposition']))).toContain(
      '龙游县人民法院2026年11月三通报.docx',
    );
    const raw = await t.app.inject({
      method: 'GET',
      url: `/api/monthly-reports/${ids.report}/docx`,
      headers: { cookie: coordinator.cookie! },
    });
    const zip = await JSZip.loadAsync(raw.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '');
    for (const expected of [
      '龙游县人民法院2026年11月行政诉讼“三通报”',
      '龙游县司法局：',
      '一、2026年11月排庭情况',
      '开庭时间',
      '（2026）浙0825行初17号',
      '2026-11-10 14:30',
      '第三法庭',
      '二、2026年10月行政机关负责人出庭应诉情况',
      '林国庆',
      '副局长',
      '三、2026年10月生效裁判情况',
      '撤销/部分撤销',
      '2026-10-26',
      '请督促柯城区住房和城乡建设局报送出庭情况',
      '抄送：柯城区司法局、衢江区司法局。',
      '2026年11月2日',
    ]) {
      expect(text, expected).toContain(expected);
    }
    expect(text).not.toContain('（2026）浙0825行初18号');
  });
});

describe('overdue on the 6th', () => {
  it('flags unsent reports to both sides from the 6th, once', async () => {
    const db = t.database.db;
    t.clock.set(new Date('2026-11-05T15:59:00Z')); // 5 November 23:59 China time
    const city = await t.login('city-coordinator');
    expect(await runDueJobs({ db, now: t.clock.now(), jobs: MONTHLY_REPORT_JOBS })).toEqual([]);
    expect((await city.get('/api/monthly-reports?month=2026-11&status=overdue')).body.total).toBe(0);

    t.clock.set(new Date('2026-11-05T16:00:00Z')); // 6 November 00:00 China time
    expect(await runDueJobs({ db, now: t.clock.now(), jobs: MONTHLY_REPORT_JOBS })).toEqual([
      'monthly-report.overdue@2026-11',
    ]);
    const overdue = (await city.get('/api/monthly-reports?month=2026-11&status=overdue')).body;
    expect(overdue.items.map((i: any) => [i.court.name, i.isOverdue])).toEqual([
      ['衢州市中级人民法院', true],
      ['柯城区人民法院', true],
      ['衢江区人民法院', true],
    ]);
    const all = (await city.get('/api/monthly-reports?month=2026-11')).body;
    expect(all.items.find((i: any) => i.court.name === '龙游县人民法院')).toMatchObject({
      status: 'sent',
      isOverdue: false,
    });
    const notices = await db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'monthly-report.overdue'));
    const qujiangCourt = (await findOrgByName(db, '衢江区人民法院')).id;
    expect(notices.map((n) => n.organisationId).sort()).toEqual(
      [ids.cityCourt, ids.citySifa, ids.kechengCourt, ids.kechengSifa, qujiangCourt, ids.qujiangSifa].sort(),
    );
    expect(notices.find((n) => n.organisationId === ids.kechengSifa)!.title).toBe(
      '柯城区人民法院2026年11月三通报逾期未报送',
    );
    // The court sees the flag on its own list too.
    const kechengCourt = await t.login('kecheng-court', 'Kecheng-Passw0rd!');
    expect((await kechengCourt.get('/api/monthly-reports')).body.items[0]).toMatchObject({
      status: 'draft',
      isOverdue: true,
    });
    expect(await runDueJobs({ db, now: t.clock.now(), jobs: MONTHLY_REPORT_JOBS })).toEqual([]);
  });
});
