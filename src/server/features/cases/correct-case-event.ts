// 更正: a wrong entry is corrected by a later event naming it, with the right
// content (or voiding it). The deadlines that depend on a corrected date are
// recomputed; previewCorrection shows what would move before anything is saved.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { CASE_STEPS } from '../../../shared/api/case-steps';
import type { correctionSchema } from '../../../shared/api/cases';
import { deriveDeadlines } from '../../../shared/domain/cases/derive-deadlines';
import { foldCase, type StoredEvent } from '../../../shared/domain/cases/fold-case';
import type { CaseStepType } from '../../../shared/domain/cases/vocabulary';
import type { Calendar } from '../../../shared/domain/periods';
import type { Db } from '../../db/client';
import { caseEvents, litigationCases } from '../../db/schema';
import { AppError, conflict, fieldError } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { calendarForWrite } from '../calendar/load-calendar';
import { type CaseEventRow, caseEventsOf, deadlinesOf, lockCase, recorderOf } from './cases.queries';
import { checkStepDates } from './check-step';
import { deadlineKey, projectCase } from './project-case';

type CorrectionInput = z.infer<typeof correctionSchema>;

/** Validates a correction against its target; returns the payload the correction event stores. */
function correctionPayload(events: CaseEventRow[], input: CorrectionInput, now: Date) {
  const target = events.find((e) => e.id === input.correctsEventId);
  if (!target) throw fieldError('correctsEventId', '要更正的记录不属于本案');
  if (target.type === 'correction' || target.type === 'registered') {
    throw fieldError(
      'correctsEventId',
      target.type === 'registered'
        ? '登记信息请通过“更正登记信息”更正'
        : '不能更正一条更正记录，请直接更正原记录',
    );
  }
  const type = target.type as CaseStepType;
  if (input.isVoid) return { reason: input.reason, isVoid: true };
  if (!input.payload) throw fieldError('payload', '请填写更正后的内容，或选择作废该记录');
  const parsed = CASE_STEPS[type].schema.safeParse(input.payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw fieldError(['payload', ...issue.path.map(String)].join('.'), issue.message);
  }
  checkStepDates(type, parsed.data as Record<string, unknown>, now);
  return { reason: input.reason, payload: parsed.data };
}

function withCorrection(
  events: CaseEventRow[],
  input: CorrectionInput,
  payload: Record<string, unknown>,
): StoredEvent[] {
  const stored = events as unknown as StoredEvent[];
  const nextId = Math.max(0, ...events.map((e) => e.id)) + 1;
  return [...stored, { id: nextId, type: 'correction', payload, correctsEventId: input.correctsEventId }];
}

export async function previewCorrection(options: {
  db: Db;
  now: Date;
  calendar: Calendar;
  caseId: string;
  input: CorrectionInput;
}) {
  const events = await caseEventsOf(options.db, options.caseId);
  const payload = correctionPayload(events, options.input, options.now);
  const derived = deriveDeadlines(foldCase(withCorrection(events, options.input, payload)), options.calendar);
  const current = (await deadlinesOf(options.db, [options.caseId])).filter((d) => d.status !== 'cancelled');
  const currentByKey = new Map(current.map((d) => [deadlineKey(d), d]));
  const derivedKeys = new Set(derived.map(deadlineKey));
  const moves = [];
  for (const d of derived) {
    const before = currentByKey.get(deadlineKey(d));
    if (!before)
      moves.push({
        title: d.title,
        ruleId: d.ruleId,
        change: 'added' as const,
        dueBefore: null,
        dueAfter: d.due,
      });
    else if (before.due !== d.due) {
      moves.push({
        title: d.title,
        ruleId: d.ruleId,
        change: 'moved' as const,
        dueBefore: before.due,
        dueAfter: d.due,
      });
    }
  }
  for (const d of current) {
    if (!derivedKeys.has(deadlineKey(d))) {
      moves.push({
        title: d.title,
        ruleId: d.ruleId,
        change: 'cancelled' as const,
        dueBefore: d.due,
        dueAfter: null,
      });
    }
  }
  return { moves };
}

export async function correctCaseEvent(options: {
  db: Db;
  now: Date;
  principal: Principal;
  caseId: string;
  input: CorrectionInput;
  context: AuditContext;
}) {
  const { db, now, principal, input } = options;
  return db.transaction(async (tx) => {
    const calendar = await calendarForWrite(tx);
    const caseRow = await lockCase(tx, options.caseId);
    if (!caseRow) throw new AppError('NOT_FOUND', '案件不存在或无权查看');
    if (caseRow.version !== input.version) throw conflict(`案件 ${caseRow.caseNumber}`);
    const events = await caseEventsOf(tx, caseRow.id);
    const payload = correctionPayload(events, input, now);
    const target = events.find((e) => e.id === input.correctsEventId)!;
    const [event] = await tx
      .insert(caseEvents)
      .values({
        caseId: caseRow.id,
        type: 'correction',
        occurredOn: null,
        payload,
        correctsEventId: target.id,
        ...recorderOf(principal, now),
      })
      .returning({ id: caseEvents.id });
    await tx
      .update(litigationCases)
      .set({ version: caseRow.version + 1 })
      .where(eq(litigationCases.id, caseRow.id));
    await projectCase({ db: tx, caseId: caseRow.id, now, calendar });
    await recordAudit(tx, options.context, now, {
      event: 'case.corrected',
      targetType: 'case',
      targetId: caseRow.id,
      targetLabel: caseRow.caseNumber,
      before: { eventId: target.id, type: target.type, payload: target.payload },
      after: { eventId: event!.id, ...payload },
    });
    return event!.id;
  });
}
