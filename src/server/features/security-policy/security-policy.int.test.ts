import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsAfter, findOrgByName, lastAuditId, makeUser } from '../../test/factories';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';

let t: TestApp;
let agencyId: string;
beforeAll(async () => {
  t = await createTestApp();
  agencyId = (await findOrgByName(t.database.db, '柯城区自然资源和规划局')).id;
});
afterAll(async () => t?.close());

const DEFAULTS = {
  passwordMinLength: 10,
  passwordMinCharClasses: 3,
  passwordForbidUsername: true,
  maxFailedLogins: 5,
  failureWindowMinutes: 15,
  lockoutMinutes: 0,
  sessionIdleMinutes: 30,
  sessionAbsoluteHours: 12,
};

/** Saves the defaults with the given changes, on top of whatever version is current. */
async function setPolicy(changes: Partial<typeof DEFAULTS>) {
  const secadmin = await t.login('secadmin');
  const current = await secadmin.get('/api/security-policy');
  const saved = await secadmin.put('/api/security-policy', {
    ...DEFAULTS,
    ...changes,
    version: current.body.version,
  });
  expect(saved.status).toBe(200);
  return saved.body;
}

async function loginAttempt(username: string, password: string) {
  return t.anonymous().login(username, password);
}

describe('security policy', () => {
  it('answers the defaults with version 0 before anything is saved', async () => {
    const secadmin = await t.login('secadmin');
    const policy = await secadmin.get('/api/security-policy');
    expect(policy.status).toBe(200);
    expect(policy.body).toMatchObject({ ...DEFAULTS, version: 0, abilities: { update: true } });
  });

  it('saves with before → after in one audit row, and refuses a stale version', async () => {
    const secadmin = await t.login('secadmin');
    const before = await lastAuditId(t.database.db);
    const first = await secadmin.put('/api/security-policy', {
      ...DEFAULTS,
      passwordMinLength: 12,
      version: 0,
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ passwordMinLength: 12, version: 1 });
    expect(first.body.updatedAt).toBe(t.clock.now().toISOString());

    const rows = await auditRowsAfter(t.database.db, before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      event: 'security-policy.updated',
      actorName: 'secadmin',
      targetType: 'security-policy',
    });
    expect(rows[0]!.before).toMatchObject({ passwordMinLength: 10, maxFailedLogins: 5, version: 0 });
    expect(rows[0]!.after).toMatchObject({ passwordMinLength: 12, maxFailedLogins: 5, version: 1 });

    // A second administrator still holding version 0 (no row yet) and one
    // holding version 1 after the first has saved again.
    const stale = await secadmin.put('/api/security-policy', { ...DEFAULTS, version: 0 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');
    const second = await secadmin.put('/api/security-policy', {
      ...DEFAULTS,
      passwordMinLength: 12,
      version: 1,
    });
    expect(second.body.version).toBe(2);
    const staleAgain = await secadmin.put('/api/security-policy', { ...DEFAULTS, version: 1 });
    expect(staleAgain.status).toBe(409);
    expect((await auditRowsAfter(t.database.db, before)).map((r) => r.event)).toEqual([
      'security-policy.updated',
      'security-policy.updated',
    ]);
    expect((await secadmin.get('/api/security-policy')).body.passwordMinLength).toBe(12);
  });

  it('applies a longer minimum length to a change of password', async () => {
    await setPolicy({ passwordMinLength: 12 });
    await makeUser(t.database.db, {
      organisationId: agencyId,
      roles: ['clerk'],
      username: 'policy-clerk',
      password: 'Old-Passw0rd!',
    });
    const clerk = await t.login('policy-clerk', 'Old-Passw0rd!');
    const rules = await clerk.get('/api/auth/password-rules');
    expect(rules.body.minLength).toBe(12);
    const short = await clerk.post('/api/auth/change-password', {
      currentPassword: 'Old-Passw0rd!',
      newPassword: 'Abcdefg-123', // 11 characters, 4 classes
    });
    expect(short.status).toBe(400);
    expect(short.body.error.details).toEqual([{ field: 'newPassword', message: '密码长度至少12位' }]);
    const long = await clerk.post('/api/auth/change-password', {
      currentPassword: 'Old-Passw0rd!',
      newPassword: 'Abcdefgh-123',
    });
    expect(long.status).toBe(200);
  });

  it('locks at the 3rd wrong password when maxFailedLogins is 3, and unlocks after lockoutMinutes', async () => {
    await setPolicy({ maxFailedLogins: 3, lockoutMinutes: 20 });
    await makeUser(t.database.db, {
      organisationId: agencyId,
      roles: ['clerk'],
      username: 'policy-locked',
      password: 'Right-Passw0rd!',
    });
    expect((await loginAttempt('policy-locked', 'wrong-1')).status).toBe(401);
    expect((await loginAttempt('policy-locked', 'wrong-2')).status).toBe(401);
    const third = await loginAttempt('policy-locked', 'wrong-3');
    expect(third.status).toBe(423);
    expect(third.body.error.code).toBe('ACCOUNT_LOCKED');
    expect(third.body.error.message).toContain('连续3次');

    t.clock.advanceMinutes(19);
    expect((await loginAttempt('policy-locked', 'Right-Passw0rd!')).status).toBe(423);
    t.clock.advanceMinutes(2);
    expect((await loginAttempt('policy-locked', 'Right-Passw0rd!')).status).toBe(200);
  });

  it('ends a session idle longer than sessionIdleMinutes', async () => {
    await setPolicy({ sessionIdleMinutes: 10 });
    const clerk = await t.login('kecheng-clerk');
    t.clock.advanceMinutes(9);
    expect((await clerk.get('/api/auth/me')).status).toBe(200);
    t.clock.advanceMinutes(11);
    const expired = await clerk.get('/api/auth/me');
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('SESSION_EXPIRED');
  });

  it('rejects out-of-range values naming the field in Chinese, without an audit row', async () => {
    const secadmin = await t.login('secadmin');
    const { version } = (await secadmin.get('/api/security-policy')).body;
    const before = await lastAuditId(t.database.db);
    const tooShort = await secadmin.put('/api/security-policy', {
      ...DEFAULTS,
      passwordMinLength: 4,
      version,
    });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.error.details).toEqual([
      { field: 'passwordMinLength', message: '密码最小长度不能小于8' },
    ]);
    const idle = await secadmin.put('/api/security-policy', {
      ...DEFAULTS,
      sessionIdleMinutes: 120,
      sessionAbsoluteHours: 1,
      version,
    });
    expect(idle.status).toBe(400);
    expect(idle.body.error.details[0].field).toBe('sessionIdleMinutes');
    expect(idle.body.error.message).toContain('会话空闲超时');
    expect(await auditRowsAfter(t.database.db, before)).toHaveLength(0);
  });

  it('is not for the system administrator or the auditor', async () => {
    for (const username of ['sysadmin', 'auditor', 'kecheng-coordinator']) {
      const client: TestClient = await t.login(username);
      const read = await client.get('/api/security-policy');
      const write = await client.put('/api/security-policy', { ...DEFAULTS, version: 0 });
      expect([username, read.status, write.status]).toEqual([username, 403, 403]);
    }
  });
});
