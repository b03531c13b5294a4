// The dashboard's row of the authorisation matrix (see
// authorisation-matrix.int.test.ts). Reading needs 'indicator.read' and a
// scope of agencies (none for a court); an agency filter outside the caller's
// scope answers 404, as for the indicators.
import type { Role } from '../../shared/domain/permissions';

type Expectation = { own: Role[]; foreign: Role[] };
interface Entry {
  expect: Expectation;
  request(target: { orgId: string }, n: number): { method: 'GET'; url: string };
}

export const DASHBOARD_MATRIX: Record<string, Entry> = {
  'GET /api/dashboard': {
    expect: { own: ['coordinator', 'clerk', 'head', 'leader'], foreign: [] },
    request: (t) => ({
      method: 'GET',
      url: `/api/dashboard?from=2026-07-01&to=2026-09-30&agencyId=${t.orgId}`,
    }),
  },
};
