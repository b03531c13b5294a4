// 考核's rows of the authorisation matrix (see authorisation-matrix.int.test.ts),
// against one published run of 柯城区's scheme with a result for each of its
// units. Managing is the coordinator's (the calls it makes are refused for
// stale revisions or a duplicate period, so they change nothing); readers see
// rankings of regions in their scope, an agency the whole published ranking of
// its region but the records behind the points of its own result only.
import type { Role } from '../../shared/domain/permissions';
import type { Db } from '../db/client';
import { assessmentResults, assessmentRuns, assessmentSchemes, assessmentSchemeVersions } from '../db/schema';
import { assessedUnitsOf } from '../features/assessment/assessment.queries';
import { findOrgByName } from '../test/factories';

type Expectation = { own: Role[]; foreign: Role[] };
interface OrgTarget {
  orgId: string;
}
interface Entry {
  expect: Expectation;
  request(target: OrgTarget, n: number): { method: 'GET' | 'POST' | 'PUT'; url: string; body?: unknown };
}

const READERS: Role[] = ['coordinator', 'clerk', 'head', 'leader'];
const both = (roles: Role[]): Expectation => ({ own: roles, foreign: roles });
const context = { schemeId: '', runId: '' };

const RULES = {
  baseScore: 100,
  items: [
    {
      indicatorId: 'head-appearance',
      weight: 100,
      target: 100,
      floor: 50,
      noData: 'full',
      variantId: 'per-case',
      definitionKey: 'head-appearance/per-case@1',
    },
  ],
  deductions: [],
  grades: { excellent: 90, good: 75, pass: 60 },
};

export async function makeAssessmentTargets(db: Db, now: Date): Promise<void> {
  if (context.runId) return;
  const region = await findOrgByName(db, '柯城区人民政府');
  const owner = await findOrgByName(db, '柯城区司法局');
  const [scheme] = await db
    .insert(assessmentSchemes)
    .values({ regionPath: region.path, ownerOrgId: owner.id, createdAt: now, updatedAt: now })
    .returning();
  const [version] = await db
    .insert(assessmentSchemeVersions)
    .values({
      schemeId: scheme!.id,
      version: 1,
      name: '矩阵测试考核',
      year: 2026,
      rules: RULES,
      createdAt: now,
    })
    .returning();
  const [run] = await db
    .insert(assessmentRuns)
    .values({
      schemeId: scheme!.id,
      schemeVersionId: version!.id,
      regionPath: region.path,
      period: '2026-Q3',
      periodKind: 'quarter',
      fromDate: '2026-07-01',
      toDate: '2026-09-30',
      status: 'published',
      computedAt: now,
      publishedAt: now,
      createdAt: now,
    })
    .returning();
  const { units: agencies } = await assessedUnitsOf(db, region.path);
  await db.insert(assessmentResults).values(
    agencies.map((a) => ({
      runId: run!.id,
      organisationId: a.id,
      organisationName: a.name,
      organisationPath: a.path,
      itemPoints: 100,
      deductionPoints: 0,
      total: 100,
      grade: 'excellent',
      rank: 1,
      items: [],
      deductions: [],
    })),
  );
  context.schemeId = scheme!.id;
  context.runId = run!.id;
}

const schemeBody = {
  name: '矩阵测试考核',
  year: 2026,
  baseScore: 100,
  items: [{ indicatorId: 'head-appearance', weight: 100, target: 100, floor: 50, noData: 'full' }],
  deductions: [],
  grades: { excellent: 90, good: 75, pass: 60 },
};

export const ASSESSMENT_MATRIX: Record<string, Entry> = {
  'GET /api/assessment/schemes': {
    expect: both(READERS),
    request: () => ({ method: 'GET', url: '/api/assessment/schemes' }),
  },
  'POST /api/assessment/schemes': {
    // Weights that do not sum to the base: a 400 for the coordinator, after it was let through.
    expect: both(['coordinator']),
    request: () => ({
      method: 'POST',
      url: '/api/assessment/schemes',
      body: { ...schemeBody, baseScore: 90 },
    }),
  },
  'GET /api/assessment/schemes/:id': {
    // Agencies read their results, not the region's schemes.
    expect: both(['coordinator', 'leader']),
    request: () => ({ method: 'GET', url: `/api/assessment/schemes/${context.schemeId}` }),
  },
  'PUT /api/assessment/schemes/:id': {
    expect: both(['coordinator']),
    request: () => ({
      method: 'PUT',
      url: `/api/assessment/schemes/${context.schemeId}`,
      body: { ...schemeBody, revision: 999 },
    }),
  },
  'GET /api/assessment/runs': {
    expect: both(READERS),
    request: () => ({ method: 'GET', url: '/api/assessment/runs' }),
  },
  'POST /api/assessment/runs': {
    expect: both(['coordinator']),
    request: () => ({
      method: 'POST',
      url: '/api/assessment/runs',
      body: { schemeId: context.schemeId, period: '2026-Q3' },
    }),
  },
  'GET /api/assessment/runs/:id': {
    expect: both(READERS),
    request: () => ({ method: 'GET', url: `/api/assessment/runs/${context.runId}` }),
  },
  'POST /api/assessment/runs/:id/compute': {
    expect: both(['coordinator']),
    request: () => ({
      method: 'POST',
      url: `/api/assessment/runs/${context.runId}/compute`,
      body: { revision: 999 },
    }),
  },
  'POST /api/assessment/runs/:id/publish': {
    expect: both(['coordinator']),
    request: () => ({
      method: 'POST',
      url: `/api/assessment/runs/${context.runId}/publish`,
      body: { revision: 999 },
    }),
  },
  'GET /api/assessment/runs/:id/results/:organisationId': {
    // Own: a unit of 柯城区 for its coordinator, clerk and head; the leader's own (龙游县公安局) is not in the run.
    expect: { own: ['coordinator', 'clerk', 'head'], foreign: [] },
    request: (t) => ({ method: 'GET', url: `/api/assessment/runs/${context.runId}/results/${t.orgId}` }),
  },
};
