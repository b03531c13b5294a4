// Runs a batch of rows through evaluateRow: as a dry run (chunk by chunk,
// nothing written, each plan remembered in memory so that later rows see it) or
// as the apply (inside the caller's transaction, cases locked, each plan
// written as a case event exactly as the register writes it, then each touched
// case re-projected once).
import { eq } from 'drizzle-orm';
import type { RowError } from '../../../shared/api/court-exchange';
import { parseCaseNumber } from '../../../shared/domain/case-number';
import type { StoredEvent } from '../../../shared/domain/cases/fold-case';
import { chinaDate } from '../../../shared/domain/china-time';
import type { ExchangeKind, RowOutcome } from '../../../shared/domain/court-exchange/columns';
import type { Db } from '../../db/client';
import { caseEvents, litigationCases } from '../../db/schema';
import type { Principal } from '../../http/principal';
import { calendarForWrite } from '../calendar/load-calendar';
import { defendantsOf, recorderOf } from '../cases/cases.queries';
import { projectCase } from '../cases/project-case';
import { casesByNumbers, courtsInScope, eventsOfCases } from './court-exchange.queries';
import {
  type CaseContext,
  type Evaluation,
  type EvaluationScope,
  evaluateRow,
  rememberPlan,
} from './evaluate-row';

/** A row as read (from a sheet, the API or a form), before it meets the register. */
export interface InputRow {
  rowNumber: number;
  isBlank: boolean;
  /** The row's fields; null when a cell could not be read (then `errors` says why). */
  input: Record<string, unknown> | null;
  caseNumberText: string | null;
  errors: RowError[];
}

export interface RowResult extends Omit<Evaluation, 'plan'> {
  rowNumber: number;
  input: Record<string, unknown> | null;
  eventId: number | null;
}

const CHUNK = 500;
// Ids for events a dry run only imagines; far above any real event id.
const FIRST_IMAGINED_ID = 2 ** 45;

function normalisedNumber(row: InputRow): string | null {
  const text = row.input?.caseNumber;
  return typeof text === 'string' ? parseCaseNumber(text).normalized : null;
}

async function loadContexts(db: Db, numbers: string[], courtIds: string[], lock: boolean) {
  const cases = await casesByNumbers(db, { numbers, courtIds, lock });
  const ids = cases.map((c) => c.id);
  const [events, defendants] = await Promise.all([eventsOfCases(db, ids), defendantsOf(db, ids)]);
  const contexts = new Map<string, CaseContext>();
  for (const caseRow of cases) {
    contexts.set(caseRow.caseNumber, {
      caseRow,
      events: events.filter((e) => e.caseId === caseRow.id) as unknown as StoredEvent[],
      defendants: defendants.filter((d) => d.caseId === caseRow.id).map((d) => ({ id: d.id, name: d.name })),
    });
  }
  return contexts;
}

function resultOf(row: InputRow, evaluation: Evaluation | null, eventId: number | null = null): RowResult {
  if (!evaluation) {
    const outcome: RowOutcome = row.isBlank ? 'skipped-blank' : 'rejected';
    return {
      rowNumber: row.rowNumber,
      input: row.input,
      outcome,
      caseNumber: row.caseNumberText,
      caseId: null,
      keyLabel: null,
      errors: row.errors,
      changes: null,
      eventId: null,
    };
  }
  const { plan: _plan, ...rest } = evaluation;
  return { ...rest, rowNumber: row.rowNumber, input: row.input, eventId };
}

async function scopeFor(db: Db, principal: Principal, kind: ExchangeKind, now: Date) {
  const courts = await courtsInScope(db, principal);
  const scope: EvaluationScope = {
    kind,
    now,
    courtCodes: new Set(courts.map((c) => c.courtCode)),
    casesByNumber: new Map(),
    seenKeys: new Map(),
  };
  return { scope, courtIds: courts.map((c) => c.id) };
}

/** The dry run: what each row would do, written nowhere. `onChunk` reports progress. */
export async function checkRows(options: {
  db: Db;
  principal: Principal;
  kind: ExchangeKind;
  now: Date;
  rows: InputRow[];
  reason: string;
  onChunk?: (results: RowResult[]) => Promise<void>;
}): Promise<RowResult[]> {
  const { db, rows } = options;
  const { scope, courtIds } = await scopeFor(db, options.principal, options.kind, options.now);
  const contexts = scope.casesByNumber as Map<string, CaseContext>;
  const all: RowResult[] = [];
  let imagined = FIRST_IMAGINED_ID;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const wanted = [...new Set(chunk.map(normalisedNumber))].filter(
      (n): n is string => n !== null && !contexts.has(n),
    );
    for (const [number, context] of await loadContexts(db, wanted, courtIds, false))
      contexts.set(number, context);
    const results = chunk.map((row) => {
      if (!row.input) return resultOf(row, null);
      const evaluation = evaluateRow(scope, row.rowNumber, row.input);
      if (evaluation.plan) {
        const context = contexts.get(evaluation.caseNumber!)!;
        rememberPlan(context, evaluation.plan, imagined++, options.reason);
      }
      return resultOf(row, evaluation);
    });
    all.push(...results);
    await options.onChunk?.(results);
  }
  return all;
}

function occurredOnOf(payload: Record<string, unknown>, type: string): string | null {
  if (type === 'hearing-scheduled') {
    return chinaDate(String(payload.scheduledAt));
  }
  if (type === 'judgment-recorded') return String(payload.servedOn);
  return null;
}

/** The apply, inside the caller's transaction: re-validates every row and writes the events. */
export async function applyRows(options: {
  tx: Db;
  principal: Principal;
  kind: ExchangeKind;
  now: Date;
  rows: InputRow[];
  reason: string;
  onRow?: (done: number) => void;
}): Promise<RowResult[]> {
  const { tx, principal, now } = options;
  // First, before any case is locked (see calendarForWrite).
  const calendar = await calendarForWrite(tx);
  const { scope, courtIds } = await scopeFor(tx, principal, options.kind, now);
  const numbers = [...new Set(options.rows.map(normalisedNumber))].filter((n): n is string => n !== null);
  const contexts = await loadContexts(tx, numbers, courtIds, true);
  scope.casesByNumber = contexts;
  const touched = new Map<string, CaseContext>();
  const results: RowResult[] = [];
  for (const row of options.rows) {
    if (!row.input) {
      results.push(resultOf(row, null));
      continue;
    }
    const evaluation = evaluateRow(scope, row.rowNumber, row.input);
    let eventId: number | null = null;
    const plan = evaluation.plan;
    if (plan) {
      const context = contexts.get(evaluation.caseNumber!)!;
      const isCreate = plan.action === 'create';
      const [event] = await tx
        .insert(caseEvents)
        .values({
          caseId: context.caseRow.id,
          type: isCreate ? plan.type : 'correction',
          occurredOn: isCreate ? occurredOnOf(plan.payload, plan.type) : null,
          payload: isCreate ? plan.payload : { reason: options.reason, payload: plan.payload },
          correctsEventId: isCreate ? null : plan.targetEventId,
          ...recorderOf(principal, now),
        })
        .returning({ id: caseEvents.id });
      eventId = event!.id;
      rememberPlan(context, plan, eventId, options.reason);
      touched.set(context.caseRow.id, context);
    }
    results.push(resultOf(row, evaluation, eventId));
    options.onRow?.(results.length);
  }
  for (const context of touched.values()) {
    await tx
      .update(litigationCases)
      .set({ version: context.caseRow.version + 1 })
      .where(eq(litigationCases.id, context.caseRow.id));
    await projectCase({ db: tx, caseId: context.caseRow.id, now, calendar });
  }
  return results;
}
