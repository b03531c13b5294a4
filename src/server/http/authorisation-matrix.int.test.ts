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
import { apiTokens, courtJurisdictions, users } from '../db/schema';
import { findOrgByName, makeUser } from '../test/factories';
import { createTestApp, DEMO_PASSWORD, type TestApp } from '../test/test-app';
import { ASSESSMENT_MATRIX, makeAssessmentTargets } from './authorisation-matrix.assessment';
import { BULLETINS_MATRIX, makeBulletinTargets } from './authorisation-matrix.bulletins';
import { CASE_MATRIX, makeTargetCase } from './authorisation-matrix.cases';
import { DASHBOARD_MATRIX } from './authorisation-matrix.dashboard';
import { EXCHANGE_MATRIX, makeExchangeTargets } from './authorisation-matrix.exchange';
import { FILES_MATRIX, makeFileTargets } from './authorisation-matrix.files';
import { INDICATORS_MATRIX } from './authorisation-matrix.indicators';
import { makePeriodicReportTargets, PERIODIC_REPORTS_MATRIX } from './authorisation-matrix.periodic-reports';
import { makeSuggestionTargets, SUGGESTIONS_MATRIX } from './authorisation-matrix.suggestions';

type Actor = { username: string; role: Role; own: string; foreign: string };
type Target = {
  orgId: string;
  orgName: string;
  userId: string;
  userRoles: Role[];
  tokenId: string;
  parentForMove: string;
  caseId: string;
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
const COURT_READERS: Role[] = ['sysadmin', 'coordinator', 'clerk', 'head', 'court-liaison', 'leader'];
// Courts, mappings and the calendar are reference data of the whole system: no own/foreign.
const reference = { courtId: '', jurisdictionId: '' };
const LONGYOU_COURT = {
  courtCode: '浙0825',
  systemCode: null,
  level: 'basic',
  regionCode: '330825',
  effectiveFrom: null,
  obsoleteFrom: null,
};
const PUBLIC = 'public' as const;

type Expectation = { own: Role[]; foreign: Role[] } | typeof PUBLIC;
const both = (roles: Role[]) => ({ own: roles, foreign: roles });

interface Case {
  expect: Expectation;
  request(target: Target, n: number): { method: 'GET' | 'POST' | 'PUT'; url: string; body?: unknown };
}

const MATRIX: Record<string, Case> = {
  ...CASE_MATRIX,
  ...FILES_MATRIX,
  ...EXCHANGE_MATRIX,
  ...BULLETINS_MATRIX,
  ...SUGGESTIONS_MATRIX,
  ...INDICATORS_MATRIX,
  ...PERIODIC_REPORTS_MATRIX,
  ...ASSESSMENT_MATRIX,
  ...DASHBOARD_MATRIX,
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

  'GET /api/courts': { expect: both(COURT_READERS), request: () => ({ method: 'GET', url: '/api/courts' }) },
  'GET /api/courts/unregistered': {
    expect: both(['sysadmin']),
    request: () => ({ method: 'GET', url: '/api/courts/unregistered' }),
  },
  // Already registered: DUPLICATE.
  'POST /api/courts': {
    expect: both(['sysadmin']),
    request: () => ({
      method: 'POST',
      url: '/api/courts',
      body: { ...LONGYOU_COURT, organisationId: reference.courtId },
    }),
  },
  // Stale previous values: CONFLICT.
  'PUT /api/courts/:organisationId': {
    expect: both(['sysadmin']),
    request: () => ({
      method: 'PUT',
      url: `/api/courts/${reference.courtId}`,
      body: { ...LONGYOU_COURT, previous: { ...LONGYOU_COURT, systemCode: '000000' } },
    }),
  },
  'GET /api/courts/jurisdictions': {
    expect: both(COURT_READERS),
    request: () => ({ method: 'GET', url: '/api/courts/jurisdictions?regionCode=330802' }),
  },
  // Overlaps the seeded mapping: refused with 400.
  'POST /api/courts/jurisdictions': {
    expect: both(['sysadmin']),
    request: () => ({
      method: 'POST',
      url: '/api/courts/jurisdictions',
      body: {
        courtId: reference.courtId,
        regionCode: '330802',
        caseScope: 'administrative-first-instance',
        effectiveFrom: '2026-01-01',
        basis: '矩阵测试的管辖安排',
      },
    }),
  },
  // An end before the start: refused with 400.
  'POST /api/courts/jurisdictions/:id/end': {
    expect: both(['sysadmin']),
    request: () => ({
      method: 'POST',
      url: `/api/courts/jurisdictions/${reference.jurisdictionId}/end`,
      body: { effectiveTo: '2000-01-01' },
    }),
  },
  'GET /api/courts/propose': {
    expect: both(COURT_READERS),
    request: () => ({ method: 'GET', url: '/api/courts/propose?regionCode=330802&date=2026-03-05' }),
  },

  'GET /api/calendar/years': {
    expect: both(EVERYONE),
    request: () => ({ method: 'GET', url: '/api/calendar/years' }),
  },
  'GET /api/calendar/years/:year': {
    expect: both(EVERYONE),
    request: () => ({ method: 'GET', url: '/api/calendar/years/2026' }),
  },
  // Stale version: CONFLICT.
  'PUT /api/calendar/years/:year': {
    expect: both(['sysadmin']),
    request: () => ({
      method: 'PUT',
      url: '/api/calendar/years/2026',
      body: {
        days: [{ date: '2026-01-01', name: '元旦', isOffDay: true }],
        notice: '矩阵测试通知',
        version: 999,
      },
    }),
  },
  'GET /api/calendar/rules': {
    expect: both(EVERYONE),
    request: () => ({ method: 'GET', url: '/api/calendar/rules' }),
  },
  'GET /api/calendar/deadline': {
    expect: both(EVERYONE),
    request: () => ({
      method: 'GET',
      url: '/api/calendar/deadline?ruleId=litigation.defence&trigger=2026-03-05',
    }),
  },

  'GET /api/dictionaries/:kind': {
    expect: both(EVERYONE),
    request: () => ({ method: 'GET', url: '/api/dictionaries/cause' }),
  },
  // A new entry under an existing code: DUPLICATE.
  'PUT /api/dictionaries/:kind/:code': {
    expect: both(['sysadmin']),
    request: () => ({
      method: 'PUT',
      url: '/api/dictionaries/cause/penalty',
      body: { label: '行政处罚', sortOrder: 10, disabled: false, previous: null },
    }),
  },
  'POST /api/audit/verify': {
    expect: both(['auditor']),
    request: () => ({ method: 'POST', url: '/api/audit/verify' }),
  },
  'GET /api/notifications': {
    expect: both(['coordinator', 'clerk', 'head', 'court-liaison', 'leader']),
    request: () => ({ method: 'GET', url: '/api/notifications' }),
  },
  // A notice of no caller's organisation: 404 to business roles, 403 to administrators
  // (reading one's own: notifications.int.test.ts).
  'POST /api/notifications/:id/read': {
    expect: both([]),
    request: () => ({ method: 'POST', url: '/api/notifications/00000000-0000-4000-8000-000000000000/read' }),
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
  const caseId = await makeTargetCase(db, t.clock.now(), org);
  await makeFileTargets(db, { dataDir: t.app.config.dataDir!, now: t.clock.now(), caseId, orgId: org.id });
  await makeExchangeTargets(db, { now: t.clock.now(), orgId: org.id });
  await makeBulletinTargets(db, { dataDir: t.app.config.dataDir!, now: t.clock.now(), org });
  await makeSuggestionTargets(db, { dataDir: t.app.config.dataDir!, now: t.clock.now(), org });
  await makePeriodicReportTargets(db, { dataDir: t.app.config.dataDir!, now: t.clock.now(), org });
  await makeAssessmentTargets(db, t.clock.now());
  const target = {
    orgId: org.id,
    orgName,
    userId: user.id,
    userRoles,
    tokenId: token!.id,
    parentForMove: otherParent.id,
    caseId,
  };
  targets.set(orgName, target);
  return target;
}

const isThrough = (status: number) => status !== 401 && status !== 403 && status !== 404;

beforeAll(async () => {
  t = await createTestApp();
  const longyou = await findOrgByName(t.database.db, '龙游县人民法院');
  const [mapping] = await t.database.db
    .select()
    .from(courtJurisdictions)
    .where(eq(courtJurisdictions.courtId, longyou.id));
  reference.courtId = longyou.id;
  reference.jurisdictionId = mapping!.id;
});
afterAll(async () => t?.close());

describe('authorisation matrix', () => {
  it('covers every API endpoint the server registers', () => {
    expect([...new Set(t.app.apiRoutes)].sort()).toEqual(Object.keys(MATRIX).sort());
  });

  // One test per role, so that each stays well inside the time limit as endpoints are added.
  let n = 0;
  for (const actor of ACTORS) {
    it(`lets exactly the expected roles through: ${actor.username}, on own and foreign organisations`, async () => {
      const session = await t.login(actor.username);
      const mismatches: string[] = [];
      for (const [endpoint, spec] of Object.entries(MATRIX)) {
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
                : session;
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
      expect(mismatches).toEqual([]);
    });
  }

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
