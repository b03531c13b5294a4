import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsAfter, findOrgByName, findUserByUsername, lastAuditId } from '../../test/factories';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const db = () => t.database.db;
const usernames = (body: { items: { username: string }[] }) => body.items.map((u) => u.username);

async function createAccount(admin: TestClient, input: Record<string, unknown>) {
  const response = await admin.post('/api/users', input);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { user: any; temporaryPassword: string };
}

describe('account list', () => {
  it('pages and filters accounts by name, organisation, role and status, ordered by username', async () => {
    const admin = await t.login('sysadmin');
    const kecheng = await admin.get('/api/users?q=kecheng');
    expect(kecheng.status).toBe(200);
    expect(usernames(kecheng.body)).toEqual(['kecheng-clerk', 'kecheng-coordinator', 'kecheng-head']);
    expect(kecheng.body.total).toBe(3);

    const page2 = await admin.get('/api/users?q=kecheng&pageSize=2&page=2');
    expect(page2.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(usernames(page2.body)).toEqual(['kecheng-head']);

    const byDisplayName = await admin.get(`/api/users?q=${encodeURIComponent('王慧')}`);
    expect(usernames(byDisplayName.body)).toEqual(['kecheng-coordinator']);
    const coordinators = await admin.get('/api/users?role=coordinator');
    expect(usernames(coordinators.body)).toEqual(['city-coordinator', 'kecheng-coordinator']);
    const ziran = await findOrgByName(db(), '柯城区自然资源和规划局');
    const inZiran = await admin.get(`/api/users?organisationId=${ziran.id}`);
    expect(usernames(inZiran.body)).toEqual(['kecheng-clerk', 'kecheng-head']);
    expect(inZiran.body.items[0]).toMatchObject({
      displayName: '李志强',
      organisation: { id: ziran.id, name: '柯城区自然资源和规划局' },
      roles: ['clerk'],
      status: 'active',
      mustChangePassword: false,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const active = await admin.get('/api/users?status=active&pageSize=200');
    expect(active.body.total).toBe(9);
    expect((await admin.get('/api/users?status=disabled')).body.total).toBe(0);

    const badStatus = await admin.get('/api/users?status=frozen');
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.error.details[0].field).toBe('status');
  });

  it('refuses business roles and the auditor, and tells each administrator what they may do', async () => {
    for (const username of ['kecheng-clerk', 'kecheng-coordinator', 'auditor']) {
      const client = await t.login(username);
      const response = await client.get('/api/users');
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('FORBIDDEN');
    }
    const admin = await t.login('sysadmin');
    const sysadminRow = await findUserByUsername(db(), 'sysadmin');
    const secadminRow = await findUserByUsername(db(), 'secadmin');
    const self = await admin.get(`/api/users/${sysadminRow!.id}`);
    expect(self.body.lastLoginAt).toBe(t.clock.now().toISOString());
    expect(self.body.abilities).toEqual({
      update: true,
      disable: false,
      enable: false,
      resetPassword: false,
      unlock: false,
      assignRoles: false,
    });
    const other = await admin.get(`/api/users/${secadminRow!.id}`);
    expect(other.body.abilities).toMatchObject({ disable: true, resetPassword: true, assignRoles: false });

    const secadmin = await t.login('secadmin');
    const clerk = await findUserByUsername(db(), 'kecheng-clerk');
    const seen = await secadmin.get(`/api/users/${clerk!.id}`);
    expect(seen.body.abilities).toEqual({
      update: false,
      disable: false,
      enable: false,
      resetPassword: false,
      unlock: false,
      assignRoles: true,
    });
    expect((await secadmin.get(`/api/users/${secadminRow!.id}`)).body.abilities.assignRoles).toBe(false);
    expect((await admin.get('/api/users/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});

describe('creating an account', () => {
  it('gives a clerk a temporary password that must be changed before any business call', async () => {
    const admin = await t.login('sysadmin');
    const gongan = await findOrgByName(db(), '柯城区公安局');
    const before = await lastAuditId(db());
    const { user, temporaryPassword } = await createAccount(admin, {
      username: 'ZhangWei',
      displayName: '张伟',
      organisationId: gongan.id,
      roles: ['clerk'],
    });
    expect(temporaryPassword).toHaveLength(16);
    expect(user).toMatchObject({
      username: 'zhangwei',
      organisation: { id: gongan.id, name: '柯城区公安局' },
      roles: ['clerk'],
      status: 'active',
      mustChangePassword: true,
      lastLoginAt: null,
      version: 1,
    });
    const rows = await auditRowsAfter(db(), before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ event: 'user.created', actorName: 'sysadmin', targetId: user.id });
    expect(rows[0]!.before).toBeNull();
    expect(rows[0]!.after).toEqual({
      username: 'zhangwei',
      displayName: '张伟',
      organisationId: gongan.id,
      roles: ['clerk'],
    });
    expect(JSON.stringify(rows[0])).not.toContain(temporaryPassword);
    const stored = await findUserByUsername(db(), 'zhangwei');
    expect(stored!.passwordHash).toMatch(/^\$argon2id\$/);

    const clerk = t.anonymous();
    const login = await clerk.login('zhangwei', temporaryPassword);
    expect(login.status).toBe(200);
    expect(login.body.user.mustChangePassword).toBe(true);
    for (const url of ['/api/orgs', `/api/orgs/${gongan.id}`, '/api/users']) {
      const blocked = await clerk.get(url);
      expect(blocked.status).toBe(403);
      expect(blocked.body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    expect((await clerk.get('/api/auth/me')).status).toBe(200);

    const change = (newPassword: string) =>
      clerk.post('/api/auth/change-password', { currentPassword: temporaryPassword, newPassword });
    const tooShort = await change('Ab1#x');
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.error.details).toContainEqual({ field: 'newPassword', message: '密码长度至少10位' });
    const fewClasses = await change('onlylowercaseletters');
    expect(fewClasses.status).toBe(400);
    expect(fewClasses.body.error.details).toEqual([
      { field: 'newPassword', message: '密码须包含小写字母、大写字母、数字、符号中的至少3类' },
    ]);
    const withUsername = await change('Zhangwei-2026');
    expect(withUsername.status).toBe(400);
    expect(withUsername.body.error.details).toEqual([
      { field: 'newPassword', message: '密码不得包含用户名' },
    ]);
    expect((await clerk.get('/api/orgs')).body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');

    const changed = await change('Gongan-Clerk-2026');
    expect(changed.status).toBe(200);
    expect(changed.body.user.mustChangePassword).toBe(false);
    expect((await clerk.get('/api/orgs')).status).toBe(200);
  });

  it('refuses a duplicate username, a misplaced role and an unusable organisation', async () => {
    const admin = await t.login('sysadmin');
    const gongan = await findOrgByName(db(), '柯城区公安局');
    const cityLegal = await findOrgByName(db(), '衢州市司法局');
    const before = await lastAuditId(db());
    const duplicate = await admin.post('/api/users', {
      username: 'KECHENG-CLERK',
      displayName: '重名者',
      organisationId: gongan.id,
      roles: ['clerk'],
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe('DUPLICATE');
    expect(duplicate.body.error.details).toEqual([{ field: 'username', message: expect.any(String) }]);

    const liaison = await admin.post('/api/users', {
      username: 'misplaced',
      displayName: '错位者',
      organisationId: cityLegal.id,
      roles: ['court-liaison'],
    });
    expect(liaison.status).toBe(400);
    expect(liaison.body.error.code).toBe('VALIDATION_FAILED');
    expect(liaison.body.error.details[0].field).toBe('roles');
    expect(liaison.body.error.message).toContain('法院联络员只能设在人民法院');
    const coordinator = await admin.post('/api/users', {
      username: 'misplaced',
      displayName: '错位者',
      organisationId: gongan.id,
      roles: ['coordinator'],
    });
    expect(coordinator.body.error.details[0]).toEqual({
      field: 'roles',
      message: '法制协调员只能设在司法局，“柯城区公安局”是行政机关',
    });

    const missing = await admin.post('/api/users', {
      username: 'nowhere',
      displayName: '无处者',
      organisationId: '00000000-0000-4000-8000-000000000000',
      roles: ['clerk'],
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0].field).toBe('organisationId');

    const kecheng = await findOrgByName(db(), '柯城区人民政府');
    const org = await admin.post('/api/orgs', {
      parentId: kecheng.id,
      name: '柯城区已撤销局',
      kind: 'agency',
      regionCode: '330802',
    });
    expect((await admin.post(`/api/orgs/${org.body.id}/disable`, { version: org.body.version })).status).toBe(
      200,
    );
    const afterSetup = await lastAuditId(db());
    const disabledOrg = await admin.post('/api/users', {
      username: 'nowhere',
      displayName: '无处者',
      organisationId: org.body.id,
      roles: ['clerk'],
    });
    expect(disabledOrg.status).toBe(400);
    expect(disabledOrg.body.error.details[0]).toEqual({
      field: 'organisationId',
      message: '机构“柯城区已撤销局”已停用，不能设立账户',
    });
    expect(await auditRowsAfter(db(), afterSetup)).toHaveLength(0);
    expect((await auditRowsAfter(db(), before)).map((r) => r.event)).toEqual(['org.created', 'org.disabled']);

    const court = await findOrgByName(db(), '柯城区人民法院');
    const placed = await createAccount(admin, {
      username: 'kecheng-court',
      displayName: '法院联络',
      organisationId: court.id,
      roles: ['court-liaison'],
    });
    const moved = await admin.put(`/api/users/${placed.user.id}`, {
      displayName: '法院联络',
      organisationId: gongan.id,
      version: placed.user.version,
    });
    expect(moved.status).toBe(400);
    expect(moved.body.error.details[0].field).toBe('organisationId');
    expect(moved.body.error.message).toContain('法院联络员只能设在人民法院');
  });

  it('edits name and organisation with optimistic concurrency, audited once', async () => {
    const admin = await t.login('sysadmin');
    const gongan = await findOrgByName(db(), '柯城区公安局');
    const zhujian = await findOrgByName(db(), '柯城区住房和城乡建设局');
    const { user } = await createAccount(admin, {
      username: 'lina',
      displayName: '李娜',
      organisationId: gongan.id,
      roles: ['clerk', 'head'],
    });
    const before = await lastAuditId(db());
    const first = await admin.put(`/api/users/${user.id}`, {
      displayName: '李娜娜',
      organisationId: zhujian.id,
      version: user.version,
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      displayName: '李娜娜',
      organisation: { name: '柯城区住房和城乡建设局' },
      version: user.version + 1,
    });
    const stale = await admin.put(`/api/users/${user.id}`, {
      displayName: '另一个名字',
      organisationId: gongan.id,
      version: user.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');
    expect(stale.body.error.message).toContain('已被他人修改');
    const rows = await auditRowsAfter(db(), before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ event: 'user.updated', targetId: user.id });
    expect(rows[0]!.before).toMatchObject({ displayName: '李娜', organisationId: gongan.id });
    expect(rows[0]!.after).toMatchObject({ displayName: '李娜娜', organisationId: zhujian.id });
  });
});

describe('roles (三员分立)', () => {
  it('keeps administrator roles with the security administrator', async () => {
    const admin = await t.login('sysadmin');
    const cityLegal = await findOrgByName(db(), '衢州市司法局');
    const before = await lastAuditId(db());
    const refused = await admin.post('/api/users', {
      username: 'newsec',
      displayName: '新安全员',
      organisationId: cityLegal.id,
      roles: ['secadmin'],
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'FORBIDDEN', message: '您无权授予“安全管理员”角色' });
    expect(await auditRowsAfter(db(), before)).toHaveLength(0);

    const { user, temporaryPassword } = await createAccount(admin, {
      username: 'newsec',
      displayName: '新安全员',
      organisationId: cityLegal.id,
      roles: ['clerk'],
    });
    const target = t.anonymous();
    expect((await target.login('newsec', temporaryPassword)).status).toBe(200);
    expect((await admin.put(`/api/users/${user.id}/roles`, { roles: ['secadmin'], version: 1 })).status).toBe(
      403,
    );

    const secadmin = await t.login('secadmin');
    const both = await secadmin.put(`/api/users/${user.id}/roles`, {
      roles: ['sysadmin', 'auditor'],
      version: user.version,
    });
    expect(both.status).toBe(400);
    expect(both.body.error.details[0].field).toBe('roles');
    expect(both.body.error.message).toContain('三员分立');
    const mixed = await secadmin.put(`/api/users/${user.id}/roles`, {
      roles: ['secadmin', 'clerk'],
      version: user.version,
    });
    expect(mixed.status).toBe(400);
    expect(mixed.body.error.details[0]).toEqual({
      field: 'roles',
      message: '安全管理员是管理员角色（三员分立），不能同时担任业务角色',
    });

    const auditBefore = await lastAuditId(db());
    const granted = await secadmin.put(`/api/users/${user.id}/roles`, {
      roles: ['secadmin'],
      version: user.version,
    });
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ roles: ['secadmin'], version: user.version + 1 });
    const rows = await auditRowsAfter(db(), auditBefore);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      event: 'user.roles.assigned',
      actorName: 'secadmin',
      targetId: user.id,
      before: { roles: ['clerk'] },
      after: { roles: ['secadmin'] },
    });
    // The new administrator signs in again to work with the new role.
    expect((await target.get('/api/auth/me')).status).toBe(401);

    const stale = await secadmin.put(`/api/users/${user.id}/roles`, {
      roles: ['auditor'],
      version: user.version,
    });
    expect(stale.status).toBe(409);
    const secadminRow = await findUserByUsername(db(), 'secadmin');
    const own = await secadmin.put(`/api/users/${secadminRow!.id}/roles`, {
      roles: ['auditor'],
      version: secadminRow!.version,
    });
    expect(own.status).toBe(403);
    expect(own.body.error.message).toBe('不能修改自己的角色');
    // A system administrator cannot take an administrator role away either.
    expect((await admin.get(`/api/users/${user.id}`)).body.abilities.assignRoles).toBe(false);
  });

  it('checks a role change against the organisation kind', async () => {
    const secadmin = await t.login('secadmin');
    const clerk = await findUserByUsername(db(), 'kecheng-clerk');
    const misplaced = await secadmin.put(`/api/users/${clerk!.id}/roles`, {
      roles: ['court-liaison'],
      version: clerk!.version,
    });
    expect(misplaced.status).toBe(400);
    expect(misplaced.body.error.details[0].field).toBe('roles');
    expect(misplaced.body.error.message).toContain('法院联络员只能设在人民法院');
  });
});
