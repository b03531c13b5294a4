// When each letter may be generated, and by whom. The coordinator (case.letter)
// of a legal-affairs office generates letters on cases in its region; a case
// out of scope answers 404 before these rules are asked.
//
// - 负责人出庭建议书 asks the agency to send its head to the hearing (ALL
//   Art. 3(3); 法释〔2020〕3号): it makes sense until the court has decided.
// - 履行生效裁判建议书 asks it to perform an effective judgment (ALL Art. 94–96):
//   only once the judgment is effective and requires performance, until it is
//   performed.
import type { LetterKind } from '../../../shared/api/letters';
import type { CaseState } from '../../../shared/domain/cases/fold-case';
import { CASE_STAGE_LABELS, type CaseStage } from '../../../shared/domain/cases/vocabulary';
import { can, type Principal } from '../../http/principal';

const BEFORE_JUDGMENT: readonly CaseStage[] = ['registered', 'defending', 'pending-hearing', 'in-trial'];

/** Why this letter cannot be generated for the case now (Chinese), or null. */
export function letterRefusal(kind: LetterKind, state: CaseState): string | null {
  const stage = `本案当前处于“${CASE_STAGE_LABELS[state.stage]}”阶段`;
  if (kind === 'appearance-suggestion') {
    return BEFORE_JUDGMENT.includes(state.stage) ? null : `负责人出庭建议书应在法院作出裁判前制发；${stage}`;
  }
  if (state.stage !== 'effective') {
    return `履行生效裁判建议书应在裁判生效后、履行完毕前制发；${stage}`;
  }
  if (state.judgment?.requiresPerformance !== true) {
    return '本案生效裁判无须行政机关履行，不制发履行生效裁判建议书';
  }
  return null;
}

export function letterAbilities(principal: Principal, state: CaseState): Record<LetterKind, boolean> {
  const allowed = can(principal, 'case.letter');
  return {
    'appearance-suggestion': allowed && letterRefusal('appearance-suggestion', state) === null,
    'performance-suggestion': allowed && letterRefusal('performance-suggestion', state) === null,
  };
}
