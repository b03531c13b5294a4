// The deadlines a case's facts give rise to, computed from the period rules.
// Derived afresh after every event, so that a corrected date moves the
// deadlines that depend on it; each is keyed by its rule and triggering event.
import { type Calendar, computeDeadline, findRule } from '../periods';
import type { CaseState } from './fold-case';

export interface DerivedDeadline {
  ruleId: string;
  ruleVersion: number;
  title: string;
  triggerEventId: number;
  triggerDate: string;
  due: string;
  explanation: string;
  steps: { date: string; note: string }[];
  warnings: string[];
  status: 'open' | 'done';
  doneEventId: number | null;
  doneOn: string | null;
}

interface Spec {
  ruleId: string;
  triggerEventId: number;
  triggerDate: string;
  done: { eventId: number; on: string } | null;
}

function derive(spec: Spec, calendar: Calendar): DerivedDeadline | null {
  let rule: ReturnType<typeof findRule>;
  try {
    rule = findRule(spec.ruleId, spec.triggerDate);
  } catch {
    return null; // no rule in force on that date (e.g. before the 2015 law): nothing to chase
  }
  const deadline = computeDeadline({ rule, trigger: spec.triggerDate, calendar });
  return {
    ruleId: rule.id,
    ruleVersion: rule.version,
    title: rule.name,
    triggerEventId: spec.triggerEventId,
    triggerDate: spec.triggerDate,
    due: deadline.due,
    explanation: deadline.explanation,
    steps: deadline.steps,
    warnings: deadline.warnings,
    status: spec.done ? 'done' : 'open',
    doneEventId: spec.done?.eventId ?? null,
    doneOn: spec.done?.on ?? null,
  };
}

export function deriveDeadlines(state: CaseState, calendar: Calendar): DerivedDeadline[] {
  const out: DerivedDeadline[] = [];
  const push = (d: DerivedDeadline | null) => {
    if (d) out.push(d);
  };
  const { service, defence, report, judgment, judgmentFiling, appeal, effective } = state;
  if (service) {
    // ALL Art. 67: defence and evidence within 15 days of service.
    const defenceDeadline = derive(
      {
        ruleId: 'litigation.defence',
        triggerEventId: service.eventId,
        triggerDate: service.servedOn,
        done: defence && { eventId: defence.eventId, on: defence.submittedOn },
      },
      calendar,
    );
    push(defenceDeadline);
    if (defenceDeadline) {
      // Local (seed 002): report to the legal-affairs office within 5 days after the evidence period ends.
      push(
        derive(
          {
            ruleId: 'local.litigation.report-to-office',
            triggerEventId: service.eventId,
            triggerDate: defenceDeadline.due,
            done: report && { eventId: report.eventId, on: report.reportedOn },
          },
          calendar,
        ),
      );
    }
  }
  if (judgment) {
    // ALL Art. 85: appeal within 15 days of a judgment, 10 of a ruling; a mediation is not appealed.
    const appealRule = { judgment: 'litigation.appeal.judgment', ruling: 'litigation.appeal.ruling' }[
      judgment.kind as 'judgment' | 'ruling'
    ];
    if (appealRule) {
      const closedBy = appeal
        ? { eventId: appeal.eventId, on: appeal.filedOn }
        : effective
          ? { eventId: effective.eventId, on: effective.effectiveOn }
          : null;
      push(
        derive(
          {
            ruleId: appealRule,
            triggerEventId: judgment.eventId,
            triggerDate: judgment.servedOn,
            done: closedBy,
          },
          calendar,
        ),
      );
    }
    // Local (seed 002): file the judgment with the legal-affairs office within 5 days of receipt.
    push(
      derive(
        {
          ruleId: 'local.judgment.filing',
          triggerEventId: judgment.eventId,
          triggerDate: judgment.servedOn,
          done: judgmentFiling && { eventId: judgmentFiling.eventId, on: judgmentFiling.filedOn },
        },
        calendar,
      ),
    );
  }
  return out;
}
