// Who may send court data, and to which cases. A court's liaison (or a token
// bound to the court) writes to the cases whose court lies in its scope — the
// court's own cases, never another court's — with 'exchange.import' instead of
// the case register's 'case.record'. The steps follow the register's table of
// allowed stages (STEP_ALLOWED_IN).
import type { CaseState } from '../../../shared/domain/cases/fold-case';
import { type CaseStepType, STEP_ALLOWED_IN } from '../../../shared/domain/cases/vocabulary';
import { can, isInScope, type Principal } from '../../http/principal';
import type { ImportRow } from './court-exchange.queries';

/** Whether the caller may send data about cases heard by the court at `courtPath`. */
export function canWriteCourtCase(principal: Principal, courtPath: string): boolean {
  return can(principal, 'exchange.import') && isInScope(principal, courtPath);
}

/** An import is seen by those who may send data for the organisation that sent it. */
export function isImportVisible(principal: Principal, organisationPath: string): boolean {
  return can(principal, 'exchange.import') && isInScope(principal, organisationPath);
}

export function isStepAllowed(state: CaseState, type: CaseStepType): boolean {
  return STEP_ALLOWED_IN[type].includes(state.stage);
}

// A checked import may be applied even when the dry run found nothing to write:
// the apply re-validates, and a case registered since then is picked up.
export function importAbilities(principal: Principal, row: ImportRow) {
  return { apply: can(principal, 'exchange.import') && row.status === 'checked' };
}
