// The authorisation matrix rows of 法院数据报送 (see
// authorisation-matrix.int.test.ts). Only a court's liaison holds
// 'exchange.import'. Each target organisation gets one applied import
// (makeExchangeTargets), so that reading and confirming an import can be tried
// in and out of scope. Allowed calls change nothing: the upload is sent as
// JSON (400), the import is already applied (409), the batches are dry runs.
import type { Role } from '../../shared/domain/permissions';
import type { Db } from '../db/client';
import { exchangeImports } from '../db/schema';

type Expectation = { own: Role[]; foreign: Role[] };
interface Target {
  orgId: string;
  caseId: string;
}
interface Entry {
  expect: Expectation;
  request(target: Target, n: number): { method: 'GET' | 'POST' | 'PUT'; url: string; body?: unknown };
}

const LIAISON: Role[] = ['court-liaison'];
const own = (roles: Role[]): Expectation => ({ own: roles, foreign: [] });
const both = (roles: Role[]): Expectation => ({ own: roles, foreign: roles });

const imports = new Map<string, string>();
const importOf = (orgId: string) => {
  const id = imports.get(orgId);
  if (!id) throw new Error(`makeExchangeTargets was not run for organisation ${orgId}`);
  return id;
};

const dryRun = (kind: string, row: Record<string, unknown>): Entry => ({
  expect: both(LIAISON),
  request: () => ({
    method: 'POST',
    url: `/api/court-exchange/${kind}`,
    body: { dryRun: true, rows: [{ caseNumber: '（2026）浙0825行初7001号', ...row }] },
  }),
});

export const EXCHANGE_MATRIX: Record<string, Entry> = {
  'GET /api/court-exchange/templates/:kind': {
    expect: both(LIAISON),
    request: () => ({ method: 'GET', url: '/api/court-exchange/templates/hearings' }),
  },
  'POST /api/court-exchange/imports': {
    expect: both(LIAISON),
    request: () => ({ method: 'POST', url: '/api/court-exchange/imports', body: { kind: 'hearings' } }),
  },
  'GET /api/court-exchange/imports': {
    expect: both(LIAISON),
    request: () => ({ method: 'GET', url: '/api/court-exchange/imports' }),
  },
  'GET /api/court-exchange/imports/:id': {
    expect: own(LIAISON),
    request: (t) => ({ method: 'GET', url: `/api/court-exchange/imports/${importOf(t.orgId)}` }),
  },
  'GET /api/court-exchange/imports/:id/rows': {
    expect: own(LIAISON),
    request: (t) => ({ method: 'GET', url: `/api/court-exchange/imports/${importOf(t.orgId)}/rows` }),
  },
  'POST /api/court-exchange/imports/:id/apply': {
    expect: own(LIAISON),
    request: (t) => ({ method: 'POST', url: `/api/court-exchange/imports/${importOf(t.orgId)}/apply` }),
  },
  'POST /api/court-exchange/hearings': dryRun('hearings', { scheduledAt: '2026-10-05T09:30:00+08:00' }),
  'POST /api/court-exchange/appearances': dryRun('appearances', {
    scheduledAt: '2026-10-05T09:30:00+08:00',
    defendant: '外省某县人民政府',
    didHeadAppear: true,
    personName: '林国庆',
  }),
  'POST /api/court-exchange/judgments': dryRun('judgments', {
    kind: 'judgment',
    result: 'dismiss-claims',
    isLost: false,
    servedOn: '2026-10-20',
    requiresPerformance: false,
  }),
};

/** One applied import sent by the organisation. */
export async function makeExchangeTargets(db: Db, options: { now: Date; orgId: string }): Promise<void> {
  if (imports.has(options.orgId)) return;
  const [row] = await db
    .insert(exchangeImports)
    .values({
      organisationId: options.orgId,
      kind: 'hearings',
      source: 'api',
      status: 'applied',
      totalRows: 0,
      createdByName: '矩阵测试',
      createdAt: options.now,
      updatedAt: options.now,
    })
    .returning({ id: exchangeImports.id });
  imports.set(options.orgId, row!.id);
}
