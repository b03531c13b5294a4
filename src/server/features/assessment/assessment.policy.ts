// Who sees and does what in 考核. The legal-affairs coordinator manages the
// schemes and runs of its region (the subtree it coordinates). Coordinators
// and leaders read the published rankings of the regions within their scope,
// with every unit's records. A published ranking is published to all units it
// ranks (seeds 002 and 004): an agency (or township) — and a county's offices
// in the city's run, where the county is one unit — sees the whole ranking,
// but the records behind the points (case data) of its own unit only. Drafts
// are the managing coordinator's alone. Courts are never assessed or assessing.
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

/**
 * 'all': the whole ranking and every unit's records (the managing coordinator,
 * readers of the region); 'unit': a unit ranked in a published run — the whole
 * ranking, the records of its own unit only.
 */
export type RunView = 'all' | 'unit';

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

/**
 * What of a run the caller sees, or nothing (null → 404). 'unit' is offered to
 * any unit of a wider region; the caller then checks the run ranks its unit.
 */
export function runViewOf(principal: Principal, run: { regionPath: string; status: string }): RunView | null {
  if (canManageRegion(principal, run.regionPath)) return 'all';
  if (run.status !== 'published') return null;
  if (canReadRegion(principal, run.regionPath)) return 'all';
  const own = ownUnitPathOf(principal);
  if (own && own !== run.regionPath && own.startsWith(run.regionPath)) return 'unit';
  return null;
}

/** Whether the caller may read the records behind a unit's points in a run it sees. */
export function canReadUnitRecords(principal: Principal, view: RunView, unitPath: string): boolean {
  return view === 'all' || unitPath === ownUnitPathOf(principal);
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
