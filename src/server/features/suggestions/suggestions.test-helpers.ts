// Shared set-up of the suggestions register's integration tests: a fresh app
// with the demo locality, the accounts the tests act as, and the ids of the
// organisations they name.
import { expect } from 'vitest';
import { findOrgByName, makeUser } from '../../test/factories';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';

export interface SuggestionsTest {
  t: TestApp;
  court: TestClient;
  coordinator: TestClient;
  clerk: TestClient;
  leader: TestClient;
  qujiang: TestClient;
  zhujian: TestClient;
  kechengCourt: TestClient;
  shichang: TestClient;
  ids: Record<string, string>;
}

export async function setUpSuggestionsTest(): Promise<SuggestionsTest> {
  const t = await createTestApp();
  const db = t.database.db;
  const ids: Record<string, string> = {};
  for (const [key, name] of Object.entries({
    ziran: '柯城区自然资源和规划局',
    zhujian: '柯城区住房和城乡建设局',
    shichang: '柯城区市场监督管理局',
    kechengSifa: '柯城区司法局',
    kechengGov: '柯城区人民政府',
    qujiangZiran: '衢江区自然资源和规划局',
    longyouCourt: '龙游县人民法院',
    kechengCourt: '柯城区人民法院',
  })) {
    ids[key] = (await findOrgByName(db, name)).id;
  }
  const users: [string, string, 'coordinator' | 'clerk' | 'court-liaison', string][] = [
    ['qujiang-coordinator', (await findOrgByName(db, '衢江区司法局')).id, 'coordinator', 'Qujiang-Passw0rd!'],
    ['zhujian-clerk', ids.zhujian!, 'clerk', 'Zhujian-Passw0rd!'],
    ['kecheng-court', ids.kechengCourt!, 'court-liaison', 'Kecheng-Passw0rd!'],
    ['shichang-clerk', ids.shichang!, 'clerk', 'Shichang-Passw0rd!'],
  ];
  for (const [username, organisationId, role, password] of users) {
    await makeUser(db, { organisationId, roles: [role], username, password });
  }
  return {
    t,
    ids,
    court: await t.login('longyou-court'),
    coordinator: await t.login('kecheng-coordinator'),
    clerk: await t.login('kecheng-clerk'),
    leader: await t.login('city-leader'),
    qujiang: await t.login('qujiang-coordinator', 'Qujiang-Passw0rd!'),
    zhujian: await t.login('zhujian-clerk', 'Zhujian-Passw0rd!'),
    kechengCourt: await t.login('kecheng-court', 'Kecheng-Passw0rd!'),
    shichang: await t.login('shichang-clerk', 'Shichang-Passw0rd!'),
  };
}

/** A judicial suggestion of 龙游县人民法院 to 柯城区自然资源和规划局, served 2026-09-10. */
export function judicialTo(addresseeOrgId: string, overrides: Record<string, unknown> = {}) {
  return {
    kind: 'judicial',
    addresseeOrgId,
    title: '关于规范房屋征收补偿程序的司法建议',
    content: '在审理中发现，贵单位作出补偿决定前未依法送达评估报告。建议完善程序。',
    issuedOn: '2026-09-08',
    servedOn: '2026-09-10',
    ...overrides,
  };
}

export async function issue(client: TestClient, body: Record<string, unknown>) {
  const response = await client.post('/api/suggestions', body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}
