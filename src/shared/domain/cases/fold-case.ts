// Projects a case's current state from its append-only events. A correction
// replaces the content of the event it names (or voids it); the state is then
// folded from the corrected history, so every figure follows the correction.
import type {
  AppealStep,
  AppearanceStep,
  DefenceStep,
  EffectiveStep,
  HeadDesignationStep,
  HearingCancellationStep,
  HearingStep,
  JudgmentFilingStep,
  JudgmentStep,
  LossAnalysisStep,
  PerformanceStep,
  ReportToOfficeStep,
  ServiceStep,
} from '../../api/case-steps';
import type { CaseEventType, CaseStage } from './vocabulary';

export interface StoredEvent {
  id: number;
  type: CaseEventType;
  payload: Record<string, unknown>;
  correctsEventId: number | null;
}

/** An event as it stands after corrections. */
export interface EffectiveEvent extends StoredEvent {
  isVoided: boolean;
  correctedByEventId: number | null;
}

type Recorded<T> = T & { eventId: number };

export interface HearingState extends Recorded<HearingStep> {
  status: 'scheduled' | 'held' | 'cancelled';
}

export interface CaseState {
  service: Recorded<ServiceStep> | null;
  head: Recorded<HeadDesignationStep> | null;
  defence: Recorded<DefenceStep> | null;
  report: Recorded<ReportToOfficeStep> | null;
  hearings: HearingState[];
  appearances: Recorded<AppearanceStep>[];
  judgment: Recorded<JudgmentStep> | null;
  judgmentFiling: Recorded<JudgmentFilingStep> | null;
  appeal: Recorded<AppealStep> | null;
  effective: Recorded<EffectiveStep> | null;
  performance: Recorded<PerformanceStep> | null;
  lossAnalysis: Recorded<LossAnalysisStep> | null;
  stage: CaseStage;
}

/** Applies corrections: the last correction of an event wins. */
export function applyCorrections(events: readonly StoredEvent[]): EffectiveEvent[] {
  const corrections = new Map<number, StoredEvent>();
  for (const event of events) {
    if (event.type === 'correction' && event.correctsEventId !== null)
      corrections.set(event.correctsEventId, event);
  }
  return events.map((event) => {
    const correction = corrections.get(event.id);
    if (!correction) return { ...event, isVoided: false, correctedByEventId: null };
    const isVoided = correction.payload.isVoid === true;
    const corrected = correction.payload.payload as Record<string, unknown> | undefined;
    return {
      ...event,
      payload: !isVoided && corrected ? corrected : event.payload,
      isVoided,
      correctedByEventId: correction.id,
    };
  });
}

/** The state of a case with no step recorded. */
export function emptyCaseState(): CaseState {
  return {
    service: null,
    head: null,
    defence: null,
    report: null,
    hearings: [],
    appearances: [],
    judgment: null,
    judgmentFiling: null,
    appeal: null,
    effective: null,
    performance: null,
    lossAnalysis: null,
    stage: 'registered',
  };
}

export function foldCase(events: readonly StoredEvent[]): CaseState {
  const state = emptyCaseState();
  const cancelled = new Set<number>();
  for (const event of applyCorrections(events)) {
    if (event.isVoided || event.type === 'correction' || event.type === 'registered') continue;
    const recorded = { ...event.payload, eventId: event.id } as never;
    switch (event.type) {
      case 'service-recorded':
        state.service = recorded;
        break;
      case 'head-designated':
        state.head = recorded;
        break;
      case 'defence-submitted':
        state.defence = recorded;
        break;
      case 'reported-to-office':
        state.report = recorded;
        break;
      case 'hearing-scheduled':
        state.hearings.push({ ...(recorded as Recorded<HearingStep>), status: 'scheduled' });
        break;
      case 'hearing-cancelled':
        cancelled.add((event.payload as HearingCancellationStep).hearingEventId);
        break;
      case 'appearance-recorded':
        state.appearances.push(recorded);
        break;
      case 'judgment-recorded':
        state.judgment = recorded;
        break;
      case 'judgment-filed':
        state.judgmentFiling = recorded;
        break;
      case 'appeal-recorded':
        state.appeal = recorded;
        break;
      case 'effective-marked':
        state.effective = recorded;
        break;
      case 'performance-recorded':
        state.performance = recorded;
        break;
      case 'loss-analysis-written':
        state.lossAnalysis = recorded;
        break;
    }
  }
  const held = new Set(state.appearances.map((a) => a.hearingEventId));
  for (const hearing of state.hearings) {
    if (cancelled.has(hearing.eventId)) hearing.status = 'cancelled';
    else if (held.has(hearing.eventId)) hearing.status = 'held';
  }
  state.stage = stageOf(state);
  return state;
}

// The stage follows from the facts recorded, latest fact first.
function stageOf(state: CaseState): CaseStage {
  if (state.effective) {
    if (!state.judgment?.requiresPerformance) return 'closed';
    return state.performance ? 'performed' : 'effective';
  }
  if (state.appeal) return 'appealed';
  if (state.judgment) return 'judged';
  if (state.hearings.some((h) => h.status === 'held')) return 'in-trial';
  if (state.defence || state.hearings.some((h) => h.status === 'scheduled')) return 'pending-hearing';
  if (state.service) return 'defending';
  return 'registered';
}
