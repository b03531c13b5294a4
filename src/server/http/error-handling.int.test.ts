import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient } from '../test/test-app';
import { buildApp } from './app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('errors reaching the client', () => {
  it('answers malformed JSON with a Chinese validation error', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "sysadmin", ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '请求体不是有效的 JSON',
    });
  });

  it('names the field of a fallback message in Chinese, never in English', async () => {
    const admin = await t.login('sysadmin');
    const response = await admin.post('/api/orgs', { parentId: null, name: '某机构', kind: 'agency' });
    expect(response.status).toBe(400);
    expect(response.body.error.details).toContainEqual({
      field: 'regionCode',
      message: '请填写行政区划代码',
    });
    const enumResponse = await admin.post('/api/orgs', {
      parentId: null,
      name: '某机构',
      kind: 'ministry',
      regionCode: '330800',
    });
    expect(enumResponse.body.error.message).toBe('填写的内容有误：机构类型无效，请从列表中选择');
    expect(JSON.stringify(enumResponse.body)).not.toContain('ministry');
    const generic = await admin.post('/api/orgs', [1, 2]);
    expect(generic.status).toBe(400);
    expect(generic.body.error.message).toBe('填写的内容有误：请求：应为对象');
  });

  it('answers unknown API routes with a JSON 404 naming the route', async () => {
    const response = await t.anonymous().get('/api/nothing-here?x=1');
    expect(response.status).toBe(404);
    expect(response.body.error).toMatchObject({
      code: 'NOT_FOUND',
      message: '接口不存在：GET /api/nothing-here',
    });
  });

  it('turns an unexpected failure into INTERNAL without SQL or stack', async () => {
    const app = await buildApp({ database: t.database, clock: t.clock, config: t.app.config });
    app.get('/api/__boom', { config: { access: 'public' } }, async () => {
      await t.database.db.execute(sql`SELECT * FROM no_such_table`);
    });
    const response = await new TestClient(app).get('/api/__boom');
    await app.close();
    expect(response.status).toBe(500);
    expect(response.body.error.code).toBe('INTERNAL');
    expect(response.body.error.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(response.body)).not.toMatch(/SELECT|no_such_table|at .*\.ts/);
  });
});
