import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, rowsOf } from '../../db/client';
import { notifications } from '../../db/schema';
import { auditRowsAfter, findOrgByName, lastAuditId } from '../../test/factories';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { testDatabaseMode } from '../../test/test-database';
import { lockCasesRelyingOn } from '../cases/cases.queries';
import { lockRuleDueSuggestionsRelyingOn } from '../suggestions/suggestions.queries';
import { issue, judicialTo } from '../suggestions/suggestions.test-helpers';
import { updateHolidayYear } from './calendar.queries';
import { calendarForWrite, lockCalendarForSave } from './load-calendar';

// The clock stands at Friday 2026-12-18, 09:00 China time: deadlines now run into 2027,
// whose holiday notice is not in the shipped data yet.
let t: TestApp;
let admin: TestClient;
let clerk: TestClient;
let court: TestClient;
let ziran: string;

const NOTICE_2027 = '国务院办公厅关于2027年部分节假日安排的通知（测试）';
const off = (date: string, name: string) => ({ date, name, isOffDay: true });
// Test days: Monday 2027-01-04 off after 元旦; 春节 Saturday 02-06 to Friday 02-12, Sunday 02-14 worked.
const DAYS_2027 = [
  off('2027-01-01', '元旦'),
  off('2027-01-04', '元旦'),
  ...['06', '07', '08', '09', '10', '11', '12'].map((d) => off(`2027-02-${d}`, '春节')),
  { date: '2027-02-14', name: '春节', isOffDay: false },
];

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-18T01:00:00Z') });
  ziran = (await findOrgByName(t.database.db, '柯城区自然资源和规划局')).id;
  admin = await t.login('sysadmin');
  clerk = await t.login('kecheng-clerk');
  court = await t.login('longyou-court');
});
afterAll(async () => t?.close());

async function deadlinesOf(caseId: string) {
  return rowsOf<{ title: string; due: string; warnings: string[]; status: string }>(
    await t.database.db.execute(sql`select title, due::text as due, warnings, status
      from case_deadlines where case_id = ${caseId} order by due`),
  );
}

async function nextOpenDueOf(caseId: string) {
  const [row] = rowsOf<{ next_open_due: string | null }>(
    await t.database.db.execute(
      sql`select next_open_due::text as next_open_due from litigation_cases where id = ${caseId}`,
    ),
  );
  return row!.next_open_due;
}

/** Registers a case of 柯城区自然资源和规划局 served today (2026-12-18). */
async function registerServedToday(caseNumber: string) {
  return clerk.post('/api/cases', {
    caseNumber,
    courtId: (await findOrgByName(t.database.db, '龙游县人民法院')).id,
    causeCode: 'expropriation',
    domainCode: 'housing-expropriation',
    subject: '柯城区自然资源和规划局作出的房屋征收补偿决定',
    claims: '撤销征收补偿决定',
    defendants: [{ organisationId: ziran }],
    plaintiffs: [{ kind: 'person', name: '张卫东', idNumber: '11010519491231002X' }],
    thirdParties: [],
    isMass: false,
    service: { servedOn: '2026-12-18', manner: 'direct', signedBy: '李志强' },
  });
}

describe('saving a holiday year recomputes the deadlines already registered', () => {
  it('moves the case deadline and the reply due that relied on 2027, audits, notifies and reports them', async () => {
    // Served today: 15 days end on Saturday 2027-01-02, so Monday 01-04 while 2027 is unknown.
    const intake = await registerServedToday('(2026)浙0825行初15号');
    expect(intake.status, JSON.stringify(intake.body)).toBe(201);
    const caseId: string = intake.body.id;
    const caseVersion: number = intake.body.version;
    const defenceBefore = (await deadlinesOf(caseId)).find((d) => d.title === '答辩和举证期限')!;
    expect(defenceBefore).toMatchObject({ due: '2027-01-04', status: 'open' });
    expect(defenceBefore.warnings).toEqual(['2027年的节假日安排尚未公布，已按普通周末计算，请在公布后核对']);
    // The report to the office runs 5 days from the defence period's end: Saturday 01-09, so 01-11.
    const reportBefore = (await deadlinesOf(caseId)).find((d) => d.title !== '答辩和举证期限')!;
    expect(reportBefore).toMatchObject({ due: '2027-01-11', status: 'open' });

    // Two months from 2026-12-11 end on Thursday 2027-02-11.
    const suggestion = await issue(
      court,
      judicialTo(ziran, { issuedOn: '2026-12-10', servedOn: '2026-12-11' }),
    );
    expect(suggestion.dueOn).toBe('2027-02-11');

    const before = await lastAuditId(t.database.db);
    const saved = await admin.put('/api/calendar/years/2027', {
      days: DAYS_2027,
      notice: NOTICE_2027,
      version: 0,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.movedDeadlines).toEqual([
      {
        kind: 'case',
        label: '（2026）浙0825行初15号',
        title: '答辩和举证期限',
        from: '2027-01-04',
        to: '2027-01-05',
        isOpen: true,
        link: `/cases/${caseId}`,
      },
      {
        kind: 'suggestion',
        label: `司法建议${suggestion.documentNumber}`,
        title: '答复期限',
        from: '2027-02-11',
        to: '2027-02-14',
        isOpen: true,
        link: `/suggestions/${suggestion.id}`,
      },
    ]);

    // The case: the defence deadline moved and lost its warning.
    const after = await deadlinesOf(caseId);
    expect(after.find((d) => d.title === '答辩和举证期限')).toMatchObject({
      due: '2027-01-05',
      warnings: [],
    });
    // The report's period now starts a day later and ends on Sunday 01-10, so its due date
    // stays Monday 01-11 and it is not listed as moved.
    expect(after.find((d) => d.title === reportBefore.title)).toMatchObject({
      due: '2027-01-11',
      warnings: [],
    });
    expect(await nextOpenDueOf(caseId)).toBe(after.filter((d) => d.status === 'open')[0]!.due);
    const page = await clerk.get(`/api/cases/${caseId}`);
    expect(page.body.version).toBe(caseVersion);

    // The suggestion: the due date moved, and its timeline says why.
    const detail = await court.get(`/api/suggestions/${suggestion.id}`);
    expect(detail.body).toMatchObject({ dueOn: '2027-02-14', version: suggestion.version + 1 });
    expect(detail.body.due.warnings).toEqual([]);
    expect(detail.body.timeline.at(-1)).toMatchObject({
      type: 'due-moved',
      label: '期限调整',
      description: '因2027年节假日安排修订，答复期限由2027-02-11调整为2027-02-14',
    });

    // Both belong to 柯城区自然资源和规划局: one notice lists them.
    const notices = await t.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.kind, 'deadline.moved'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      organisationId: ziran,
      title: '2027年节假日安排已修订，本单位2个期限的届满日随之调整',
      link: null,
    });
    expect(notices[0]!.body).toBe(
      `（2026）浙0825行初15号 答辩和举证期限：2027-01-04 → 2027-01-05\n` +
        `司法建议${suggestion.documentNumber} 答复期限：2027-02-11 → 2027-02-14\n请按调整后的届满日办理。`,
    );

    const audit = await auditRowsAfter(t.database.db, before);
    expect(audit.map((r) => r.event)).toEqual(['calendar.year.saved', 'notification.sent']);
    expect((audit[0]!.after as { movedDeadlines: string[] }).movedDeadlines).toEqual([
      '（2026）浙0825行初15号 答辩和举证期限：2027-01-04 → 2027-01-05',
      `司法建议${suggestion.documentNumber} 答复期限：2027-02-11 → 2027-02-14`,
    ]);

    // Saving the same days again moves nothing and tells nobody.
    const again = await admin.put('/api/calendar/years/2027', {
      days: DAYS_2027,
      notice: NOTICE_2027,
      version: 1,
    });
    expect(again.status).toBe(200);
    expect(again.body.movedDeadlines).toEqual([]);
    expect(
      await t.database.db.select().from(notifications).where(eq(notifications.kind, 'deadline.moved')),
    ).toHaveLength(1);
    expect((await court.get(`/api/suggestions/${suggestion.id}`)).body.version).toBe(suggestion.version + 1);
  });

  it('leaves everything as it was when the save is refused', async () => {
    const before = await lastAuditId(t.database.db);
    const stale = await admin.put('/api/calendar/years/2027', {
      days: DAYS_2027.filter((d) => d.date !== '2027-01-04'),
      notice: NOTICE_2027,
      version: 0,
    });
    expect(stale.status).toBe(409);
    expect(await auditRowsAfter(t.database.db, before)).toEqual([]);
    const [row] = rowsOf<{ due: string }>(
      await t.database.db.execute(
        sql`select due::text as due from case_deadlines where title = '答辩和举证期限' and status = 'open'`,
      ),
    );
    expect(row!.due).toBe('2027-01-05');
  });

  it('re-derives only the periods that relied on a changed day', async () => {
    const db = t.database.db;
    const change = (dates: string[]) => ({ year: 2027, wasMissing: false, dates });
    // The defence period runs 2026-12-19 … 2027-01-05; the reply period 2026-12-12 … 2027-02-14.
    const casesFor = async (dates: string[]) =>
      (await db.transaction((tx) => lockCasesRelyingOn(tx, change(dates)))).map((c) => c.caseNumber);
    const repliesFor = async (dates: string[]) =>
      (await db.transaction((tx) => lockRuleDueSuggestionsRelyingOn(tx, change(dates)))).length;
    expect(await casesFor(['2027-01-05'])).toEqual(['（2026）浙0825行初15号']);
    expect(await casesFor(['2027-03-01'])).toEqual([]);
    expect(await casesFor(['2026-12-18'])).toEqual([]); // the trigger day itself is not counted
    expect(await repliesFor(['2027-02-14'])).toBe(1);
    expect(await repliesFor(['2027-02-15'])).toBe(0);
    expect(await repliesFor([])).toBe(0);

    // Taking 01-04 off the list moves the defence deadline back; the reply due stays.
    const saved = await admin.put('/api/calendar/years/2027', {
      days: DAYS_2027.filter((d) => d.date !== '2027-01-04'),
      notice: NOTICE_2027,
      version: 2,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(
      saved.body.movedDeadlines.map((d: { title: string; from: string; to: string }) => [
        d.title,
        d.from,
        d.to,
      ]),
    ).toEqual([['答辩和举证期限', '2027-01-05', '2027-01-04']]);
  });
});

// PostgreSQL only: PGlite has one connection, so its transactions cannot overlap at all.
describe.skipIf(testDatabaseMode() !== 'postgres')(
  'a calendar save and a write of deadlines never interleave',
  () => {
    /** How many sessions hold (granted) or wait for the calendar's advisory lock in a mode. */
    async function calendarLocks(granted: boolean, mode: 'ShareLock' | 'ExclusiveLock') {
      const [row] = rowsOf<{ n: number }>(
        await t.database.db.execute(sql`select count(*)::int as n from pg_locks
        where locktype = 'advisory' and objid = 7200201 and granted = ${granted} and mode = ${mode}`),
      );
      return row!.n;
    }
    async function eventually(check: () => Promise<boolean>) {
      for (let i = 0; i < 400; i++) {
        if (await check()) return true;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return false;
    }
    /** A transaction that runs `start`, then holds its locks until released. */
    function holdingTransaction(start: (tx: Db) => Promise<void>) {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      const done = t.database.db.transaction(async (tx) => {
        await start(tx);
        await gate;
      });
      return { release, done };
    }

    it('a save waits for a transaction computing with the calendar it replaces', async () => {
      const step = holdingTransaction(async (tx) => {
        await calendarForWrite(tx);
      });
      expect(await eventually(async () => (await calendarLocks(true, 'ShareLock')) === 1)).toBe(true);
      let saveFinished = false;
      const save = admin
        .put('/api/calendar/years/2027', { days: DAYS_2027, notice: NOTICE_2027, version: 3 })
        .finally(() => {
          saveFinished = true;
        });
      expect(await eventually(async () => (await calendarLocks(false, 'ExclusiveLock')) === 1)).toBe(true);
      expect(saveFinished).toBe(false);
      step.release();
      await step.done;
      const saved = await save;
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    });

    it('a case registered while a save is under way computes with the saved calendar', async () => {
      // 2027 now has 01-04 off: served today, the defence period would end on Tuesday 01-05.
      // The save below takes 01-04 off the list again while the registration waits for it.
      const save = holdingTransaction(async (tx) => {
        await lockCalendarForSave(tx);
        const saved = await updateHolidayYear(tx, 2027, 4, {
          days: DAYS_2027.filter((d) => d.date !== '2027-01-04'),
          papers: [],
          notice: NOTICE_2027,
          updatedBy: null,
          updatedAt: t.clock.now(),
        });
        expect(saved).toBe(true);
      });
      expect(await eventually(async () => (await calendarLocks(true, 'ExclusiveLock')) === 1)).toBe(true);
      const registration = registerServedToday('(2026)浙0825行初16号');
      expect(await eventually(async () => (await calendarLocks(false, 'ShareLock')) === 1)).toBe(true);
      save.release();
      await save.done;
      const intake = await registration;
      expect(intake.status, JSON.stringify(intake.body)).toBe(201);
      const defence = (await deadlinesOf(intake.body.id)).find((d) => d.title === '答辩和举证期限')!;
      expect(defence.due).toBe('2027-01-04');
    });
  },
);
