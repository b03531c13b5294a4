// The indicators' rows of the authorisation matrix (see
// authorisation-matrix.int.test.ts). Reading needs 'case.read' and an agency of
// the caller's organisation tree (none for a court: indicators measure
// agencies); an agency filter outside the caller's scope answers 404. Choosing
// a variant is the coordinator's: an unknown variant answers 400, after the
// caller was checked, so the allowed call changes nothing.
import type { Role } from '../../shared/domain/permissions';

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
const own = (roles: Role[]): Expectation => ({ own: roles, foreign: [] });
const period = 'from=2026-01-01&to=2026-12-31';

export const INDICATORS_MATRIX: Record<string, Entry> = {
  'GET /api/indicators': {
    expect: both(READERS),
    request: () => ({ method: 'GET', url: '/api/indicators' }),
  },
  'GET /api/indicators/values': {
    expect: own(READERS),
    request: (t) => ({ method: 'GET', url: `/api/indicators/values?${period}&agencyId=${t.orgId}` }),
  },
  'GET /api/indicators/values/by-agency': {
    expect: own(READERS),
    request: (t) => ({
      method: 'GET',
      url: `/api/indicators/values/by-agency?${period}&agencyId=${t.orgId}`,
    }),
  },
  'GET /api/indicators/counts': {
    expect: own(READERS),
    request: (t) => ({ method: 'GET', url: `/api/indicators/counts?by=stage&${period}&agencyId=${t.orgId}` }),
  },
  'GET /api/indicators/counts/records': {
    expect: own(READERS),
    request: (t) => ({
      method: 'GET',
      url: `/api/indicators/counts/records?by=cause&key=penalty&${period}&agencyId=${t.orgId}`,
    }),
  },
  'GET /api/indicators/:id/records': {
    expect: own(READERS),
    request: (t) => ({
      method: 'GET',
      url: `/api/indicators/loss/records?part=numerator&${period}&agencyId=${t.orgId}`,
    }),
  },
  'PUT /api/indicators/:id/variant': {
    expect: both(['coordinator']),
    request: () => ({
      method: 'PUT',
      url: '/api/indicators/loss/variant',
      body: { variantId: 'no-such-variant' },
    }),
  },
};
