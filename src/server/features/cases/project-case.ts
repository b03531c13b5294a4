// Brings a case's projection up to date with its events, inside the caller's
// transaction: the case row, its hearings and appearances, and its deadlines
// (moved, added or cancelled as the facts now say).
import { and, eq, inArray } from 'drizzle-orm';
import { type DerivedDeadline, deriveDeadlines } from '../../../shared/domain/cases/derive-deadlines';
import { type CaseState, foldCase, type StoredEvent } from '../../../shared/domain/cases/fold-case';
import type { Calendar } from '../../../shared/domain/periods';
import type { Db } from '../../db/client';
import { appearances, caseDeadlines, hearings, litigationCases } from '../../db/schema';
import { type CaseEventRow, caseEventsOf, defendantsOf } from './cases.queries';

export function stateOf(events: readonly CaseEventRow[]): CaseState {
  return foldCase(events as unknown as StoredEvent[]);
}

/** The key that identifies a derived deadline across recomputations. */
export const deadlineKey = (d: { ruleId: string; triggerEventId: number | null }) =>
  `${d.ruleId}#${d.triggerEventId}`;

export async function projectCase(options: { db: Db; caseId: string; now: Date; calendar: Calendar }) {
  const { db, caseId, now } = options;
  const events = await caseEventsOf(db, caseId);
  const state = stateOf(events);
  const derived = deriveDeadlines(state, options.calendar);
  const [firstDefendant] = await defendantsOf(db, [caseId]);
  const upcoming = state.hearings
    .filter((h) => h.status === 'scheduled' && new Date(h.scheduledAt) >= now)
    .map((h) => new Date(h.scheduledAt))
    .sort((a, b) => a.getTime() - b.getTime());

  await db
    .update(litigationCases)
    .set({
      stage: state.stage,
      serviceDate: state.service?.servedOn ?? null,
      serviceManner: state.service?.manner ?? null,
      serviceSignedBy: state.service?.signedBy ?? null,
      designatedHead: state.head
        ? { name: state.head.name, post: state.head.post, countsAsHead: state.head.countsAsHead }
        : null,
      nextHearingAt: upcoming[0] ?? null,
      // The open deadlines after syncDeadlines below are exactly the derived ones still open.
      nextOpenDue: earliest(derived.filter((d) => d.status === 'open').map((d) => d.due)),
      judgmentKind: state.judgment?.kind ?? null,
      result: state.judgment?.result ?? null,
      isLost: state.judgment?.isLost ?? null,
      lossReasons: state.judgment?.lossReasons ?? null,
      judgmentServedOn: state.judgment?.servedOn ?? null,
      requiresPerformance: state.judgment?.requiresPerformance ?? null,
      effectiveOn: state.effective?.effectiveOn ?? null,
      performedOn: state.performance?.performedOn ?? null,
      updatedAt: now,
    })
    .where(eq(litigationCases.id, caseId));

  // Hearings and appearances are a projection: rewritten whole.
  await db.delete(appearances).where(eq(appearances.caseId, caseId));
  await db.delete(hearings).where(eq(hearings.caseId, caseId));
  if (state.hearings.length > 0) {
    await db.insert(hearings).values(
      state.hearings.map((h) => ({
        eventId: h.eventId,
        caseId,
        scheduledAt: new Date(h.scheduledAt),
        courtRoom: h.courtRoom ?? null,
        judge: h.judge ?? null,
        noticeReceivedOn: h.noticeReceivedOn ?? null,
        isHeadRequested: h.isHeadRequested,
        status: h.status,
      })),
    );
  }
  const liveHearings = new Set(state.hearings.map((h) => h.eventId));
  const liveAppearances = state.appearances.filter((a) => liveHearings.has(a.hearingEventId));
  if (liveAppearances.length > 0) {
    await db.insert(appearances).values(
      liveAppearances.map((a) => ({
        hearingEventId: a.hearingEventId,
        defendantOrgId: a.defendantOrgId,
        caseId,
        didHeadAppear: a.didHeadAppear,
        personName: a.personName ?? null,
        personPost: a.personPost ?? null,
        countsAsHead: a.countsAsHead,
        didSpeak: a.didSpeak,
        agents: a.agents,
        absenceExcuse: a.absenceExcuse ?? null,
        absenceProof: a.absenceProof ?? null,
        courtDecision: a.courtDecision ?? null,
        eventId: a.eventId,
      })),
    );
  }

  await syncDeadlines(db, caseId, derived, firstDefendant?.id ?? null, now);
  return state;
}

/** The earliest of some YYYY-MM-DD dates, or null when there are none. */
function earliest(days: string[]): string | null {
  return [...days].sort()[0] ?? null;
}

async function syncDeadlines(
  db: Db,
  caseId: string,
  derived: DerivedDeadline[],
  responsibleOrgId: string | null,
  now: Date,
) {
  const existing = await db.select().from(caseDeadlines).where(eq(caseDeadlines.caseId, caseId));
  const byKey = new Map(existing.map((row) => [deadlineKey(row), row]));
  for (const d of derived) {
    const values = {
      ruleVersion: d.ruleVersion,
      title: d.title,
      triggerDate: d.triggerDate,
      due: d.due,
      explanation: d.explanation,
      steps: d.steps,
      warnings: d.warnings,
      status: d.status,
      doneEventId: d.doneEventId,
      doneOn: d.doneOn,
    };
    const row = byKey.get(deadlineKey(d));
    if (row) await db.update(caseDeadlines).set(values).where(eq(caseDeadlines.id, row.id));
    else {
      await db.insert(caseDeadlines).values({
        ...values,
        caseId,
        ruleId: d.ruleId,
        triggerEventId: d.triggerEventId,
        responsibleOrgId,
        createdAt: now,
      });
    }
  }
  // Deadlines whose facts are gone (a voided or corrected event) are cancelled, not deleted.
  const liveKeys = derived.map(deadlineKey);
  const stale = existing.filter((row) => !liveKeys.includes(deadlineKey(row)) && row.status !== 'cancelled');
  if (stale.length > 0) {
    await db
      .update(caseDeadlines)
      .set({ status: 'cancelled' })
      .where(
        and(
          eq(caseDeadlines.caseId, caseId),
          inArray(
            caseDeadlines.id,
            stale.map((s) => s.id),
          ),
        ),
      );
  }
}
