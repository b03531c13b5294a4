// Who reads the indicators and over which records. An indicator counts the
// cases (per defendant) and the judicial suggestions (per addressee) of the
// caller's scope: coordinators and leaders their region, clerks and heads their
// own agency. A court liaison reads the register of its court but indicators
// measure agencies, so it is refused. Only a coordinator chooses the variants
// (统计口径) of its region.
import { forbidden, notFound } from '../../http/errors';
import { can, isInScope, type Principal } from '../../http/principal';

/** The subtree whose records the caller's indicators count. */
export function indicatorScopeOf(principal: Principal): string {
  if (principal.organisation.kind === 'court') {
    throw forbidden('考核指标统计行政机关的应诉工作，法院账户不能查看');
  }
  return principal.scope.all ? '/' : principal.scope.pathPrefix;
}

/** An agency filter must name an agency inside the caller's scope (404 otherwise). */
export function checkAgencyFilter(principal: Principal, agencyPath: string | null): void {
  if (agencyPath === null || !isInScope(principal, agencyPath)) throw notFound('被告机关');
}

export function canConfigureIndicators(principal: Principal): boolean {
  return can(principal, 'indicator.configure') && principal.organisation.kind !== 'court';
}
