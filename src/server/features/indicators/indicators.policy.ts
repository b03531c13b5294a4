// Who reads the indicators and over which records. An indicator counts the
// cases (per defendant) and the judicial suggestions (per addressee) of the
// caller's scope: coordinators and leaders their region, clerks and heads their
// own agency. A court liaison reads the register of its court but indicators
// measure agencies, so it is refused. Only a coordinator chooses the variants
// (统计口径) of its region.
import { AppError, forbidden, notFound } from '../../http/errors';
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

/** A region filter must lie within the caller's scope: a county cannot look into another county. */
export function checkRegionFilter(principal: Principal, regionPath: string): void {
  if (isInScope(principal, regionPath)) return;
  const message = '所选地区不在您的统计范围内，请从列表中选择';
  throw new AppError('FORBIDDEN', message, [{ field: 'regionId', message }]);
}
