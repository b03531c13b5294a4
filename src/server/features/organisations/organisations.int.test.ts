import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsAfter, findOrgByName, lastAuditId } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('organisation tree', () => {
  it('shows a coordinator the roots of their region only, with abilities', async () => {
    const coordinator = await t.login('kecheng-coordinator');
    const roots = await coordinator.get('/api/orgs');
    expect(roots.status).toBe(200);
    expect(roots.body.items.map((o: { name: string }) => o.name)).toEqual(['柯城区人民政府']);
    expect(roots.body.items[0].abilities).toEqual({
      update: false,
      move: false,
      disable: false,
      enable: false,
      createChild: false,
    });
    expect(roots.body.items[0].hasChildren).toBe(true);
    const children = await coordinator.get(`/api/orgs?parentId=${roots.body.items[0].id}`);
    expect(children.body.total).toBe(10);
    expect(children.body.items.every((o: { hasChildren: boolean }) => o.hasChildren === false)).toBe(true);
    const qujiang = await findOrgByName(t.database.db, '衢江区人民政府');
    expect((await coordinator.get(`/api/orgs/${qujiang.id}`)).status).toBe(404);
  });

  it('lets the system administrator create an agency under 柯城区, audited once', async () => {
    const admin = await t.login('sysadmin');
    const kecheng = await findOrgByName(t.database.db, '柯城区人民政府');
    const before = await lastAuditId(t.database.db);
    const created = await admin.post('/api/orgs', {
      parentId: kecheng.id,
      name: '柯城区应急管理局',
      kind: 'agency',
      regionCode: '330802',
      uscc: '11330802MB12345670', // check character should not be 0
    });
    expect(created.status).toBe(400);
    expect(created.body.error.details[0]).toMatchObject({ field: 'uscc' });
    expect(created.body.error.message).toContain('校验位');
    expect(await auditRowsAfter(t.database.db, before)).toHaveLength(0);

    const ok = await admin.post('/api/orgs', {
      parentId: kecheng.id,
      name: '柯城区应急管理局',
      kind: 'agency',
      regionCode: '330802',
    });
    expect(ok.status).toBe(201);
    expect(ok.body.abilities.update).toBe(true);
    const rows = await auditRowsAfter(t.database.db, before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ event: 'org.created', actorName: 'sysadmin', targetId: ok.body.id });
    expect(rows[0]!.after).toMatchObject({ name: '柯城区应急管理局', regionCode: '330802' });
  });

  it('rejects a region outside the parent and a conflicting version', async () => {
    const admin = await t.login('sysadmin');
    const kecheng = await findOrgByName(t.database.db, '柯城区人民政府');
    const wrong = await admin.post('/api/orgs', {
      parentId: kecheng.id,
      name: '某局',
      kind: 'agency',
      regionCode: '330803',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.details[0].field).toBe('regionCode');

    const org = await findOrgByName(t.database.db, '柯城区市场监督管理局');
    const first = await admin.put(`/api/orgs/${org.id}`, {
      name: '柯城区市场监管局',
      regionCode: '330802',
      uscc: null,
      version: org.version,
    });
    expect(first.status).toBe(200);
    const second = await admin.put(`/api/orgs/${org.id}`, {
      name: '柯城区市场监督管理局（新）',
      regionCode: '330802',
      uscc: null,
      version: org.version,
    });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('CONFLICT');
  });

  it('moves a subtree and refuses to disable a unit with accounts', async () => {
    const admin = await t.login('sysadmin');
    const town = await findOrgByName(t.database.db, '航埠镇');
    const qujiang = await findOrgByName(t.database.db, '衢江区人民政府');
    const refused = await admin.post(`/api/orgs/${town.id}/move`, {
      parentId: qujiang.id,
      version: town.version,
    });
    expect(refused.status).toBe(400); // 330802 is not within 衢江区 330803
    const city = await findOrgByName(t.database.db, '衢州市人民政府');
    const kecheng = await findOrgByName(t.database.db, '柯城区人民政府');
    const self = await admin.post(`/api/orgs/${city.id}/move`, {
      parentId: kecheng.id,
      version: city.version,
    });
    expect(self.body.error.message).toContain('下属机构');

    const ziran = await findOrgByName(t.database.db, '柯城区自然资源和规划局');
    const disable = await admin.post(`/api/orgs/${ziran.id}/disable`, { version: ziran.version });
    expect(disable.status).toBe(409);
    expect(disable.body.error.message).toContain('启用的账户');
  });
});
