// Who sees a case in the list and on its page, now that the scope is read from the
// case's denormalised scope_org_ids: a defendant's agency and region, the court's
// liaison, nobody else; and a subtree moved in the organisation tree carries its
// cases along (the ids are recomputed with the paths).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrgByName, makeUser } from '../../test/factories';
import { createTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let caseId: string;
const CASE_NUMBER = '（2026）浙0825行初88号';
const PASSWORDS: Record<string, string> = {
  'hangbu-clerk': 'Hangbu-Passw0rd!',
  'qujiang-coordinator': 'Qujiang-Passw0rd!',
};

async function listedNumbers(username: string, query = '') {
  const client = await t.login(username, PASSWORDS[username]);
  const response = await client.get(`/api/cases?pageSize=100${query}`);
  expect(response.status).toBe(200);
  return (response.body.items as { caseNumber: string }[]).map((c) => c.caseNumber);
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const town = await findOrgByName(db, '航埠镇');
  await makeUser(db, {
    organisationId: town.id,
    roles: ['clerk'],
    username: 'hangbu-clerk',
    password: 'Hangbu-Passw0rd!',
  });
  await makeUser(db, {
    organisationId: (await findOrgByName(db, '衢江区司法局')).id,
    roles: ['coordinator'],
    username: 'qujiang-coordinator',
    password: 'Qujiang-Passw0rd!',
  });
  const clerk = await t.login('kecheng-clerk');
  const registered = await clerk.post('/api/cases', {
    caseNumber: CASE_NUMBER,
    courtId: (await findOrgByName(db, '龙游县人民法院')).id,
    causeCode: 'expropriation',
    domainCode: 'housing-expropriation',
    subject: '柯城区自然资源和规划局作出的房屋征收补偿决定',
    claims: '撤销征收补偿决定',
    defendants: [{ organisationId: (await findOrgByName(db, '柯城区自然资源和规划局')).id }],
    plaintiffs: [{ kind: 'person', name: '周建平', idNumber: null }],
    thirdParties: [],
    service: { servedOn: '2026-10-28', manner: 'direct', signedBy: '李志强' },
  });
  expect(registered.status).toBe(201);
  caseId = registered.body.id;
});
afterAll(async () => t?.close());

describe('case scope', () => {
  it('shows the case to its agency, its county, its city and its court, and to no one else', async () => {
    for (const username of ['kecheng-clerk', 'kecheng-coordinator', 'city-leader', 'longyou-court']) {
      expect(await listedNumbers(username)).toContain(CASE_NUMBER);
      expect(await listedNumbers(username, `&q=${encodeURIComponent('周建平')}`)).toEqual([CASE_NUMBER]);
    }
    for (const username of ['qujiang-coordinator', 'hangbu-clerk']) {
      expect(await listedNumbers(username)).not.toContain(CASE_NUMBER);
      const page = await (await t.login(username, PASSWORDS[username])).get(`/api/cases/${caseId}`);
      expect(page.status).toBe(404);
    }
  });

  it('follows the defendant when its subtree moves in the organisation tree', async () => {
    const db = t.database.db;
    const admin = await t.login('sysadmin');
    const agency = await findOrgByName(db, '柯城区自然资源和规划局');
    const moved = await admin.post(`/api/orgs/${agency.id}/move`, {
      parentId: (await findOrgByName(db, '航埠镇')).id,
      version: agency.version,
    });
    expect(moved.status).toBe(200);
    // The town's clerk now holds the defendant in their subtree; the county still does.
    expect(await listedNumbers('hangbu-clerk')).toEqual([CASE_NUMBER]);
    expect(
      (await (await t.login('hangbu-clerk', PASSWORDS['hangbu-clerk'])).get(`/api/cases/${caseId}`)).status,
    ).toBe(200);
    expect(await listedNumbers('kecheng-coordinator')).toContain(CASE_NUMBER);
    expect(await listedNumbers('qujiang-coordinator')).not.toContain(CASE_NUMBER);
  });
});
