import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsAfter, countAuditRows, findOrgByName, lastAuditId } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';
import { verifyAuditChain } from './verify-audit-chain';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('audit trail', () => {
  it('records one write as exactly one row with before → after, actor, address and request id', async () => {
    const admin = await t.login('sysadmin');
    const org = await findOrgByName(t.database.db, '衢江区生态环境局');
    const before = await lastAuditId(t.database.db);
    const response = await admin.put(
      `/api/orgs/${org.id}`,
      { name: '衢江区生态环境分局', regionCode: '330803', uscc: null, version: org.version },
      { 'user-agent': 'audit-test/1.0' },
    );
    expect(response.status).toBe(200);
    const rows = await auditRowsAfter(t.database.db, before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      event: 'org.updated',
      actorType: 'user',
      actorName: 'sysadmin',
      actorOrgName: '衢州市司法局',
      targetType: 'organisation',
      targetId: org.id,
      targetLabel: '衢江区生态环境分局',
      ip: '127.0.0.1',
      userAgent: 'audit-test/1.0',
      before: { name: '衢江区生态环境局', regionCode: '330803' },
      after: { name: '衢江区生态环境分局', regionCode: '330803' },
    });
    expect(rows[0]!.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes nothing when the change is refused', async () => {
    const admin = await t.login('sysadmin');
    const org = await findOrgByName(t.database.db, '衢江区公安局');
    const before = await lastAuditId(t.database.db);
    const stale = await admin.put(`/api/orgs/${org.id}`, {
      name: '改名',
      regionCode: '330803',
      uscc: null,
      version: org.version + 5,
    });
    expect(stale.status).toBe(409);
    expect(await auditRowsAfter(t.database.db, before)).toHaveLength(0);
  });

  it('rejects UPDATE, DELETE and TRUNCATE on the audit table', async () => {
    const { db } = t.database;
    const rowsBefore = await lastAuditId(db);
    // Drizzle wraps the database error; the trigger's message is its cause.
    const failure = (statement: ReturnType<typeof sql>) =>
      db.execute(statement).then(
        () => 'succeeded',
        (error: Error & { cause?: Error }) => String(error.cause?.message ?? error.message),
      );
    expect(await failure(sql`UPDATE audit_events SET event = 'x'`)).toContain('append-only: UPDATE');
    expect(await failure(sql`DELETE FROM audit_events`)).toContain('append-only: DELETE');
    expect(await failure(sql`TRUNCATE audit_events`)).toContain('append-only: TRUNCATE');
    expect(await lastAuditId(db)).toBe(rowsBefore);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('lets only the audit administrator read and verify the log', async () => {
    for (const username of ['sysadmin', 'secadmin', 'city-coordinator', 'kecheng-clerk']) {
      const client = await t.login(username);
      expect((await client.get('/api/audit')).status).toBe(403);
      expect((await client.post('/api/audit/verify')).status).toBe(403);
    }
    const auditor = await t.login('auditor');
    const list = await auditor.get('/api/audit?actor=sysadmin&event=org.updated&pageSize=5');
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    for (const item of list.body.items)
      expect(item).toMatchObject({ actorName: 'sysadmin', event: 'org.updated' });
    const rowsBefore = await countAuditRows(t.database.db);
    const verified = await auditor.post('/api/audit/verify');
    expect(verified.body).toEqual({ ok: true, checked: rowsBefore, firstBroken: null });
  });

  it('finds a row altered behind the application’s back and names it', async () => {
    const { db } = t.database;
    const victim = 5;
    await db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`);
    await db.execute(sql`UPDATE audit_events SET target_label = '篡改' WHERE id = ${victim}`);
    await db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete`);
    const result = await verifyAuditChain(db);
    expect(result).toEqual({
      ok: false,
      checked: victim - 1,
      firstBroken: { id: victim, reason: '记录内容与其哈希值不符：该记录被改动' },
    });
    const auditor = await t.login('auditor');
    const viaApi = await auditor.post('/api/audit/verify');
    expect(viaApi.body.firstBroken.id).toBe(victim);
  });

  it('finds a deleted row by the broken link of the next one', async () => {
    const fresh = await createTestApp();
    try {
      const { db } = fresh.database;
      await db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete`);
      await db.execute(sql`DELETE FROM audit_events WHERE id = 3`);
      await db.execute(sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update_delete`);
      const result = await verifyAuditChain(db);
      expect(result.firstBroken).toEqual({
        id: 4,
        reason: '与前一条记录的链接不符：其前序记录被删除、插入或改动',
      });
    } finally {
      await fresh.close();
    }
  });
});
