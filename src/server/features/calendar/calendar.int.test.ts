import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsAfter, lastAuditId } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';
import { loadCalendar } from './load-calendar';

// The test clock stands at 2026-11-02: the list runs 2015…2027, and 2027 has no notice yet.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const db = () => t.database.db;
const NOTICE_2027 = '国务院办公厅关于2027年部分节假日安排的通知（测试）';
const off = (date: string, name: string) => ({ date, name, isOffDay: true });
const worked = (date: string, name: string) => ({ date, name, isOffDay: false });
// 2027-02-06 is a Saturday, 2027-02-12 a Friday, 2027-02-14 a Sunday worked instead.
const DAYS_2027 = [
  off('2027-01-01', '元旦'),
  ...['06', '07', '08', '09', '10', '11', '12'].map((d) => off(`2027-02-${d}`, '春节')),
  worked('2027-02-14', '春节'),
];

describe('holiday years', () => {
  it('lists every year from 2015 to next year with its source, to every signed-in user', async () => {
    const auditor = await t.login('auditor');
    const list = await auditor.get('/api/calendar/years');
    expect(list.status).toBe(200);
    expect(list.body.items.map((y: { year: number }) => y.year)).toEqual(
      Array.from({ length: 13 }, (_, i) => 2015 + i),
    );
    expect(list.body.items.at(-2)).toMatchObject({
      year: 2026,
      source: 'shipped',
      notice: null,
      papers: ['https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm'],
      dayCount: 39,
      version: 0,
    });
    expect(list.body.items.at(-1)).toMatchObject({ year: 2027, source: 'missing', dayCount: 0, version: 0 });
    expect(list.body.abilities).toEqual({ manage: false });
    const admin = await t.login('sysadmin');
    expect((await admin.get('/api/calendar/years')).body.abilities).toEqual({ manage: true });

    const year2026 = await auditor.get('/api/calendar/years/2026');
    expect(year2026.body.days).toHaveLength(39);
    expect(year2026.body.days[0]).toEqual({
      date: '2026-01-01',
      name: '元旦',
      isOffDay: true,
      weekday: '周四',
    });
    expect(year2026.body.hasShipped).toBe(true);
    const year2027 = await auditor.get('/api/calendar/years/2027');
    expect(year2027.body).toMatchObject({ source: 'missing', days: [], hasShipped: false });
    const badYear = await auditor.get('/api/calendar/years/abc');
    expect(badYear.status).toBe(400);
    expect(badYear.body.error.details[0]).toEqual({ field: 'year', message: '年份应为4位数字' });
  });

  it('refuses bad days, naming the row, and anyone without calendar.manage', async () => {
    const admin = await t.login('sysadmin');
    const save = (body: Record<string, unknown>) =>
      admin.put('/api/calendar/years/2027', { days: DAYS_2027, notice: NOTICE_2027, version: 0, ...body });
    const before = await lastAuditId(db());

    const noNotice = await save({ notice: '' });
    expect(noNotice.status).toBe(400);
    expect(noNotice.body.error.details[0]).toEqual({
      field: 'notice',
      message: '请填写所依据的国务院办公厅通知，如“国办发明电〔2026〕7号”',
    });
    const weekdayWorked = await save({ days: [...DAYS_2027, worked('2027-02-15', '春节')] });
    expect(weekdayWorked.status).toBe(400);
    expect(weekdayWorked.body.error.details).toEqual([
      {
        field: 'days.9.isOffDay',
        message: '第10行：2027-02-15是周一，本来就是工作日；“调休上班”只能设在周六或周日',
      },
    ]);
    const twice = await save({ days: [...DAYS_2027, off('2027-01-01', '元旦'), off('2027-02-30', '春节')] });
    expect(twice.status).toBe(400);
    expect(twice.body.error.message).toBe(
      '第10行：日期 2027-01-01 与第1行重复，每天只能有一条安排（共2处问题）',
    );
    expect(twice.body.error.details[1]).toEqual({
      field: 'days.10.date',
      message: '第11行：日期“2027-02-30”无效，应为 YYYY-MM-DD 格式的真实日期',
    });
    const otherYear = await save({ days: [off('2026-10-01', '国庆节')] });
    expect(otherYear.status).toBe(400);
    expect(otherYear.body.error.details[0].message).toContain('不在2027年内');
    const noName = await save({ days: [off('2027-01-01', '')] });
    expect(noName.status).toBe(400);
    expect(noName.body.error.details[0]).toEqual({
      field: 'days.0.name',
      message: '请填写节日名称，如“春节”',
    });
    const tooFar = await admin.put('/api/calendar/years/2028', {
      days: DAYS_2027,
      notice: NOTICE_2027,
      version: 0,
    });
    expect(tooFar.status).toBe(400);
    expect(tooFar.body.error.details[0]).toEqual({
      field: 'year',
      message: '2028年的节假日安排尚未发布：最多可以录入2027年',
    });
    expect(await auditRowsAfter(db(), before)).toHaveLength(0);

    const clerk = await t.login('kecheng-clerk');
    const refused = await clerk.put('/api/calendar/years/2027', {
      days: DAYS_2027,
      notice: NOTICE_2027,
      version: 0,
    });
    expect(refused.status).toBe(403);
  });

  it('adds the 2027 year: the deadline moves off 春节, the warning goes, the save is audited', async () => {
    const clerk = await t.login('kecheng-clerk');
    // 15 days from 2027-01-24: Monday 2027-02-08, an ordinary day while 2027 is unknown.
    const url = '/api/calendar/deadline?ruleId=litigation.defence&trigger=2027-01-24';
    const unknown = await clerk.get(url);
    expect(unknown.status).toBe(200);
    expect(unknown.body).toMatchObject({
      ruleId: 'litigation.defence',
      ruleName: '答辩和举证期限',
      due: '2027-02-08',
    });
    expect(unknown.body.warnings).toEqual(['2027年的节假日安排尚未公布，已按普通周末计算，请在公布后核对']);

    const admin = await t.login('sysadmin');
    const before = await lastAuditId(db());
    const saved = await admin.put('/api/calendar/years/2027', {
      // Unsorted on purpose: stored by date.
      days: [...DAYS_2027].reverse(),
      papers: ['https://www.gov.cn/zhengce/test-2027.htm'],
      notice: NOTICE_2027,
      version: 0,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      year: 2027,
      source: 'corrected',
      notice: NOTICE_2027,
      dayCount: 9,
      version: 1,
      updatedBy: '周立新',
    });
    expect(saved.body.days.map((d: { date: string }) => d.date)[0]).toBe('2027-01-01');

    const known = await clerk.get(url);
    expect(known.body.due).toBe('2027-02-14');
    expect(known.body.warnings).toEqual([]);
    expect(known.body.explanation).toContain('调休上班日（春节）');

    const rows = await auditRowsAfter(db(), before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      event: 'calendar.year.saved',
      targetType: 'holiday-year',
      targetId: '2027',
      targetLabel: '2027年节假日安排',
      before: { source: '未收录', notice: null, offDays: 0, makeUpWorkdays: 0 },
    });
    expect(rows[0]!.after).toMatchObject({
      source: '管理员修订',
      notice: NOTICE_2027,
      offDays: 8,
      makeUpWorkdays: 1,
      removed: [],
    });
    expect((rows[0]!.after as { added: string[] }).added).toContain('2027-02-14 春节调休上班');

    // A second save over the version read before the first: refused.
    const stale = await admin.put('/api/calendar/years/2027', {
      days: DAYS_2027,
      notice: NOTICE_2027,
      version: 0,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'CONFLICT',
      message: '2027年的节假日安排已被他人修改，请刷新后重试',
    });
    const again = await admin.put('/api/calendar/years/2027', {
      days: DAYS_2027.filter((d) => d.date !== '2027-02-14'),
      notice: NOTICE_2027,
      version: 1,
    });
    expect(again.status).toBe(200);
    expect(again.body.version).toBe(2);
    // Without the make-up Sunday the deadline moves on to Monday 2027-02-15.
    expect((await clerk.get(url)).body.due).toBe('2027-02-15');
  });

  it('lets a correction of a shipped year win over the shipped data', async () => {
    const admin = await t.login('sysadmin');
    const shipped = (await admin.get('/api/calendar/years/2026')).body;
    // An extra day off on Monday 2026-11-02 (a test correction).
    const days = [
      ...shipped.days.map(({ date, name, isOffDay }: Record<string, unknown>) => ({ date, name, isOffDay })),
      off('2026-11-02', '测试假日'),
    ];
    expect((await loadCalendar(db())).isWorkingDay('2026-11-02')).toBe(true);
    const saved = await admin.put('/api/calendar/years/2026', {
      days,
      notice: '国办发明电〔2025〕7号（测试修订）',
      version: 0,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ source: 'corrected', hasShipped: true, dayCount: 40 });
    expect((await loadCalendar(db())).dayInfo('2026-11-02')).toMatchObject({
      kind: 'holiday',
      holidayName: '测试假日',
    });
    const list = (await admin.get('/api/calendar/years')).body.items;
    expect(list.find((y: { year: number }) => y.year === 2026)).toMatchObject({
      source: 'corrected',
      notice: '国办发明电〔2025〕7号（测试修订）',
      updatedBy: '周立新',
      version: 1,
    });
  });
});

describe('deadlines and rules', () => {
  it('shows the rule table with every version', async () => {
    const head = await t.login('kecheng-head');
    const rules = await head.get('/api/calendar/rules');
    expect(rules.status).toBe(200);
    const acceptance = rules.body.items.filter((r: { id: string }) => r.id === 'reconsideration.acceptance');
    expect(acceptance.map((r: { version: number }) => r.version)).toEqual([1, 2]);
    expect(rules.body.items.find((r: { id: string }) => r.id === 'litigation.defence')).toMatchObject({
      name: '答辩和举证期限',
      length: 15,
      unit: 'calendar-days',
      basis: { law: '中华人民共和国行政诉讼法' },
      effectiveFrom: '2015-05-01',
      localOverridable: false,
    });
  });

  it('names the bad field in Chinese', async () => {
    const head = await t.login('kecheng-head');
    const unknownRule = await head.get('/api/calendar/deadline?ruleId=litigation.nothing&trigger=2026-03-05');
    expect(unknownRule.status).toBe(400);
    expect(unknownRule.body.error.details[0]).toEqual({
      field: 'ruleId',
      message: '没有编号为“litigation.nothing”的期间规则，请从规则表中选择',
    });
    const badDate = await head.get('/api/calendar/deadline?ruleId=litigation.defence&trigger=2026-13-01');
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.details[0]).toEqual({
      field: 'trigger',
      message: '起算事件日期应为 YYYY-MM-DD 格式的真实日期，如 2026-03-05',
    });
    const beforeLaw = await head.get('/api/calendar/deadline?ruleId=litigation.defence&trigger=2010-01-01');
    expect(beforeLaw.status).toBe(400);
    expect(beforeLaw.body.error.details[0].field).toBe('trigger');
    expect(beforeLaw.body.error.message).toContain('没有有效的“答辩和举证期限”规则');
    expect((await t.anonymous().get('/api/calendar/rules')).status).toBe(401);
  });
});
