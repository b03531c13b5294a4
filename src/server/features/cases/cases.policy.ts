// Who may see and change a case. A case is visible to callers whose scope holds
// one of its defendant agencies (clerk and head: their agency; coordinator and
// leader: their region) or its court (court liaison). Administrators hold no
// case permission at all.
import { type SQL, sql } from 'drizzle-orm';
import { CASE_STEPS } from '../../../shared/api/case-steps';
import type { CaseState } from '../../../shared/domain/cases/fold-case';
import { type CaseStepType, STEP_ALLOWED_IN } from '../../../shared/domain/cases/vocabulary';
import { can, isInScope, type Principal } from '../../http/principal';

/** The organisation ids along a tree path: '/a/b/c/' → [a, b, c]. */
export function orgIdsOfPath(path: string): string[] {
  return path.split('/').filter(Boolean);
}

/**
 * The ids litigation_cases.scope_org_ids holds for a case: every organisation whose
 * subtree contains one of its defendants or its court. A path prefix P matches an
 * organisation's path exactly when P's last id is among that path's ids, so
 * "a defendant or the court lies under P" becomes "scope_org_ids contains P's id".
 */
export function scopeOrgIdsOf(paths: readonly string[]): string[] {
  return [...new Set(paths.flatMap(orgIdsOfPath))];
}

/** SQL condition on litigation_cases for the caller's scope. */
export function caseScopeCondition(principal: Principal): SQL {
  if (principal.scope.all) return sql`true`;
  const scopeOrgId = orgIdsOfPath(principal.scope.pathPrefix).at(-1);
  // The root prefix '/' holds every organisation.
  if (!scopeOrgId) return sql`true`;
  // One GIN lookup on the denormalised ids: PostgreSQL starts from the few thousand cases
  // of the scope without joining defendants or courts (at 1M cases: ms instead of a scan).
  return sql`"litigation_cases"."scope_org_ids" @> array[${scopeOrgId}]::uuid[]`;
}

export function isCaseInScope(
  principal: Principal,
  defendantPaths: readonly string[],
  courtPath: string,
): boolean {
  return defendantPaths.some((path) => isInScope(principal, path)) || isInScope(principal, courtPath);
}

/** Whether a step may be recorded now, by this caller, on a case in their scope. */
export function canRecordStep(principal: Principal, type: CaseStepType, state: CaseState): boolean {
  if (!can(principal, 'case.record')) return false;
  if (!STEP_ALLOWED_IN[type].includes(state.stage)) return false;
  switch (type) {
    case 'reported-to-office':
      return state.service !== null && state.report === null;
    case 'hearing-cancelled':
      return state.hearings.some((h) => h.status === 'scheduled');
    case 'appearance-recorded':
      return state.hearings.some((h) => h.status !== 'cancelled');
    case 'judgment-filed':
      return state.judgmentFiling === null;
    case 'appeal-recorded':
      return state.judgment?.kind !== 'mediation';
    case 'performance-recorded':
      return state.judgment?.requiresPerformance === true;
    case 'loss-analysis-written':
      return state.judgment?.isLost === true;
    default:
      return true;
  }
}

export function caseAbilities(principal: Principal, state: CaseState) {
  const record: Record<string, boolean> = {};
  for (const [type, step] of Object.entries(CASE_STEPS)) {
    record[step.path] = canRecordStep(principal, type as CaseStepType, state);
  }
  return {
    read: can(principal, 'case.read'),
    record,
    correct: can(principal, 'case.correct'),
    attach: can(principal, 'case.attach'),
    letter: can(principal, 'case.letter'),
  };
}
