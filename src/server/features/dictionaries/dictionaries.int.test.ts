import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowsAfter, lastAuditId } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const db = () => t.database.db;
const labels = (body: { items: { label: string }[] }) => body.items.map((e) => e.label);

describe('案由 and 管理领域 dictionaries', () => {
  it('lists the defaults by sort order to every signed-in user', async () => {
    const clerk = await t.login('kecheng-clerk');
    const causes = await clerk.get('/api/dictionaries/cause');
    expect(causes.status).toBe(200);
    expect(causes.body.items).toHaveLength(14);
    expect(causes.body.items[0]).toEqual({
      kind: 'cause',
      code: 'penalty',
      label: '行政处罚',
      sortOrder: 10,
      disabled: false,
    });
    expect(labels(causes.body).at(-1)).toBe('其他');
    expect(causes.body.abilities).toEqual({ manage: false });
    const domains = await clerk.get('/api/dictionaries/domain');
    expect(labels(domains.body).slice(0, 2)).toEqual(['城乡建设', '房屋征收']);
    const unknown = await clerk.get('/api/dictionaries/flags');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0]).toEqual({
      field: 'kind',
      message: '字典类别应为 cause（案由）或 domain（管理领域）',
    });
  });

  it('adds, renames and disables entries, audited, refusing stale and duplicate writes', async () => {
    const admin = await t.login('sysadmin');
    const before = await lastAuditId(db());
    const entry = { label: '土地征收', sortOrder: 45, disabled: false };

    const badCode = await admin.put('/api/dictionaries/cause/Land_Taking', { ...entry, previous: null });
    expect(badCode.status).toBe(400);
    expect(badCode.body.error.details[0]).toEqual({
      field: 'code',
      message: '代码应为2–40位小写字母、数字或连字符，并以字母开头，如 information-disclosure',
    });
    const badOrder = await admin.put('/api/dictionaries/cause/land-taking', {
      ...entry,
      sortOrder: -1,
      previous: null,
    });
    expect(badOrder.status).toBe(400);
    expect(badOrder.body.error.details[0]).toEqual({ field: 'sortOrder', message: '排序号不能小于0' });
    const sameLabel = await admin.put('/api/dictionaries/cause/land-taking', {
      ...entry,
      label: '行政处罚',
      previous: null,
    });
    expect(sameLabel.status).toBe(409);
    expect(sameLabel.body.error).toMatchObject({
      code: 'DUPLICATE',
      message: '案由“行政处罚”已存在（代码 penalty）',
    });

    const created = await admin.put('/api/dictionaries/cause/land-taking', { ...entry, previous: null });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ kind: 'cause', code: 'land-taking', ...entry });
    const twice = await admin.put('/api/dictionaries/cause/land-taking', { ...entry, previous: null });
    expect(twice.status).toBe(409);
    expect(twice.body.error).toMatchObject({
      code: 'DUPLICATE',
      message: '案由代码“land-taking”已存在，请刷新后编辑该项',
    });

    const renamed = await admin.put('/api/dictionaries/cause/land-taking', {
      ...entry,
      label: '土地征收补偿',
      previous: entry,
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.label).toBe('土地征收补偿');
    // Another administrator still holding the old values: refused, the rename stays.
    const stale = await admin.put('/api/dictionaries/cause/land-taking', {
      ...entry,
      disabled: true,
      previous: entry,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'CONFLICT',
      message: '案由“土地征收补偿”已被他人修改，请刷新后重试',
    });

    const disabled = await admin.put('/api/dictionaries/cause/land-taking', {
      ...entry,
      label: '土地征收补偿',
      disabled: true,
      previous: { ...entry, label: '土地征收补偿' },
    });
    expect(disabled.status).toBe(200);
    expect(labels((await admin.get('/api/dictionaries/cause')).body)).not.toContain('土地征收补偿');
    const all = await admin.get('/api/dictionaries/cause?includeDisabled=true');
    expect(labels(all.body)).toContain('土地征收补偿');
    expect(all.body.abilities).toEqual({ manage: true });

    const rows = await auditRowsAfter(db(), before);
    expect(rows.map((r) => r.event)).toEqual(['dictionary.saved', 'dictionary.saved', 'dictionary.saved']);
    expect(rows[0]).toMatchObject({
      targetType: 'dictionary',
      targetId: 'cause:land-taking',
      targetLabel: '案由：土地征收',
      before: null,
      after: entry,
    });
    expect(rows[2]).toMatchObject({
      before: { label: '土地征收补偿', disabled: false },
      after: { label: '土地征收补偿', disabled: true },
    });

    const coordinator = await t.login('kecheng-coordinator');
    const refused = await coordinator.put('/api/dictionaries/domain/tax', {
      label: '税务',
      sortOrder: 130,
      disabled: false,
      previous: null,
    });
    expect(refused.status).toBe(403);
  });
});
