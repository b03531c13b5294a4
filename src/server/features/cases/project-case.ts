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

/** A stored deadline whose due date a recomputation moved. */
export interface MovedDeadline {
  caseId: string;
  title: string;
  status: string;
  responsibleOrgId: string | null;
  from: string;
  to: string;
}

/**
 * Re-derives a case's deadlines alone, e.g. after the holiday calendar changed: the facts are
 * as they were, so the case row keeps its version and only its next open due may change.
 */
export async function projectDeadlines(options: {
  db: Db;
  caseId: string;
  now: Date;
  calendar: Calendar;
}): Promise<MovedDeadline[]> {
  const { db, caseId, now } = options;
  const derived = deriveDeadlines(stateOf(await caseEventsOf(db, caseId)), options.calendar);
  const [firstDefendant] = await defendantsOf(db, [caseId]);
  await db
    .update(litigationCases)
    .set({ nextOpenDue: earliest(derived.filter((d) => d.status === 'open').map((d) => d.due)) })
    .where(eq(litigationCases.id, caseId));
  return syncDeadlines(db, caseId, derived, firstDefendant?.id ?? null, now);
}

async function syncDeadlines(
  db: Db,
  caseId: string,
  derived: DerivedDeadline[],
  responsibleOrgId: string | null,
  now: Date,
): Promise<MovedDeadline[]> {
  const existing = await db.select().from(caseDeadlines).where(eq(caseDeadlines.caseId, caseId));
  const byKey = new Map(existing.map((row) => [deadlineKey(row), row]));
  const moved: MovedDeadline[] = [];
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
    if (row) {
      if (isSameDeadline(row, values)) continue;
      await db.update(caseDeadlines).set(values).where(eq(caseDeadlines.id, row.id));
      if (row.due !== d.due && row.status !== 'cancelled') {
        const { title, status, responsibleOrgId: owner } = { ...row, ...values };
        moved.push({ caseId, title, status, responsibleOrgId: owner, from: row.due, to: d.due });
      }
    } else {
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
  return moved;
}

type DeadlineValues = Pick<
  typeof caseDeadlines.$inferSelect,
  | 'ruleVersion'
  | 'title'
  | 'triggerDate'
  | 'due'
  | 'explanation'
  | 'steps'
  | 'warnings'
  | 'status'
  | 'doneEventId'
  | 'doneOn'
>;

/** Whether a stored deadline already says what the derivation says: then it is not written. */
function isSameDeadline(row: typeof caseDeadlines.$inferSelect, values: DeadlineValues): boolean {
  return (Object.keys(values) as (keyof DeadlineValues)[]).every(
    (key) => canonicalJson(row[key]) === canonicalJson(values[key]),
  );
}

/** JSON with object keys sorted: jsonb gives keys back in its own order, not the one written. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
