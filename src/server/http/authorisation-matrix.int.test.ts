// The authorisation matrix: every API endpoint × every role × a target in the
// caller's own organisation scope and one outside it, against the exact set of
// roles expected to get through. An endpoint missing here fails the test.
//
// A request "gets through" when it is not refused with 401, 403 or 404: the
// requests are written so that an authorised caller changes nothing (stale
// versions, duplicate names, already-revoked tokens), answering 2xx, 400 or 409.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/domain/permissions';
import { apiTokens, users } from '../db/schema';
import { findOrgByName, makeUser } from '../test/factories';
import { createTestApp, DEMO_PASSWORD, type TestApp, type TestClient } from '../test/test-app';

type Actor = { username: string; role: Role; own: string; foreign: string };
type Target = {
  orgId: string;
  orgName: string;
  userId: string;
  userRoles: Role[];
  tokenId: string;
  parentForMove: string;
};

// Own: an organisation inside the caller's scope; foreign: one outside it.
const ACTORS: Actor[] = [
  { username: 'sysadmin', role: 'sysadmin', own: '衢州市司法局', foreign: '龙游县人民法院' },
  { username: 'secadmin', role: 'secadmin', own: '衢州市司法局', foreign: '龙游县人民法院' },
  { username: 'auditor', role: 'auditor', own: '衢州市司法局', foreign: '龙游县人民法院' },
  {
    username: 'kecheng-coordinator',
    role: 'coordinator',
    own: '柯城区住房和城乡建设局',
    foreign: '衢江区住房和城乡建设局',
  },
  {
    username: 'kecheng-clerk',
    role: 'clerk',
    own: '柯城区自然资源和规划局',
    foreign: '柯城区住房和城乡建设局',
  },
  {
    username: 'kecheng-head',
    role: 'head',
    own: '柯城区自然资源和规划局',
    foreign: '衢江区自然资源和规划局',
  },
  { username: 'longyou-court', role: 'court-liaison', own: '龙游县人民法院', foreign: '柯城区人民法院' },
  { username: 'city-leader', role: 'leader', own: '龙游县公安局', foreign: '衢州市中级人民法院' },
];

const EVERYONE: Role[] = [
  'sysadmin',
  'secadmin',
  'auditor',
  'coordinator',
  'clerk',
  'head',
  'court-liaison',
  'leader',
];
const ORG_READERS: Role[] = ['sysadmin', 'coordinator', 'clerk', 'head', 'court-liaison', 'leader'];
const PUBLIC = 'public' as const;

type Expectation = { own: Role[]; foreign: Role[] } | typeof PUBLIC;
const both = (roles: Role[]) => ({ own: roles, foreign: roles });

interface Case {
  expect: Expectation;
  request(target: Target, n: number): { method: 'GET' | 'POST' | 'PUT'; url: string; body?: unknown };
}

const MATRIX: Record<string, Case> = {
  'GET /api/health': { expect: PUBLIC, request: () => ({ method: 'GET', url: '/api/health' }) },
  'GET /api/openapi.json': { expect: PUBLIC, request: () => ({ method: 'GET', url: '/api/openapi.json' }) },
  'POST /api/auth/login': {
    expect: PUBLIC,
    request: () => ({
      method: 'POST',
      url: '/api/auth/login',
      body: { username: 'city-leader', password: DEMO_PASSWORD },
    }),
  },
  'GET /api/auth/me': { expect: both(EVERYONE), request: () => ({ method: 'GET', url: '/api/auth/me' }) },
  'GET /api/auth/password-rules': {
    expect: both(EVERYONE),
    request: () => ({ method: 'GET', url: '/api/auth/password-rules' }),
  },
  'POST /api/auth/change-password': {
    expect: both(EVERYONE),
    request: () => ({
      method: 'POST',
      url: '/api/auth/change-password',
      body: { currentPassword: 'not-my-password', newPassword: 'Another-Passw0rd!' },
    }),
  },
  // Logout is exercised on a separate session, see below.
  'POST /api/auth/logout': {
    expect: both(EVERYONE),
    request: () => ({ method: 'POST', url: '/api/auth/logout' }),
  },

  'GET /api/orgs': {
    expect: { own: ORG_READERS, foreign: ['sysadmin'] },
    request: (t) => ({ method: 'GET', url: `/api/orgs?parentId=${t.orgId}` }),
  },
  'GET /api/orgs/:id': {
    expect: { own: ORG_READERS, foreign: ['sysadmin'] },
    request: (t) => ({ method: 'GET', url: `/api/orgs/${t.orgId}` }),
  },
  'POST /api/orgs': {
    expect: both(['sysadmin']),
    request: (t, n) => ({
      method: 'POST',
      url: '/api/orgs',
      body: { parentId: t.orgId, name: `矩阵测试科${n}`, kind: 'other', regionCode: '330825' },
    }),
  },
  'PUT /api/orgs/:id': {
    expect: both(['sysadmin']),
    request: (t) => ({
      method: 'PUT',
      url: `/api/orgs/${t.orgId}`,
      body: { name: t.orgName, regionCode: '330800', uscc: null, version: 999 },
    }),
  },
  'POST /api/orgs/:id/move': {
    expect: both(['sysadmin']),
    request: (t) => ({
      method: 'POST',
      url: `/api/orgs/${t.orgId}/move`,
      body: { parentId: t.parentForMove, version: 999 },
    }),
  },
  'POST /api/orgs/:id/disable': {
    expect: both(['sysadmin']),
    request: (t) => ({ method: 'POST', url: `/api/orgs/${t.orgId}/disable`, body: { version: 999 } }),
  },
  'POST /api/orgs/:id/enable': {
    expect: both(['sysadmin']),
    request: (t) => ({ method: 'POST', url: `/api/orgs/${t.orgId}/enable`, body: { version: 999 } }),
  },

  'GET /api/users': {
    expect: both(['sysadmin', 'secadmin']),
    request: (t) => ({ method: 'GET', url: `/api/users?organisationId=${t.orgId}` }),
  },
  'GET /api/users/:id': {
    expect: both(['sysadmin', 'secadmin']),
    request: (t) => ({ method: 'GET', url: `/api/users/${t.userId}` }),
  },
  'POST /api/users': {
    expect: both(['sysadmin']),
    request: (t) => ({
      method: 'POST',
      url: '/api/users',
      body: { username: 'kecheng-clerk', displayName: '重名用户', organisationId: t.orgId, roles: ['clerk'] },
    }),
  },
  'PUT /api/users/:id': {
    expect: both(['sysadmin']),
    request: (t) => ({
      method: 'PUT',
      url: `/api/users/${t.userId}`,
      body: { displayName: '矩阵用户', organisationId: t.orgId, version: 999 },
    }),
  },
  'POST /api/users/:id/disable': {
    expect: both(['sysadmin']),
    request: (t) => ({ method: 'POST', url: `/api/users/${t.userId}/disable`, body: { version: 999 } }),
  },
  'POST /api/users/:id/enable': {
    expect: both(['sysadmin']),
    request: (t) => ({ method: 'POST', url: `/api/users/${t.userId}/enable`, body: { version: 999 } }),
  },
  'POST /api/users/:id/reset-password': {
    expect: both(['sysadmin']),
    request: (t) => ({
      method: 'POST',
      url: `/api/users/${t.userId}/reset-password`,
      body: { version: 999 },
    }),
  },
  'POST /api/users/:id/unlock': {
    expect: both(['secadmin']),
    request: (t) => ({ method: 'POST', url: `/api/users/${t.userId}/unlock`, body: { version: 999 } }),
  },
  'PUT /api/users/:id/roles': {
    expect: both(['secadmin']),
    request: (t) => ({
      method: 'PUT',
      url: `/api/users/${t.userId}/roles`,
      body: { roles: t.userRoles, version: 999 },
    }),
  },

  'GET /api/tokens': { expect: both(['sysadmin']), request: () => ({ method: 'GET', url: '/api/tokens' }) },
  'POST /api/tokens': {
    expect: both(['sysadmin']),
    request: (t, n) => ({
      method: 'POST',
      url: '/api/tokens',
      body: { name: `矩阵令牌${n}`, organisationId: t.orgId, permissions: ['org.read'] },
    }),
  },
  'POST /api/tokens/:id/revoke': {
    expect: both(['sysadmin']),
    request: (t) => ({ method: 'POST', url: `/api/tokens/${t.tokenId}/revoke`, body: {} }),
  },

  'GET /api/security-policy': {
    expect: both(['secadmin']),
    request: () => ({ method: 'GET', url: '/api/security-policy' }),
  },
  'PUT /api/security-policy': {
    expect: both(['secadmin']),
    request: () => ({
      method: 'PUT',
      url: '/api/security-policy',
      body: {
        passwordMinLength: 10,
        passwordMinCharClasses: 3,
        passwordForbidUsername: true,
        maxFailedLogins: 5,
        failureWindowMinutes: 15,
        lockoutMinutes: 0,
        sessionIdleMinutes: 30,
        sessionAbsoluteHours: 12,
        version: 999,
      },
    }),
  },

  'GET /api/audit': { expect: both(['auditor']), request: () => ({ method: 'GET', url: '/api/audit' }) },
  'POST /api/audit/verify': {
    expect: both(['auditor']),
    request: () => ({ method: 'POST', url: '/api/audit/verify' }),
  },
};

let t: TestApp;
const targets = new Map<string, Target>();

async function targetFor(orgName: string): Promise<Target> {
  const cached = targets.get(orgName);
  if (cached) return cached;
  const { db } = t.database;
  const org = await findOrgByName(db, orgName);
  const userRoles: Role[] = org.kind === 'court' ? ['court-liaison'] : ['clerk'];
  const user = await makeUser(db, { organisationId: org.id, roles: userRoles });
  const creator = await db.select().from(users).where(eq(users.username, 'sysadmin'));
  const [token] = await db
    .insert(apiTokens)
    .values({
      name: `已吊销${orgName}`,
      organisationId: org.id,
      permissions: ['org.read'],
      tokenHash: `revoked-${org.id}`,
      prefix: 'fyt_xxxx',
      createdBy: creator[0]!.id,
      createdAt: t.clock.now(),
      revokedAt: t.clock.now(),
    })
    .returning();
  const otherParent = await findOrgByName(db, org.kind === 'court' ? '衢州市中级人民法院' : '衢州市人民政府');
  const target = {
    orgId: org.id,
    orgName,
    userId: user.id,
    userRoles,
    tokenId: token!.id,
    parentForMove: otherParent.id,
  };
  targets.set(orgName, target);
  return target;
}

const isThrough = (status: number) => status !== 401 && status !== 403 && status !== 404;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('authorisation matrix', () => {
  it('covers every API endpoint the server registers', () => {
    expect([...new Set(t.app.apiRoutes)].sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it('lets exactly the expected roles through, on their own and on foreign organisations', async () => {
    const clients = new Map<string, TestClient>();
    for (const actor of ACTORS) clients.set(actor.username, await t.login(actor.username));
    const mismatches: string[] = [];
    let n = 0;
    for (const [endpoint, spec] of Object.entries(MATRIX)) {
      for (const actor of ACTORS) {
        for (const side of ['own', 'foreign'] as const) {
          n++;
          const target = await targetFor(actor[side]);
          const { method, url, body } = spec.request(target, n);
          // Logging in or out would replace or end the shared session: use a client of its own.
          const client =
            endpoint === 'POST /api/auth/logout'
              ? await t.login(actor.username)
              : endpoint === 'POST /api/auth/login'
                ? t.anonymous()
                : clients.get(actor.username)!;
          const response = await client.request(method, url, body);
          expect(
            response.status,
            `${endpoint} as ${actor.username}: ${JSON.stringify(response.body)}`,
          ).toBeLessThan(500);
          const expected = spec.expect === PUBLIC ? true : spec.expect[side].includes(actor.role);
          if (isThrough(response.status) !== expected) {
            mismatches.push(
              `${endpoint} as ${actor.username} (${side}): expected ${expected ? 'through' : 'refused'}, got ${response.status} ${JSON.stringify(response.body?.error?.code ?? '')}`,
            );
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses every non-public endpoint to an anonymous caller with 401', async () => {
    const target = await targetFor('衢州市司法局');
    for (const [endpoint, spec] of Object.entries(MATRIX)) {
      const { method, url, body } = spec.request(target, 0);
      const response = await t.anonymous().request(method, url, body);
      if (spec.expect === PUBLIC) expect(isThrough(response.status), endpoint).toBe(true);
      else expect(response.status, endpoint).toBe(401);
    }
  });
});
