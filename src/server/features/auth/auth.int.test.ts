import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../http/app';
import { auditRowsAfter, lastAuditId } from '../../test/factories';
import { createTestApp, DEMO_PASSWORD, type TestApp, TestClient } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('login and logout', () => {
  it('sets an HttpOnly SameSite cookie and returns the CSRF token and the user', async () => {
    const client = t.anonymous();
    const response = await client.login('kecheng-clerk', DEMO_PASSWORD);
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({
      username: 'kecheng-clerk',
      roles: ['clerk'],
      permissions: [
        'org.read',
        'court.read',
        'case.read',
        'case.create',
        'case.record',
        'case.correct',
        'case.attach',
        'case.export',
        'bulletin.read',
        'suggestion.read',
        'suggestion.reply',
        'notification.read',
        'indicator.read',
        'assessment.read',
      ],
      organisation: { name: '柯城区自然资源和规划局', kind: 'agency' },
      mustChangePassword: false,
      isDemo: true,
    });
    expect(response.body.csrfToken).toMatch(/.{20,}/);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect((await client.get('/api/auth/me')).body.user.username).toBe('kecheng-clerk');
  });

  it('answers a wrong password and an unknown user alike, and audits both', async () => {
    const before = await lastAuditId(t.database.db);
    const wrong = await t.anonymous().login('kecheng-head', 'Wrong-Passw0rd');
    const unknown = await t.anonymous().login('nobody', 'Wrong-Passw0rd');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error).toMatchObject({ code: 'INVALID_CREDENTIALS', message: '用户名或密码错误' });
    expect(unknown.body.error.message).toBe(wrong.body.error.message);
    const rows = await auditRowsAfter(t.database.db, before);
    expect(rows.map((r) => [r.event, r.targetLabel, (r.after as { reason: string }).reason])).toEqual([
      ['auth.login.failed', 'kecheng-head', 'wrong-password'],
      ['auth.login.failed', 'nobody', 'unknown-user'],
    ]);
  });

  it('names the missing field in Chinese', async () => {
    const response = await t.anonymous().post('/api/auth/login', { username: 'sysadmin' });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'password', message: '请填写密码' }],
    });
  });

  it('ends the session at logout, audited', async () => {
    const client = await t.login('city-leader');
    const before = await lastAuditId(t.database.db);
    expect((await client.post('/api/auth/logout')).status).toBe(200);
    const rows = await auditRowsAfter(t.database.db, before);
    expect(rows.map((r) => r.event)).toEqual(['auth.logout']);
    const after = await client.get('/api/orgs', { cookie: client.cookie ?? '' });
    expect(after.status).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated write without the X-CSRF-Token header', async () => {
    const admin = await t.login('sysadmin');
    const token = admin.csrfToken;
    admin.csrfToken = undefined;
    const missing = await admin.post('/api/auth/logout');
    expect(missing.status).toBe(403);
    expect(missing.body.error.code).toBe('CSRF_FAILED');
    const wrong = await admin.post('/api/auth/logout', {}, { 'x-csrf-token': 'not-the-token' });
    expect(wrong.body.error.code).toBe('CSRF_FAILED');
    admin.csrfToken = token;
    expect((await admin.post('/api/auth/logout')).status).toBe(200);
  });

  it('lets reads go without the header', async () => {
    const admin = await t.login('sysadmin');
    admin.csrfToken = undefined;
    expect((await admin.get('/api/orgs')).status).toBe(200);
  });
});

describe('session expiry', () => {
  it('ends a session idle for more than 30 minutes', async () => {
    const client = await t.login('kecheng-coordinator');
    t.clock.advanceMinutes(29);
    expect((await client.get('/api/orgs')).status).toBe(200);
    t.clock.advanceMinutes(29); // activity 29 minutes ago: still alive
    expect((await client.get('/api/orgs')).status).toBe(200);
    t.clock.advanceMinutes(31);
    const expired = await client.get('/api/orgs');
    expect(expired.status).toBe(401);
    expect(expired.body.error).toMatchObject({ code: 'SESSION_EXPIRED', message: '登录已超时，请重新登录' });
    expect((await client.get('/api/orgs')).body.error.code).toBe('UNAUTHENTICATED');
  });

  it('ends an active session after 12 hours however busy', async () => {
    const client = await t.login('kecheng-coordinator');
    for (let minutes = 0; minutes < 12 * 60; minutes += 20) {
      t.clock.advanceMinutes(20);
      const response = await client.get('/api/auth/me');
      expect(response.status).toBe(minutes + 20 <= 12 * 60 ? 200 : 401);
    }
    t.clock.advanceMinutes(1);
    expect((await client.get('/api/auth/me')).body.error.code).toBe('SESSION_EXPIRED');
  });

  it('is shared by two server instances on one database', async () => {
    const client = await t.login('city-coordinator');
    const second = await buildApp({ database: t.database, clock: t.clock, config: t.app.config });
    try {
      const other = new TestClient(second);
      other.cookie = client.cookie;
      const me = await other.get('/api/auth/me');
      expect(me.status).toBe(200);
      expect(me.body.user.username).toBe('city-coordinator');
    } finally {
      await second.close();
    }
  });
});

describe('login rate limit', () => {
  it('limits attempts per address', async () => {
    const limited = await createTestApp({ loginRateLimit: 3 });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await limited.anonymous().login('sysadmin', 'Wrong-Passw0rd')).status);
      expect(statuses).toEqual([401, 401, 401, 429]);
      const response = await limited.anonymous().login('sysadmin', DEMO_PASSWORD);
      expect(response.body.error).toMatchObject({
        code: 'RATE_LIMITED',
        message: '请求过于频繁，请稍后再试',
      });
      const elsewhere = new TestClient(limited.app, '127.0.0.2');
      expect((await elsewhere.login('sysadmin', DEMO_PASSWORD)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
