// The deadlines and reply dues synth writes, computed by the period engine exactly as the
// register does, once per day of the synthetic date range rather than once per case: a
// deadline depends only on its rule, its trigger day and the calendar. Case deadlines come
// from deriveDeadlines (what projectCase stores), so the chain holds — the report to the
// legal-affairs office counts from the evidence period's last day (举证期限届满之日) as
// moved off holidays, not from service + 15 — and each rule's version is the one in force
// on its trigger day. Suggestions' reply dues come from replyDue (what the register stores).
// The batches join these rows (synth_deadline_table) instead of adding days in SQL.
import { type DerivedDeadline, deriveDeadlines } from '../../shared/domain/cases/derive-deadlines';
import { emptyCaseState } from '../../shared/domain/cases/fold-case';
import { addDays, type Calendar, findRule } from '../../shared/domain/periods';
import { replyDue } from '../../shared/domain/suggestions';

/** The reply rule of a judicial suggestion that states no date of its own (法释〔2023〕11号 Art. 8). */
export const SUGGESTION_REPLY = 'judicial-suggestion.reply';

/**
 * One computed deadline: `kind` is the rule id and `base` the planned day it hangs on (service
 * or judgment), which is its trigger day except for the report, whose trigger is the defence
 * deadline's due date.
 */
export interface SynthDeadline {
  kind: string;
  base: string;
  ruleVersion: number;
  title: string;
  triggerDate: string;
  due: string;
  explanation: string;
  steps: { date: string; note: string }[];
  warnings: string[];
}

/**
 * Every deadline synth can need for the days from `from` to `to` (inclusive): those of a case
 * served or judged on the day, and the reply due of a suggestion served on it.
 */
export function computeSynthDeadlines(options: { calendar: Calendar; from: string; to: string }): {
  cases: SynthDeadline[];
  replies: SynthDeadline[];
} {
  const { calendar, from, to } = options;
  const cases: SynthDeadline[] = [];
  const replies: SynthDeadline[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const served = { eventId: 1, servedOn: day, manner: 'direct' as const, signedBy: null };
    const judgment = {
      eventId: 7,
      result: 'dismiss-claims' as const,
      isLost: false,
      lossReasons: [],
      servedOn: day,
      requiresPerformance: false,
      summary: null,
    };
    // Served on `day` and judged on `day`: defence, report, appeal and filing; a ruling adds its appeal.
    const derived = [
      ...deriveDeadlines(
        { ...emptyCaseState(), service: served, judgment: { ...judgment, kind: 'judgment' } },
        calendar,
      ),
      ...deriveDeadlines({ ...emptyCaseState(), judgment: { ...judgment, kind: 'ruling' } }, calendar).filter(
        (d) => d.ruleId === 'litigation.appeal.ruling',
      ),
    ];
    cases.push(...derived.map((d) => rowOf(d, day)));
    const reply = replyDue({
      kind: 'judicial',
      concernsNormativeDocument: false,
      servedOn: day,
      statedDueOn: null,
      calendar,
    });
    if (reply) {
      const rule = findRule(SUGGESTION_REPLY, day);
      replies.push({
        kind: SUGGESTION_REPLY,
        base: day,
        ruleVersion: rule.version,
        title: rule.name,
        triggerDate: day,
        due: reply.dueOn,
        explanation: reply.explanation,
        steps: reply.steps,
        warnings: reply.warnings,
      });
    }
  }
  return { cases, replies };
}

function rowOf(d: DerivedDeadline, base: string): SynthDeadline {
  return {
    kind: d.ruleId,
    base,
    ruleVersion: d.ruleVersion,
    title: d.title,
    triggerDate: d.triggerDate,
    due: d.due,
    explanation: d.explanation,
    steps: d.steps,
    warnings: d.warnings,
  };
}
