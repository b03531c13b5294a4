// 节假日安排修订后重算答复期限: the reply periods computed by a rule (not those stated in the
// letter) that relied on a day the holiday-year save changed are computed again with the
// calendar as it now stands, in the caller's transaction; a moved due date is written on the
// timeline.
import type { Calendar } from '../../../shared/domain/periods';
import { replyDue, SUGGESTION_KIND_LABELS, type SuggestionKind } from '../../../shared/domain/suggestions';
import type { Db } from '../../db/client';
import type { CalendarChange } from '../calendar/calendar-change';
import { insertEvent, lockRuleDueSuggestionsRelyingOn, updateSuggestion } from './suggestions.queries';

export interface MovedReplyDue {
  suggestionId: string;
  /** e.g. 司法建议书（2026）龙法建1号 */
  label: string;
  addresseeOrgId: string;
  isReplied: boolean;
  from: string;
  to: string;
}

export async function recomputeReplyDues(options: {
  db: Db;
  now: Date;
  calendar: Calendar;
  change: CalendarChange;
}): Promise<MovedReplyDue[]> {
  const { db, now } = options;
  const { year } = options.change;
  const moved: MovedReplyDue[] = [];
  for (const row of await lockRuleDueSuggestionsRelyingOn(db, options.change)) {
    const due = replyDue({
      kind: row.kind as SuggestionKind,
      concernsNormativeDocument: row.concernsNormativeDocument,
      servedOn: row.servedOn,
      statedDueOn: null,
      calendar: options.calendar,
    });
    if (!due) continue;
    const unchanged =
      due.dueOn === row.dueOn &&
      due.explanation === row.dueExplanation &&
      JSON.stringify(due.warnings) === JSON.stringify(row.dueWarnings ?? []);
    if (unchanged) continue;
    await updateSuggestion(db, row.id, {
      dueOn: due.dueOn,
      dueExplanation: due.explanation,
      dueSteps: due.steps,
      dueWarnings: due.warnings,
      updatedAt: now,
    });
    if (due.dueOn === row.dueOn) continue;
    await insertEvent(db, {
      suggestionId: row.id,
      type: 'due-moved',
      occurredAt: now,
      actorName: null,
      actorOrgName: null,
      payload: { year, from: row.dueOn, to: due.dueOn },
    });
    moved.push({
      suggestionId: row.id,
      label: `${SUGGESTION_KIND_LABELS[row.kind as SuggestionKind]}${row.documentNumber}`,
      addresseeOrgId: row.addresseeOrgId,
      isReplied: row.repliedOn !== null,
      from: row.dueOn!,
      to: due.dueOn,
    });
  }
  return moved;
}
