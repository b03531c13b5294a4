import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTokens } from '../../db/schema';
import { auditRowsAfter, findOrgByName, lastAuditId } from '../../test/factories';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { sha256Hex } from '../auth/tokens';

let t: TestApp;
let admin: TestClient;
let courtId: string;
beforeAll(async () => {
  t = await createTestApp(); // 2026-11-02 09:00 China time
  admin = await t.login('sysadmin');
  courtId = (await findOrgByName(t.database.db, '龙游县人民法院')).id;
});
afterAll(async () => t?.close());

async function createCourtToken(name: string, expiresAt?: string) {
  const created = await admin.post('/api/tokens', {
    name,
    organisationId: courtId,
    permissions: ['org.read'],
    ...(expiresAt ? { expiresAt } : {}),
  });
  expect(created.status).toBe(201);
  return created.body as { apiToken: any; token: string };
}

const bearer = (secret: string) => ({ authorization: `Bearer ${secret}` });

describe('API tokens', () => {
  it('creates a token shown once, stores only its hash, audits without the secret', async () => {
    const before = await lastAuditId(t.database.db);
    const { apiToken, token } = await createCourtToken('龙游法院案件系统', '2026-12-31');
    expect(token).toMatch(/^fyt_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({
      name: '龙游法院案件系统',
      organisation: { id: courtId, name: '龙游县人民法院' },
      permissions: ['org.read'],
      prefix: token.slice(0, 8),
      createdBy: 'sysadmin',
      expiresAt: '2026-12-31T15:59:59.999Z', // end of the day in China time
      revokedAt: null,
      lastUsedAt: null,
      abilities: { revoke: true },
    });
    const [row] = await t.database.db.select().from(apiTokens).where(eq(apiTokens.id, apiToken.id));
    expect(row!.tokenHash).toBe(sha256Hex(token));
    expect(JSON.stringify(row)).not.toContain(token);

    const rows = await auditRowsAfter(t.database.db, before);
    expect(rows.map((r) => r.event)).toEqual(['token.created']);
    expect(rows[0]).toMatchObject({ actorName: 'sysadmin', targetType: 'api-token', targetId: apiToken.id });
    expect(rows[0]!.after).toMatchObject({
      name: '龙游法院案件系统',
      organisationId: courtId,
      permissions: ['org.read'],
      expiresAt: '2026-12-31T15:59:59.999Z',
    });
    const audited = JSON.stringify(rows[0]);
    expect(audited).not.toContain(token);
    expect(audited).not.toContain(sha256Hex(token));

    const list = await admin.get('/api/tokens');
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: any) => i.id)).toContain(apiToken.id);
    const listed = JSON.stringify(list.body);
    expect(listed).not.toContain(token);
    expect(listed).not.toContain(sha256Hex(token));
  });

  it('lets a Bearer token read its own court only, without CSRF, one audit row per use', async () => {
    const { apiToken, token } = await createCourtToken('龙游法院只读');
    const machine = t.anonymous();

    let before = await lastAuditId(t.database.db);
    const roots = await machine.get('/api/orgs', bearer(token));
    expect(roots.status).toBe(200);
    expect(roots.body.items.map((o: { name: string }) => o.name)).toEqual(['龙游县人民法院']);
    let rows = await auditRowsAfter(t.database.db, before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      event: 'token.used',
      actorType: 'token',
      actorName: '龙游法院只读',
      actorOrgName: '龙游县人民法院',
      targetId: apiToken.id,
      after: { method: 'GET', path: '/api/orgs' },
    });

    const kecheng = await findOrgByName(t.database.db, '柯城区人民政府');
    before = await lastAuditId(t.database.db);
    expect((await machine.get(`/api/orgs/${kecheng.id}`, bearer(token))).status).toBe(404);
    expect((await auditRowsAfter(t.database.db, before)).map((r) => r.event)).toEqual(['token.used']);

    // No X-CSRF-Token header is sent: the token passes authentication and is
    // refused for want of the permission, not for CSRF.
    before = await lastAuditId(t.database.db);
    const create = await machine.post(
      '/api/orgs',
      { parentId: courtId, name: '某法庭', kind: 'agency', regionCode: '330825' },
      bearer(token),
    );
    expect(create.status).toBe(403);
    expect(create.body.error.code).toBe('FORBIDDEN');
    rows = await auditRowsAfter(t.database.db, before);
    expect(rows.map((r) => r.event)).toEqual(['token.used']);

    const listed = await admin.get('/api/tokens');
    const mine = listed.body.items.find((i: any) => i.id === apiToken.id);
    expect(mine.lastUsedAt).toBe(t.clock.now().toISOString());
  });

  it('refuses a revoked token, and a second revocation', async () => {
    const { apiToken, token } = await createCourtToken('待吊销的令牌');
    const machine = t.anonymous();
    expect((await machine.get('/api/orgs', bearer(token))).status).toBe(200);

    const before = await lastAuditId(t.database.db);
    const revoked = await admin.post(`/api/tokens/${apiToken.id}/revoke`, {});
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).toBe(t.clock.now().toISOString());
    expect(revoked.body.abilities.revoke).toBe(false);
    const rows = await auditRowsAfter(t.database.db, before);
    expect(rows.map((r) => r.event)).toEqual(['token.revoked']);
    expect(rows[0]!.before).toMatchObject({ revokedAt: null });
    expect(rows[0]!.after).toMatchObject({ revokedAt: t.clock.now().toISOString() });

    const refused = await machine.get('/api/orgs', bearer(token));
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('UNAUTHENTICATED');

    const again = await admin.post(`/api/tokens/${apiToken.id}/revoke`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('已被吊销');

    const active = await admin.get('/api/tokens');
    expect(active.body.items.map((i: any) => i.id)).not.toContain(apiToken.id);
    const all = await admin.get('/api/tokens?includeRevoked=true');
    expect(all.body.items.map((i: any) => i.id)).toContain(apiToken.id);
    const unknown = await admin.post('/api/tokens/00000000-0000-4000-8000-000000000000/revoke', {});
    expect(unknown.status).toBe(404);
  });

  it('rejects a wrong permission, a past expiry, a missing or disabled organisation', async () => {
    const base = { name: '测试令牌', organisationId: courtId, permissions: ['org.read'] };
    const userRead = await admin.post('/api/tokens', { ...base, permissions: ['org.read', 'user.read'] });
    expect(userRead.status).toBe(400);
    expect(userRead.body.error.details).toEqual([
      { field: 'permissions', message: expect.stringContaining('“查看账户”') },
    ]);

    const past = await admin.post('/api/tokens', { ...base, expiresAt: '2026-11-01' });
    expect(past.status).toBe(400);
    expect(past.body.error.details[0].field).toBe('expiresAt');

    const badDate = await admin.post('/api/tokens', { ...base, expiresAt: '2026/12/31' });
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.details[0].field).toBe('expiresAt');

    const missing = await admin.post('/api/tokens', {
      ...base,
      organisationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0].field).toBe('organisationId');

    const town = await findOrgByName(t.database.db, '湖镇镇');
    const disable = await admin.post(`/api/orgs/${town.id}/disable`, { version: town.version });
    expect(disable.status).toBe(200);
    const disabled = await admin.post('/api/tokens', { ...base, organisationId: town.id });
    expect(disabled.status).toBe(400);
    expect(disabled.body.error.details[0]).toMatchObject({ field: 'organisationId' });
    expect(disabled.body.error.message).toContain('已停用');
  });

  it('expires at the end of its last day, China time', async () => {
    const { token } = await createCourtToken('今日有效', '2026-11-02');
    const machine = t.anonymous();
    t.clock.set(new Date('2026-11-02T15:59:00Z')); // 23:59 in China
    expect((await machine.get('/api/orgs', bearer(token))).status).toBe(200);
    t.clock.set(new Date('2026-11-02T16:00:00Z')); // midnight in China
    const expired = await machine.get('/api/orgs', bearer(token));
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('lists newest first, paged', async () => {
    admin = await t.login('sysadmin');
    const first = await createCourtToken('较早的令牌');
    t.clock.advanceMinutes(1);
    const second = await createCourtToken('较新的令牌');
    const page = await admin.get('/api/tokens?includeRevoked=true&pageSize=2');
    expect(page.body.items.map((i: any) => i.id)).toEqual([second.apiToken.id, first.apiToken.id]);
    expect(page.body.total).toBeGreaterThan(2);
    expect(page.body).toMatchObject({ page: 1, pageSize: 2 });
  });

  it('answers 403 to every other role on all three endpoints', async () => {
    const { apiToken } = await createCourtToken('他人不可见');
    for (const username of ['secadmin', 'auditor', 'kecheng-coordinator', 'longyou-court']) {
      const client = await t.login(username);
      const responses = [
        await client.get('/api/tokens'),
        await client.post('/api/tokens', {
          name: '越权',
          organisationId: courtId,
          permissions: ['org.read'],
        }),
        await client.post(`/api/tokens/${apiToken.id}/revoke`, {}),
      ];
      expect(responses.map((r) => [username, r.status])).toEqual([
        [username, 403],
        [username, 403],
        [username, 403],
      ]);
    }
  });
});
