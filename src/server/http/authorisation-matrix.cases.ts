// The case register's rows of the authorisation matrix (see
// authorisation-matrix.int.test.ts): each case endpoint against a case whose
// defendant (or court) lies in the caller's scope, and one outside it. Bodies
// are valid, so that a refused call is refused for who is calling, and an
// allowed one changes nothing (stale version 999).
import type { Role } from '../../shared/domain/permissions';
import { permissionsOf } from '../../shared/domain/permissions';
import type { Db } from '../db/client';
import { organisations } from '../db/schema';
import { registerCase } from '../features/cases/register-case';
import { SYSTEM_AUDIT_CONTEXT } from './principal';

type Expectation = { own: Role[]; foreign: Role[] };
interface CaseTarget {
  orgId: string;
  caseId: string;
}
interface Entry {
  expect: Expectation;
  request(target: CaseTarget, n: number): { method: 'GET' | 'POST' | 'PUT'; url: string; body?: unknown };
}

const READERS: Role[] = ['coordinator', 'clerk', 'head', 'court-liaison', 'leader'];
const RECORDERS: Role[] = ['coordinator', 'clerk', 'head'];
const CORRECTORS: Role[] = ['coordinator', 'clerk'];
const own = (roles: Role[]): Expectation => ({ own: roles, foreign: [] });

const STEP_BODIES: Record<string, (t: CaseTarget) => Record<string, unknown>> = {
  service: () => ({ servedOn: '2026-10-01', manner: 'direct' }),
  head: () => ({ name: '林国庆', post: '局长', countsAsHead: true }),
  defence: () => ({ submittedOn: '2026-10-02' }),
  report: () => ({ reportedOn: '2026-10-02' }),
  hearings: () => ({ scheduledAt: '2026-12-01T09:00:00+08:00' }),
  'hearing-cancellation': () => ({ hearingEventId: 1, reason: '法院改期' }),
  appearances: (t) => ({
    hearingEventId: 1,
    defendantOrgId: t.orgId,
    didHeadAppear: true,
    personName: '林国庆',
  }),
  judgment: () => ({
    kind: 'judgment',
    result: 'dismiss-claims',
    isLost: false,
    servedOn: '2026-10-20',
    requiresPerformance: false,
  }),
  'judgment-filing': () => ({ filedOn: '2026-10-21' }),
  appeal: () => ({ filedOn: '2026-10-22', appellant: 'plaintiff' }),
  effective: () => ({ effectiveOn: '2026-10-30' }),
  performance: () => ({ performedOn: '2026-10-30', description: '已履行' }),
  'loss-analysis': () => ({ analysis: '证据不足', measures: '完善取证' }),
};

export const CASE_MATRIX: Record<string, Entry> = {
  'GET /api/cases': {
    expect: { own: READERS, foreign: READERS },
    request: () => ({ method: 'GET', url: '/api/cases' }),
  },
  'GET /api/todos': {
    expect: { own: READERS, foreign: READERS },
    request: () => ({ method: 'GET', url: '/api/todos' }),
  },
  'GET /api/cases/:id': {
    expect: own(READERS),
    request: (t) => ({ method: 'GET', url: `/api/cases/${t.caseId}` }),
  },
  'POST /api/cases': {
    expect: own(['coordinator', 'clerk']),
    request: (t, n) => ({
      method: 'POST',
      url: '/api/cases',
      body: {
        caseNumber: `（2026）浙0825行初${5000 + n}号`,
        courtId: context.longyouCourtId,
        causeCode: 'penalty',
        domainCode: 'other',
        subject: '作出的行政处罚决定',
        defendants: [{ organisationId: t.orgId }],
        plaintiffs: [{ kind: 'person', name: '测试原告' }],
      },
    }),
  },
  'POST /api/cases/:id/corrections/preview': {
    expect: own(CORRECTORS),
    request: (t) => ({
      method: 'POST',
      url: `/api/cases/${t.caseId}/corrections/preview`,
      body: { correctsEventId: 2, reason: '录入错误', isVoid: true, version: 999 },
    }),
  },
  'POST /api/cases/:id/corrections': {
    expect: own(CORRECTORS),
    request: (t) => ({
      method: 'POST',
      url: `/api/cases/${t.caseId}/corrections`,
      body: { correctsEventId: 2, reason: '录入错误', isVoid: true, version: 999 },
    }),
  },
  'POST /api/cases/:id/registration-corrections': {
    expect: own(CORRECTORS),
    request: (t, n) => ({
      method: 'POST',
      url: `/api/cases/${t.caseId}/registration-corrections`,
      body: {
        caseNumber: `（2026）浙0825行初${6000 + n}号`,
        courtId: context.longyouCourtId,
        causeCode: 'penalty',
        domainCode: 'other',
        subject: '作出的行政处罚决定',
        defendants: [{ organisationId: t.orgId }],
        plaintiffs: [{ kind: 'person', name: '测试原告' }],
        reason: '录入错误',
        version: 999,
      },
    }),
  },
  ...Object.fromEntries(
    Object.entries(STEP_BODIES).map(([path, body]) => [
      `POST /api/cases/:id/${path}`,
      {
        expect: own(RECORDERS),
        request: (t: CaseTarget) => ({
          method: 'POST' as const,
          url: `/api/cases/${t.caseId}/${path}`,
          body: { ...body(t), version: 999 },
        }),
      },
    ]),
  ),
};

// Filled by makeTargetCase, which runs before any request is built.
const context = { longyouCourtId: '' };
let outsider: string | undefined;
let sequence = 0;

/**
 * A case in the target's scope: the organisation as defendant, or, for a
 * court, as the court with a defendant outside every demo scope.
 */
export async function makeTargetCase(db: Db, now: Date, org: { id: string; kind: string }): Promise<string> {
  if (!outsider) {
    const id = crypto.randomUUID();
    await db.insert(organisations).values({
      id,
      path: `/${id}/`,
      name: '外省某县人民政府',
      kind: 'government',
      regionCode: '110101',
      createdAt: now,
      updatedAt: now,
    });
    outsider = id;
  }
  context.longyouCourtId ||= (await db.select().from(organisations)).find(
    (o) => o.name === '龙游县人民法院',
  )!.id;
  const court = org.kind === 'court' ? org.id : context.longyouCourtId;
  const defendant = org.kind === 'court' ? outsider : org.id;
  sequence++;
  return registerCase({
    db,
    now,
    principal: {
      kind: 'system',
      id: 'system',
      name: 'system',
      displayName: '测试',
      organisation: { id: org.id, name: '', kind: 'legal-office', path: '/' },
      roles: ['coordinator'],
      permissions: new Set(permissionsOf(['coordinator'])),
      scope: { all: true, pathPrefix: '/' },
      mustChangePassword: false,
      isDemo: false,
    },
    input: {
      caseNumber: `（2026）浙0825行初${7000 + sequence}号`,
      courtId: court,
      causeCode: 'penalty',
      domainCode: 'other',
      subject: '矩阵测试案件',
      claims: null,
      isMajorSensitive: false,
      isMass: false,
      isEnterprise: false,
      isDebt: false,
      defendants: [{ organisationId: defendant, isReconsiderationBody: false }],
      plaintiffs: [{ kind: 'person', name: '测试原告', idNumber: null, uscc: null }],
      thirdParties: [],
      service: { servedOn: '2026-10-28', manner: 'direct', signedBy: null },
    },
    context: SYSTEM_AUDIT_CONTEXT,
  });
}
