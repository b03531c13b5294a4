// Shapes cases for the API: the list item, the case page, the to-dos. Personal
// ID numbers are masked in every answer (PIPL).
import type { CaseDetail, CaseSummary, DeadlineView } from '../../../shared/api/cases';
import {
  applyCorrections,
  type CaseState,
  emptyCaseState,
  type StoredEvent,
} from '../../../shared/domain/cases/fold-case';
import {
  CASE_EVENT_LABELS,
  type CaseInstance,
  type CaseStage,
} from '../../../shared/domain/cases/vocabulary';
import { chinaDate } from '../../../shared/domain/china-time';
import { maskIdNumber } from '../../../shared/domain/mask';
import { addWorkingDays, type Calendar } from '../../../shared/domain/periods';
import type { appearances, hearings } from '../../db/schema';
import type { Principal } from '../../http/principal';
import { caseAbilities } from './cases.policy';
import type { CaseEventRow, CaseRow, deadlinesOf, defendantsOf, partiesOf } from './cases.queries';

type Defendant = Awaited<ReturnType<typeof defendantsOf>>[number];
type Party = Awaited<ReturnType<typeof partiesOf>>[number];
type DeadlineRow = Awaited<ReturnType<typeof deadlinesOf>>[number];

/** What "overdue" and "due soon" (within 3 working days) mean today. */
export interface Today {
  date: string;
  soonLimit: string;
  now: Date;
}

export function todayOf(now: Date, calendar: Calendar): Today {
  const date = chinaDate(now);
  return { date, soonLimit: addWorkingDays(calendar, date, 3), now };
}

export function deadlineFlags(due: string, status: string, today: Today) {
  const isOpen = status === 'open';
  const isOverdue = isOpen && due < today.date;
  return { isOverdue, isDueSoon: isOpen && !isOverdue && due <= today.soonLimit };
}

export function presentDeadline(row: DeadlineRow, today: Today): DeadlineView {
  return {
    id: row.id,
    ruleId: row.ruleId,
    title: row.title,
    triggerDate: row.triggerDate,
    due: row.due,
    explanation: row.explanation,
    steps: row.steps as DeadlineView['steps'],
    warnings: row.warnings,
    status: row.status as DeadlineView['status'],
    doneOn: row.doneOn,
    ...deadlineFlags(row.due, row.status, today),
  };
}

export function presentSummary(options: {
  principal: Principal;
  row: CaseRow;
  courtName: string;
  labels: Map<string, string>;
  defendants: Defendant[];
  plaintiffNames: string[];
  deadlines: DeadlineRow[];
  today: Today;
  state?: CaseState;
}): CaseSummary {
  const { row, today } = options;
  const next = options.deadlines
    .filter((d) => d.status === 'open')
    .sort((a, b) => a.due.localeCompare(b.due))[0];
  const abilities = options.state
    ? caseAbilities(options.principal, options.state)
    : { ...caseAbilities(options.principal, emptyCaseState()), record: {} }; // list items: the case page has the steps
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    court: { id: row.courtId, name: options.courtName },
    instance: row.instance as CaseInstance,
    stage: row.stage as CaseStage,
    cause: { code: row.causeCode, label: options.labels.get(`cause:${row.causeCode}`) ?? row.causeCode },
    domain: { code: row.domainCode, label: options.labels.get(`domain:${row.domainCode}`) ?? row.domainCode },
    subject: row.subject,
    plaintiffNames: options.plaintiffNames,
    defendants: options.defendants.map((d) => ({ id: d.id, name: d.name })),
    isMajorSensitive: row.isMajorSensitive,
    isMass: row.isMass,
    isEnterprise: row.isEnterprise,
    isDebt: row.isDebt,
    serviceDate: row.serviceDate,
    nextHearingAt: row.nextHearingAt?.toISOString() ?? null,
    nextDeadline: next
      ? { title: next.title, due: next.due, ...deadlineFlags(next.due, next.status, today) }
      : null,
    isLost: row.isLost,
    version: row.version,
    abilities,
  };
}

const FIVE_DAYS_MS = 5 * 24 * 3_600_000;

export function presentDetail(options: {
  summary: CaseSummary;
  row: CaseRow;
  state: CaseState;
  events: CaseEventRow[];
  parties: Party[];
  deadlines: DeadlineRow[];
  hearings: {
    hearingRows: (typeof hearings.$inferSelect)[];
    appearanceRows: (typeof appearances.$inferSelect)[];
  };
  orgNames: Map<string, { name: string }>;
  previousCase: { id: string; caseNumber: string } | null;
  relatedCases: { id: string; caseNumber: string; instance: string }[];
  today: Today;
}): CaseDetail {
  const { row, state, today } = options;
  const effective = applyCorrections(options.events as unknown as StoredEvent[]);
  const recordedAt = new Map(options.events.map((e) => [e.id, e]));
  return {
    ...options.summary,
    typeCode: row.typeCode,
    disputeId: row.disputeId,
    previousCase: options.previousCase,
    relatedCases: options.relatedCases
      .filter((c) => c.id !== row.id)
      .map((c) => ({ ...c, instance: c.instance as CaseInstance })),
    claims: row.claims,
    filedOn: row.filedOn,
    serviceManner: row.serviceManner,
    serviceSignedBy: row.serviceSignedBy,
    designatedHead: state.head
      ? { name: state.head.name, post: state.head.post, countsAsHead: state.head.countsAsHead }
      : null,
    judgment: state.judgment
      ? {
          kind: state.judgment.kind,
          result: state.judgment.result,
          isLost: state.judgment.isLost,
          lossReasons: state.judgment.lossReasons,
          servedOn: state.judgment.servedOn,
          requiresPerformance: state.judgment.requiresPerformance,
        }
      : null,
    effectiveOn: row.effectiveOn,
    performedOn: row.performedOn,
    parties: options.parties.map((p) => ({
      id: p.id,
      role: p.role as 'plaintiff' | 'third-party',
      kind: p.kind as 'person' | 'organisation',
      name: p.name,
      idNumberMasked: p.idNumber ? maskIdNumber(p.idNumber) : null,
      uscc: p.uscc,
    })),
    events: effective.map((e) => {
      const stored = recordedAt.get(e.id)!;
      return {
        id: e.id,
        type: e.type,
        label: CASE_EVENT_LABELS[e.type],
        occurredOn: stored.occurredOn,
        payload: e.payload,
        correctsEventId: e.correctsEventId,
        correctedByEventId: e.correctedByEventId,
        isVoided: e.isVoided,
        recordedByName: stored.recordedByName,
        recordedAt: stored.recordedAt.toISOString(),
      };
    }),
    deadlines: options.deadlines
      .filter((d) => d.status !== 'cancelled')
      .map((d) => presentDeadline(d, today)),
    hearings: options.hearings.hearingRows.map((h) => ({
      eventId: h.eventId,
      scheduledAt: h.scheduledAt.toISOString(),
      courtRoom: h.courtRoom,
      judge: h.judge,
      noticeReceivedOn: h.noticeReceivedOn,
      isHeadRequested: h.isHeadRequested,
      status: h.status as 'scheduled' | 'held' | 'cancelled',
      isAtRisk:
        h.status === 'scheduled' &&
        state.head === null &&
        h.scheduledAt.getTime() >= today.now.getTime() &&
        h.scheduledAt.getTime() - today.now.getTime() <= FIVE_DAYS_MS,
      appearances: options.hearings.appearanceRows
        .filter((a) => a.hearingEventId === h.eventId)
        .map((a) => ({
          defendant: { id: a.defendantOrgId, name: options.orgNames.get(a.defendantOrgId)?.name ?? '' },
          didHeadAppear: a.didHeadAppear,
          personName: a.personName,
          personPost: a.personPost,
          countsAsHead: a.countsAsHead,
          didSpeak: a.didSpeak,
          agents: a.agents as { name: string; kind: 'staff' | 'lawyer' }[],
          absenceExcuse: a.absenceExcuse,
          absenceProof: a.absenceProof,
          courtDecision: a.courtDecision as 'accepted' | 'rejected' | 'pending' | null,
          eventId: a.eventId,
        })),
    })),
  };
}
