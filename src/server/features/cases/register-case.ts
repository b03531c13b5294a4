// 登记案件: intake from the court's notice. Creates the case, its defendants and
// parties, the 'registered' event (and 'service-recorded' when the notice's
// service is given), projects it, and audits — one transaction.
import type { RegisterCaseInput } from '../../../shared/api/cases';
import { parseCaseNumber } from '../../../shared/domain/case-number';
import type { Db } from '../../db/client';
import { caseEvents, litigationCases } from '../../db/schema';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { calendarForWrite } from '../calendar/load-calendar';
import { recorderOf } from './cases.queries';
import { checkStepDates } from './check-step';
import { projectCase } from './project-case';
import {
  caseColumnsOf,
  checkRegistration,
  insertDefendantsAndParties,
  maskedRegistration,
} from './registration';

export async function registerCase(options: {
  db: Db;
  now: Date;
  principal: Principal;
  input: RegisterCaseInput;
  context: AuditContext;
}): Promise<string> {
  const { db, now, principal, input } = options;
  const caseNumber = parseCaseNumber(input.caseNumber).normalized!;
  if (input.service) checkStepDates('service-recorded', input.service, now);
  return db.transaction(async (tx) => {
    const calendar = await calendarForWrite(tx);
    const { orgs, previous } = await checkRegistration(tx, principal, input, caseNumber);
    const id = crypto.randomUUID();
    await tx.insert(litigationCases).values({
      id,
      ...caseColumnsOf(input, caseNumber, orgs),
      disputeId: previous?.disputeId ?? id,
      previousCaseId: previous?.id ?? null,
      stage: 'registered',
      createdBy: principal.kind === 'user' ? principal.id : null,
      createdAt: now,
      updatedAt: now,
    });
    await insertDefendantsAndParties(tx, id, input, orgs);
    const recorder = { caseId: id, ...recorderOf(principal, now) };
    const { service } = input;
    const maskedDetails = maskedRegistration(input, caseNumber);
    await tx
      .insert(caseEvents)
      .values({ ...recorder, type: 'registered', occurredOn: null, payload: maskedDetails });
    if (service) {
      await tx
        .insert(caseEvents)
        .values({ ...recorder, type: 'service-recorded', occurredOn: service.servedOn, payload: service });
    }
    await projectCase({ db: tx, caseId: id, now, calendar });
    await recordAudit(tx, options.context, now, {
      event: 'case.registered',
      targetType: 'case',
      targetId: id,
      targetLabel: caseNumber,
      after: maskedDetails,
    });
    return id;
  });
}
