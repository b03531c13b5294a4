// 更正登记信息: the registration (案号, court, parties, defendants, cause…) as it
// should have been, recorded as a correcting event on the 'registered' event.
// The case's details, defendants and parties are rewritten from it; a stored
// 身份证号 is kept for a party sent back without one (the browser only sees it
// masked). No deadline depends on the registration, so nothing moves.
import { eq, inArray } from 'drizzle-orm';
import type { RegistrationCorrectionInput } from '../../../shared/api/cases';
import { parseCaseNumber } from '../../../shared/domain/case-number';
import { applyCorrections, type StoredEvent } from '../../../shared/domain/cases/fold-case';
import type { Db } from '../../db/client';
import { caseDefendants, caseEvents, caseParties, litigationCases } from '../../db/schema';
import { AppError, conflict, fieldError } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { calendarForWrite } from '../calendar/load-calendar';
import { caseEventsOf, laterInstancesOf, lockCase, partiesOf, recorderOf } from './cases.queries';
import { projectCase, stateOf } from './project-case';
import {
  caseColumnsOf,
  checkRegistration,
  insertDefendantsAndParties,
  maskedRegistration,
  type RegistrationFacts,
} from './registration';

type StoredParty = Awaited<ReturnType<typeof partiesOf>>[number];

/** The parties with their 身份证号: sent anew, or kept from the stored party the row names. */
function resolveParties(
  input: RegistrationCorrectionInput,
  stored: StoredParty[],
): Pick<RegistrationFacts, 'plaintiffs' | 'thirdParties'> {
  const byId = new Map(stored.map((p) => [p.id, p]));
  const resolve = (list: 'plaintiffs' | 'thirdParties') =>
    input[list].map(({ partyId, ...party }, index) => {
      if (!partyId) return party;
      const own = byId.get(partyId);
      if (!own) throw fieldError(`${list}.${index}.partyId`, '该当事人不属于本案，请重新填写');
      const keepsIdNumber = !party.idNumber && party.kind === 'person' && own.kind === 'person';
      return { ...party, idNumber: keepsIdNumber ? own.idNumber : party.idNumber };
    });
  return { plaintiffs: resolve('plaintiffs'), thirdParties: resolve('thirdParties') };
}

export async function correctRegistration(options: {
  db: Db;
  now: Date;
  principal: Principal;
  caseId: string;
  input: RegistrationCorrectionInput;
  context: AuditContext;
}) {
  const { db, now, principal, input } = options;
  const caseNumber = parseCaseNumber(input.caseNumber).normalized!;
  return db.transaction(async (tx) => {
    const calendar = await calendarForWrite(tx);
    const caseRow = await lockCase(tx, options.caseId);
    if (!caseRow) throw new AppError('NOT_FOUND', '案件不存在或无权查看');
    if (caseRow.version !== input.version) throw conflict(`案件 ${caseRow.caseNumber}`);
    const facts: RegistrationFacts = {
      ...input,
      ...resolveParties(input, await partiesOf(tx, [caseRow.id])),
    };
    const { orgs, previous } = await checkRegistration(tx, principal, facts, caseNumber, caseRow);

    const events = await caseEventsOf(tx, caseRow.id);
    const kept = new Set(facts.defendants.map((d) => d.organisationId));
    const orphaned = stateOf(events).appearances.find((a) => !kept.has(a.defendantOrgId));
    if (orphaned) {
      throw fieldError('defendants', '被移除的被告已有出庭记录，请先更正或作废该出庭记录');
    }

    // Linking to another previous instance moves this case and its later instances to that dispute.
    const later = await laterInstancesOf(tx, caseRow.id);
    if (previous && later.includes(previous.id)) {
      throw fieldError('previousCaseId', '前审案件不能是本案的后续审级');
    }
    const disputeId = previous?.disputeId ?? caseRow.id;
    if (disputeId !== caseRow.disputeId && later.length > 0) {
      await tx.update(litigationCases).set({ disputeId }).where(inArray(litigationCases.id, later));
    }

    await tx
      .update(litigationCases)
      .set({
        ...caseColumnsOf(facts, caseNumber, orgs),
        disputeId,
        previousCaseId: previous?.id ?? null,
        version: caseRow.version + 1,
      })
      .where(eq(litigationCases.id, caseRow.id));
    await tx.delete(caseDefendants).where(eq(caseDefendants.caseId, caseRow.id));
    await tx.delete(caseParties).where(eq(caseParties.caseId, caseRow.id));
    await insertDefendantsAndParties(tx, caseRow.id, facts, orgs);

    const registered = applyCorrections(events as unknown as StoredEvent[]).find(
      (e) => e.type === 'registered',
    );
    if (!registered) throw new AppError('INTERNAL', '案件缺少登记记录');
    const after = maskedRegistration(facts, caseNumber);
    const [event] = await tx
      .insert(caseEvents)
      .values({
        caseId: caseRow.id,
        type: 'correction',
        occurredOn: null,
        payload: { reason: input.reason, payload: after },
        correctsEventId: registered.id,
        ...recorderOf(principal, now),
      })
      .returning({ id: caseEvents.id });
    await projectCase({ db: tx, caseId: caseRow.id, now, calendar });
    await recordAudit(tx, options.context, now, {
      event: 'case.corrected',
      targetType: 'case',
      targetId: caseRow.id,
      targetLabel: caseNumber,
      before: { eventId: registered.id, type: 'registered', payload: registered.payload },
      after: { eventId: event!.id, reason: input.reason, payload: after },
    });
    return event!.id;
  });
}
