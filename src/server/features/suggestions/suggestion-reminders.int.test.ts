import { asc, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications } from '../../db/schema';
import { runDueJobs } from '../../jobs/scheduler';
import { auditRowsAfter, findOrgByName, lastAuditId } from '../../test/factories';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { suggestionRemindersJob } from './send-suggestion-reminders';

// The clock starts at 2026-11-02 09:00 China time; the suggestion is due 2026-11-10.
let t: TestApp;
let court: TestClient;
let clerk: TestClient;
const ids: Record<string, string> = {};

const REMINDER_KINDS = ['suggestion.due-soon', 'suggestion.overdue', 'suggestion.escalated'];

/** The reminders and escalations of one record (not the notices of its issue and reply). */
async function noticesOf(suggestionId: string) {
  const rows = await t.database.db
    .select()
    .from(notifications)
    .where(like(notifications.dedupeKey, `suggestion:${suggestionId}:%`))
    .orderBy(asc(notifications.createdAt), asc(notifications.dedupeKey));
  return rows
    .filter((r) => REMINDER_KINDS.includes(r.kind))
    .map((r) => ({ organisationId: r.organisationId, kind: r.kind, title: r.title, dedupeKey: r.dedupeKey }));
}

/** Moves the clock to 09:00 China time of a day and runs the due jobs. */
async function runOn(day: string) {
  t.clock.set(new Date(`${day}T01:00:00Z`));
  return runDueJobs({ db: t.database.db, now: t.clock.now(), jobs: [suggestionRemindersJob] });
}

async function issueDueOn10November(addressee: string, title: string) {
  const response = await court.post('/api/suggestions', {
    kind: 'judicial',
    addresseeOrgId: addressee,
    title,
    content: '建议加强执法监督。',
    issuedOn: '2026-09-10',
    servedOn: '2026-09-10',
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  expect(response.body.dueOn).toBe('2026-11-10');
  return response.body;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  for (const [key, name] of Object.entries({
    shengtai: '柯城区生态环境局',
    ziran: '柯城区自然资源和规划局',
    kechengGov: '柯城区人民政府',
    kechengSifa: '柯城区司法局',
  })) {
    ids[key] = (await findOrgByName(db, name)).id;
  }
  court = await t.login('longyou-court');
  clerk = await t.login('kecheng-clerk');
});
afterAll(async () => t?.close());

describe('reminders and escalation', () => {
  it('reminds 7 and 1 days before, escalates the day after, and never sends twice', async () => {
    const open = await issueDueOn10November(ids.shengtai!, '关于加强生态环境执法的司法建议');
    const answered = await issueDueOn10November(ids.ziran!, '关于规范征收程序的司法建议');
    const id = open.id;
    const label = '司法建议浙0825法建〔2026〕1号';

    expect(await runOn('2026-11-02')).toEqual(['suggestion.reminders@2026-11-02']);
    expect(await noticesOf(id)).toEqual([]);

    // 11-03: seven days left.
    expect(await runOn('2026-11-03')).toEqual(['suggestion.reminders@2026-11-03']);
    const sevenDays = {
      organisationId: ids.shengtai,
      kind: 'suggestion.due-soon',
      title: `${label}答复期限将至`,
      dedupeKey: `suggestion:${id}:due-7:2026-11-10`,
    };
    expect(await noticesOf(id)).toEqual([sevenDays]);
    // The same day again: the occurrence is taken; the next day: the key is taken.
    expect(
      await runDueJobs({ db: t.database.db, now: t.clock.now(), jobs: [suggestionRemindersJob] }),
    ).toEqual([]);
    expect(await runOn('2026-11-04')).toEqual(['suggestion.reminders@2026-11-04']);
    expect(await noticesOf(id)).toEqual([sevenDays]);

    // The other one is answered in time and gets nothing more.
    // Sessions expire while the clock moves on: sign in again.
    clerk = await t.login('kecheng-clerk');
    const reply = await clerk.post(`/api/suggestions/${answered.id}/reply`, {
      repliedOn: '2026-11-04',
      content: '已采纳。',
      adoption: 'adopted',
      version: answered.version,
    });
    expect(reply.status).toBe(200);

    // 11-09: one day left.
    await runOn('2026-11-09');
    const oneDay = {
      organisationId: ids.shengtai,
      kind: 'suggestion.due-soon',
      title: `${label}答复期限将至`,
      dedupeKey: `suggestion:${id}:due-1:2026-11-10`,
    };
    expect(await noticesOf(id)).toEqual([sevenDays, oneDay]);
    expect(await noticesOf(answered.id)).toEqual(
      [sevenDays].map((n) => ({
        ...n,
        organisationId: ids.ziran,
        title: '司法建议浙0825法建〔2026〕2号答复期限将至',
        dedupeKey: `suggestion:${answered.id}:due-7:2026-11-10`,
      })),
    );

    // 11-11: overdue — the addressee, its superior government and the coordinating office.
    const before = await lastAuditId(t.database.db);
    await runOn('2026-11-11');
    const escalations = [
      {
        organisationId: ids.shengtai,
        kind: 'suggestion.overdue',
        title: `${label}已逾期未答复`,
        dedupeKey: `suggestion:${id}:overdue:2026-11-10:${ids.shengtai}`,
      },
      {
        organisationId: ids.kechengGov,
        kind: 'suggestion.escalated',
        title: `督办：柯城区生态环境局逾期未答复${label}`,
        dedupeKey: `suggestion:${id}:overdue:2026-11-10:${ids.kechengGov}`,
      },
      {
        organisationId: ids.kechengSifa,
        kind: 'suggestion.escalated',
        title: `督办：柯城区生态环境局逾期未答复${label}`,
        dedupeKey: `suggestion:${id}:overdue:2026-11-10:${ids.kechengSifa}`,
      },
    ];
    const sorted = (rows: { dedupeKey: string }[]) =>
      [...rows].sort((a, b) => a.dedupeKey.localeCompare(b.dedupeKey));
    expect(sorted(await noticesOf(id))).toEqual(sorted([sevenDays, oneDay, ...escalations]));
    const audit = await auditRowsAfter(t.database.db, before);
    expect(audit.map((r) => r.event)).toEqual([
      'notification.sent',
      'notification.sent',
      'notification.sent',
    ]);
    expect(audit.every((r) => r.actorType === 'system')).toBe(true);
    expect(await noticesOf(answered.id)).toHaveLength(1);

    // Later days send nothing new.
    await runOn('2026-11-12');
    await runOn('2026-11-20');
    expect(await noticesOf(id)).toHaveLength(5);
    expect(await lastAuditId(t.database.db)).toBe(audit.at(-1)!.id);

    court = await t.login('longyou-court');
    const page = (await court.get(`/api/suggestions/${id}`)).body;
    expect(page).toMatchObject({ status: 'overdue', statusLabel: '已逾期', daysLeft: -10 });
    expect(page.timeline.map((e: any) => [e.label, e.description])).toEqual([
      ['制发', expect.stringContaining('主送柯城区生态环境局，抄送柯城区司法局，答复期限2026-11-10')],
      ['到期提醒', '提醒柯城区生态环境局：距答复期限还有7天'],
      ['到期提醒', '提醒柯城区生态环境局：距答复期限还有1天'],
      ['逾期督办', '逾期1天未答复，已通知柯城区生态环境局、柯城区人民政府、柯城区司法局督办'],
    ]);

    const coordinator = await t.login('kecheng-coordinator');
    const overdueList = (await coordinator.get('/api/suggestions?status=overdue')).body.items.map(
      (i: any) => i.id,
    );
    expect(overdueList).toEqual([id]);
  });
});
