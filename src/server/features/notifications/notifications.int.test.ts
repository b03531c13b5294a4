import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsAfter, findOrgByName, lastAuditId } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';
import { notify } from './notify';

let t: TestApp;
let ziran: string;

beforeAll(async () => {
  t = await createTestApp();
  ziran = (await findOrgByName(t.database.db, '柯城区自然资源和规划局')).id;
});
afterAll(async () => t?.close());

const send = (dedupeKey: string, title: string, organisationId = ziran) =>
  t.database.db.transaction((tx) =>
    notify(tx, t.clock.now(), { organisationId, kind: 'general', title, body: '请按时答复', dedupeKey }),
  );

describe('notifications', () => {
  it('sends a notice once per dedupe key, audited', async () => {
    const before = await lastAuditId(t.database.db);
    expect(await send('test:1', '第一条提醒')).toBe(true);
    expect(await send('test:1', '第一条提醒')).toBe(false);
    const rows = await auditRowsAfter(t.database.db, before);
    expect(rows.map((r) => [r.event, r.targetLabel])).toEqual([['notification.sent', '第一条提醒']]);
  });

  it("lists the organisation's notices, unread first, and marks one read for everyone there", async () => {
    t.clock.advanceMinutes(1);
    await send('test:2', '第二条提醒');
    await send('test:other', '他单位提醒', (await findOrgByName(t.database.db, '柯城区住房和城乡建设局')).id);
    const clerk = await t.login('kecheng-clerk');
    const list = await clerk.get('/api/notifications');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 2, unread: 2 });
    expect(list.body.items.map((n: any) => n.title)).toEqual(['第二条提醒', '第一条提醒']);
    expect(list.body.items[0]).toMatchObject({
      kindLabel: '通知',
      readAt: null,
      abilities: { markRead: true },
    });

    const before = await lastAuditId(t.database.db);
    const id = list.body.items[1].id;
    expect((await clerk.post(`/api/notifications/${id}/read`)).status).toBe(200);
    expect((await clerk.post(`/api/notifications/${id}/read`)).status).toBe(200);
    expect((await auditRowsAfter(t.database.db, before)).map((r) => r.event)).toEqual(['notification.read']);
    const head = await t.login('kecheng-head');
    const seen = await head.get('/api/notifications');
    expect(seen.body.unread).toBe(1);
    expect(seen.body.items.map((n: any) => n.title)).toEqual(['第二条提醒', '第一条提醒']);
    expect(seen.body.items[1]).toMatchObject({
      readByName: expect.any(String),
      abilities: { markRead: false },
    });
    expect((await head.get('/api/notifications?unread=true')).body.total).toBe(1);
  });

  it("hides another organisation's notices and keeps them from the administrators", async () => {
    // The coordinator's office (柯城区司法局) has no notice of the agency's.
    const coordinator = await t.login('kecheng-coordinator');
    expect((await coordinator.get('/api/notifications')).body).toMatchObject({ total: 0, unread: 0 });
    const clerk = await t.login('kecheng-clerk');
    const theirs = await t.database.db.query.notifications.findFirst({
      where: (n, { eq }) => eq(n.dedupeKey, 'test:other'),
    });
    const refused = await clerk.post(`/api/notifications/${theirs!.id}/read`);
    expect(refused.status).toBe(404);
    expect(refused.body.error.message).toBe('提醒不存在或无权查看');
    expect((await (await t.login('sysadmin')).get('/api/notifications')).status).toBe(403);
    const bad = await clerk.get('/api/notifications?unread=maybe');
    expect(bad.body.error.details[0].field).toBe('unread');
  });
});
