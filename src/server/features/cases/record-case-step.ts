// Records one step of a case (送达, 答辩, 开庭, 出庭, 裁判, 上诉, 生效, 履行…) as an
// append-only event, re-projects the case and audits, in one transaction. The
// caller's version must be the case's: a second user saving on a stale page
// gets CONFLICT instead of a duplicate step.
import { eq } from 'drizzle-orm';
import type { CaseState } from '../../../shared/domain/cases/fold-case';
import {
  CASE_EVENT_LABELS,
  CASE_STAGE_LABELS,
  type CaseStepType,
} from '../../../shared/domain/cases/vocabulary';
import { chinaDate } from '../../../shared/domain/china-time';
import type { Db } from '../../db/client';
import { caseEvents, litigationCases } from '../../db/schema';
import { AppError, conflict, fieldError } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { calendarForWrite } from '../calendar/load-calendar';
import { canRecordStep } from './cases.policy';
import { type CaseRow, caseEventsOf, defendantsOf, lockCase, recorderOf } from './cases.queries';
import { checkStepDates } from './check-step';
import { projectCase, stateOf } from './project-case';

/** Checks that need the case's current facts. */
async function checkAgainstState(
  db: Db,
  caseRow: CaseRow,
  type: CaseStepType,
  payload: Record<string, unknown>,
  state: CaseState,
) {
  if (type === 'hearing-cancelled' || type === 'appearance-recorded') {
    const hearing = state.hearings.find((h) => h.eventId === payload.hearingEventId);
    if (!hearing || hearing.status === 'cancelled')
      throw fieldError('hearingEventId', '该庭次不存在或已取消');
    if (type === 'hearing-cancelled' && hearing.status === 'held') {
      throw fieldError('hearingEventId', '该庭次已记录出庭情况，不能取消；如有误请更正出庭记录');
    }
  }
  if (type === 'appearance-recorded') {
    const defendants = await defendantsOf(db, [caseRow.id]);
    if (!defendants.some((d) => d.id === payload.defendantOrgId)) {
      throw fieldError('defendantOrgId', '所选机关不是本案被告');
    }
    const already = state.appearances.some(
      (a) => a.hearingEventId === payload.hearingEventId && a.defendantOrgId === payload.defendantOrgId,
    );
    if (already) throw new AppError('CONFLICT', '该被告在此庭次的出庭情况已记录；如有误请使用“更正”');
  }
  if (
    type === 'effective-marked' &&
    state.judgment &&
    String(payload.effectiveOn) < state.judgment.servedOn
  ) {
    throw fieldError('effectiveOn', '生效日期不能早于裁判文书送达日期');
  }
  if (type === 'defence-submitted' && state.service && String(payload.submittedOn) < state.service.servedOn) {
    throw fieldError('submittedOn', '提交日期不能早于送达日期');
  }
}

function occurredOnOf(
  type: CaseStepType,
  payload: Record<string, unknown>,
  dateField: string | null,
): string | null {
  if (dateField) return payload[dateField] as string;
  if (type === 'hearing-scheduled') {
    return chinaDate(String(payload.scheduledAt));
  }
  return null;
}

export async function recordCaseStep(options: {
  db: Db;
  now: Date;
  principal: Principal;
  caseId: string;
  type: CaseStepType;
  dateField: string | null;
  payload: Record<string, unknown>;
  version: number;
  context: AuditContext;
}) {
  const { db, now, principal, type, payload } = options;
  checkStepDates(type, payload, now);
  return db.transaction(async (tx) => {
    const calendar = await calendarForWrite(tx);
    const caseRow = await lockCase(tx, options.caseId);
    if (!caseRow) throw new AppError('NOT_FOUND', '案件不存在或无权查看');
    if (caseRow.version !== options.version) throw conflict(`案件 ${caseRow.caseNumber}`);
    const state = stateOf(await caseEventsOf(tx, caseRow.id));
    if (!canRecordStep(principal, type, state)) {
      throw new AppError(
        'CONFLICT',
        `案件当前处于“${CASE_STAGE_LABELS[state.stage]}”阶段，不能“${CASE_EVENT_LABELS[type]}”`,
      );
    }
    await checkAgainstState(tx, caseRow, type, payload, state);
    const [event] = await tx
      .insert(caseEvents)
      .values({
        caseId: caseRow.id,
        type,
        occurredOn: occurredOnOf(type, payload, options.dateField),
        payload,
        ...recorderOf(principal, now),
      })
      .returning({ id: caseEvents.id });
    await tx
      .update(litigationCases)
      .set({ version: caseRow.version + 1 })
      .where(eq(litigationCases.id, caseRow.id));
    const after = await projectCase({ db: tx, caseId: caseRow.id, now, calendar });
    await recordAudit(tx, options.context, now, {
      event: 'case.step.recorded',
      targetType: 'case',
      targetId: caseRow.id,
      targetLabel: caseRow.caseNumber,
      before: { stage: state.stage },
      after: { step: type, eventId: event!.id, stage: after.stage, ...payload },
    });
    return event!.id;
  });
}
