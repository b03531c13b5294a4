// Signing in as an account: lockout after repeated failures and unlocking,
// disabling, password reset. Each ends or blocks sessions a user would notice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityPolicy } from '../../db/schema';
import {
  auditRowsAfter,
  findOrgByName,
  findUserByUsername,
  lastAuditId,
  makeUser,
} from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';
import { DEFAULT_SECURITY_POLICY } from '../security-policy/security-policy.queries';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const db = () => t.database.db;
const usernames = (body: { items: { username: string }[] }) => body.items.map((u) => u.username);

describe('lockout', () => {
  it('locks after 5 failures within 15 minutes until the security administrator unlocks', async () => {
    const gongan = await findOrgByName(db(), '柯城区公安局');
    const password = 'Lock-Me-2026!';
    const row = await makeUser(db(), {
      organisationId: gongan.id,
      roles: ['clerk'],
      username: 'lockme',
      password,
    });
    const client = t.anonymous();
    const wrong = () => client.login('lockme', 'Wrong-Passw0rd!');

    // Failures spread over more than the window start a new count.
    for (let i = 0; i < 4; i++) expect((await wrong()).status).toBe(401);
    t.clock.advanceMinutes(16);
    for (let i = 0; i < 4; i++) {
      const response = await wrong();
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe('INVALID_CREDENTIALS');
    }
    expect((await client.login('lockme', password)).status).toBe(200);

    // Five within the window lock the account; the fifth answer says so.
    for (let i = 0; i < 4; i++) {
      expect((await wrong()).status).toBe(401);
      t.clock.advanceMinutes(3);
    }
    const fifth = await wrong();
    expect(fifth.status).toBe(423);
    expect(fifth.body.error.code).toBe('ACCOUNT_LOCKED');
    expect(fifth.body.error.message).toBe('账户因连续5次登录失败已被锁定，请联系安全管理员解锁');
    const right = await client.login('lockme', password);
    expect(right.status).toBe(423);
    expect(right.body.error.code).toBe('ACCOUNT_LOCKED');

    const admin = await t.login('sysadmin');
    const locked = await admin.get('/api/users?status=locked');
    expect(usernames(locked.body)).toEqual(['lockme']);
    expect(locked.body.items[0].abilities.unlock).toBe(false);
    expect(usernames((await admin.get('/api/users?status=active&q=lockme')).body)).toEqual([]);
    expect((await admin.post(`/api/users/${row.id}/unlock`, { version: row.version })).status).toBe(403);

    const secadmin = await t.login('secadmin');
    const seen = await secadmin.get(`/api/users/${row.id}`);
    expect(seen.body).toMatchObject({ status: 'locked', abilities: { unlock: true } });
    const before = await lastAuditId(db());
    const unlocked = await secadmin.post(`/api/users/${row.id}/unlock`, { version: seen.body.version });
    expect(unlocked.status).toBe(200);
    expect(unlocked.body).toMatchObject({ status: 'active', abilities: { unlock: false } });
    const rows = await auditRowsAfter(db(), before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      event: 'user.unlocked',
      targetId: row.id,
      before: { failedLogins: 5 },
      after: { lockedAt: null, failedLogins: 0 },
    });
    const again = await secadmin.post(`/api/users/${row.id}/unlock`, { version: unlocked.body.version });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('账户“lockme”当前未被锁定，无需解锁');

    expect((await client.login('lockme', password)).status).toBe(200);
  });
});

describe('disabling and password reset', () => {
  it('disabling ends the user’s sessions; enabling lets them sign in again', async () => {
    const gongan = await findOrgByName(db(), '柯城区公安局');
    const row = await makeUser(db(), { organisationId: gongan.id, roles: ['head'], username: 'leaving' });
    const user = await t.login('leaving', 'Factory-Passw0rd!');
    expect((await user.get('/api/orgs')).status).toBe(200);

    const admin = await t.login('sysadmin');
    const sysadminRow = await findUserByUsername(db(), 'sysadmin');
    const self = await admin.post(`/api/users/${sysadminRow!.id}/disable`, { version: sysadminRow!.version });
    expect(self.status).toBe(403);
    expect(self.body.error.message).toBe('不能停用自己的账户');

    const before = await lastAuditId(db());
    const disabled = await admin.post(`/api/users/${row.id}/disable`, { version: row.version });
    expect(disabled.status).toBe(200);
    expect(disabled.body).toMatchObject({ status: 'disabled', abilities: { disable: false, enable: true } });
    const rows = await auditRowsAfter(db(), before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      event: 'user.disabled',
      targetId: row.id,
      before: { disabled: false },
      after: { disabled: true },
    });
    const next = await user.get('/api/orgs');
    expect(next.status).toBe(401);
    expect(next.body.error.code).toBe('UNAUTHENTICATED');
    expect(usernames((await admin.get('/api/users?status=disabled')).body)).toEqual(['leaving']);
    expect((await t.anonymous().login('leaving', 'Factory-Passw0rd!')).body.error.code).toBe(
      'ACCOUNT_DISABLED',
    );
    expect(
      (await admin.post(`/api/users/${row.id}/disable`, { version: disabled.body.version })).status,
    ).toBe(409);

    const enableBefore = await lastAuditId(db());
    const enabled = await admin.post(`/api/users/${row.id}/enable`, { version: disabled.body.version });
    expect(enabled.status).toBe(200);
    expect(enabled.body.status).toBe('active');
    const enableRows = await auditRowsAfter(db(), enableBefore);
    expect(enableRows.map((r) => [r.event, r.before, r.after])).toEqual([
      ['user.enabled', { disabled: true }, { disabled: false }],
    ]);
    // The ended session stays ended: the user signs in anew.
    expect((await user.get('/api/orgs')).status).toBe(401);
    expect((await t.anonymous().login('leaving', 'Factory-Passw0rd!')).status).toBe(200);
  });

  it('reset-password ends the sessions and forces a change at the next login', async () => {
    const gongan = await findOrgByName(db(), '柯城区公安局');
    const row = await makeUser(db(), { organisationId: gongan.id, roles: ['clerk'], username: 'forgetful' });
    const user = await t.login('forgetful', 'Factory-Passw0rd!');
    const admin = await t.login('sysadmin');
    const sysadminRow = await findUserByUsername(db(), 'sysadmin');
    const own = await admin.post(`/api/users/${sysadminRow!.id}/reset-password`, {
      version: sysadminRow!.version,
    });
    expect(own.status).toBe(403);

    const before = await lastAuditId(db());
    const reset = await admin.post(`/api/users/${row.id}/reset-password`, { version: row.version });
    expect(reset.status).toBe(200);
    expect(reset.body.user).toMatchObject({ mustChangePassword: true, version: row.version + 1 });
    const temporaryPassword: string = reset.body.temporaryPassword;
    expect(temporaryPassword).toHaveLength(16);
    const rows = await auditRowsAfter(db(), before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      event: 'user.password.reset',
      targetId: row.id,
      before: { mustChangePassword: false },
      after: { mustChangePassword: true },
    });
    expect(JSON.stringify(rows[0])).not.toContain(temporaryPassword);
    const stale = await admin.post(`/api/users/${row.id}/reset-password`, { version: row.version });
    expect(stale.status).toBe(409);

    expect((await user.get('/api/orgs')).status).toBe(401);
    expect((await t.anonymous().login('forgetful', 'Factory-Passw0rd!')).status).toBe(401);
    const fresh = t.anonymous();
    expect((await fresh.login('forgetful', temporaryPassword)).status).toBe(200);
    expect((await fresh.get('/api/orgs')).body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await fresh.post('/api/auth/change-password', {
      currentPassword: temporaryPassword,
      newPassword: 'Remembered-2026',
    });
    expect(changed.status).toBe(200);
    expect((await fresh.get('/api/orgs')).status).toBe(200);
  });
});

describe('timed lockout', () => {
  // Last in the file: it changes the security policy for every test after it.
  it('counts a lock as over once the policy’s lockout minutes have passed', async () => {
    await db()
      .insert(securityPolicy)
      .values({ ...DEFAULT_SECURITY_POLICY, lockoutMinutes: 30, version: 1, updatedAt: t.clock.now() });
    const gongan = await findOrgByName(db(), '柯城区公安局');
    const row = await makeUser(db(), { organisationId: gongan.id, roles: ['clerk'], username: 'briefly' });
    const client = t.anonymous();
    for (let i = 0; i < 5; i++) await client.login('briefly', 'Wrong-Passw0rd!');
    const admin = await t.login('sysadmin');
    expect(usernames((await admin.get('/api/users?status=locked')).body)).toEqual(['briefly']);
    expect((await admin.get(`/api/users/${row.id}`)).body.status).toBe('locked');

    t.clock.advanceMinutes(31);
    const later = await t.login('sysadmin');
    expect((await later.get('/api/users?status=locked')).body.total).toBe(0);
    expect(usernames((await later.get('/api/users?status=active&q=briefly')).body)).toEqual(['briefly']);
    expect((await later.get(`/api/users/${row.id}`)).body.status).toBe('active');
    const secadmin = await t.login('secadmin');
    const unlock = await secadmin.post(`/api/users/${row.id}/unlock`, { version: row.version });
    expect(unlock.status).toBe(409);
    expect((await client.login('briefly', 'Factory-Passw0rd!')).status).toBe(200);
  });
});
