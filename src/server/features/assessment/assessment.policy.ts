// Who sees and does what in 考核. The legal-affairs coordinator manages the
// schemes and runs of its region (the subtree it coordinates). Coordinators
// and leaders read the published rankings of the regions within their scope;
// an agency (or township) reads only its own published results, and so do a
// county's offices of the county's row in the city's run. Drafts are the
// managing coordinator's alone. Courts are never assessed or assessing.
import { forbidden } from '../../http/errors';
import { can, type Principal } from '../../http/principal';

const ASSESSED_KINDS = ['agency', 'township'];

export function isAssessedUnit(principal: Principal): boolean {
  return ASSESSED_KINDS.includes(principal.organisation.kind);
}

/** The region the caller manages; refuses those who manage none. */
export function managedRegionOf(principal: Principal): string {
  if (
    !can(principal, 'assessment.manage') ||
    principal.scope.all ||
    principal.organisation.kind === 'court'
  ) {
    throw forbidden('只有司法局法制协调员可以制定考核方案和计算考核结果');
  }
  return principal.scope.pathPrefix;
}

export function canManageRegion(principal: Principal, regionPath: string): boolean {
  return (
    can(principal, 'assessment.manage') &&
    !principal.scope.all &&
    principal.organisation.kind !== 'court' &&
    principal.scope.pathPrefix === regionPath
  );
}

/** Reads the whole region (schemes, rankings): a reader whose scope holds the region and who is not an assessed unit. */
export function canReadRegion(principal: Principal, regionPath: string): boolean {
  return (
    can(principal, 'assessment.read') &&
    !principal.scope.all &&
    !isAssessedUnit(principal) &&
    principal.organisation.kind !== 'court' &&
    regionPath.startsWith(principal.scope.pathPrefix)
  );
}

export type RunView = 'all' | 'own';

/**
 * The path of the unit the caller answers for in a run of a wider region: an
 * agency or township itself; for the offices of a county (its government, its
 * 司法局) the county, which the city's run scores as one unit.
 */
export function ownUnitPathOf(principal: Principal): string | null {
  if (!can(principal, 'assessment.read') || principal.scope.all || principal.organisation.kind === 'court') {
    return null;
  }
  return isAssessedUnit(principal) ? principal.organisation.path : principal.scope.pathPrefix;
}

/** What of a run the caller sees: the whole ranking, its own unit's row, or nothing (null → 404). */
export function runViewOf(principal: Principal, run: { regionPath: string; status: string }): RunView | null {
  if (canManageRegion(principal, run.regionPath)) return 'all';
  if (run.status !== 'published') return null;
  if (canReadRegion(principal, run.regionPath)) return 'all';
  const own = ownUnitPathOf(principal);
  if (own && own !== run.regionPath && own.startsWith(run.regionPath)) return 'own';
  return null;
}

/** Conditions of the runs a caller may list, for the queries. */
export function runListScopeOf(principal: Principal): {
  managedRegion: string | null;
  readablePrefix: string | null;
  ownUnitPath: string | null;
} {
  if (principal.organisation.kind === 'court' || principal.scope.all) {
    throw forbidden('考核针对行政机关，本账户不能查看');
  }
  return {
    managedRegion: can(principal, 'assessment.manage') ? principal.scope.pathPrefix : null,
    readablePrefix: isAssessedUnit(principal) ? null : principal.scope.pathPrefix,
    ownUnitPath: ownUnitPathOf(principal),
  };
}
