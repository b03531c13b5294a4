// 登记案件: intake from the court's notice. Creates the case, its defendants and
// parties, the 'registered' event (and 'service-recorded' when the notice's
// service is given), projects it, and audits — one transaction.
import type { RegisterCaseInput } from '../../../shared/api/cases';
import { parseCaseNumber } from '../../../shared/domain/case-number';
import { instanceOfTypeCode } from '../../../shared/domain/cases/vocabulary';
import { maskIdNumber } from '../../../shared/domain/mask';
import type { Calendar } from '../../../shared/domain/periods';
import type { Db } from '../../db/client';
import { caseDefendants, caseEvents, caseParties, litigationCases } from '../../db/schema';
import { AppError, fieldError, forbidden } from '../../http/errors';
import { type AuditContext, isInScope, type Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { findCase, findCaseByNumber, isDictionaryCode, orgNamesAndPaths } from './cases.queries';
import { checkStepDates } from './check-step';
import { projectCase } from './project-case';

const DEFENDANT_KINDS = ['agency', 'township', 'government', 'legal-office'];

export async function registerCase(options: {
  db: Db;
  now: Date;
  calendar: Calendar;
  principal: Principal;
  input: RegisterCaseInput;
  context: AuditContext;
}): Promise<string> {
  const { db, now, principal, input } = options;
  const parsed = parseCaseNumber(input.caseNumber);
  const caseNumber = parsed.normalized!;
  if (input.service) checkStepDates('service-recorded', input.service, now);
  return db.transaction(async (tx) => {
    const defendantIds = input.defendants.map((d) => d.organisationId);
    if (new Set(defendantIds).size !== defendantIds.length)
      throw fieldError('defendants', '被告机关不能重复');
    const orgs = await orgNamesAndPaths(tx, [input.courtId, ...defendantIds]);
    const court = orgs.get(input.courtId);
    if (court?.kind !== 'court') throw fieldError('courtId', '请选择人民法院作为审理法院');
    for (const [index, id] of defendantIds.entries()) {
      const org = orgs.get(id);
      if (!org || !DEFENDANT_KINDS.includes(org.kind)) {
        throw fieldError(`defendants.${index}.organisationId`, '被告应为行政机关、乡镇街道或人民政府');
      }
    }
    if (!defendantIds.some((id) => isInScope(principal, orgs.get(id)!.path))) {
      throw forbidden('只能登记本单位（协调员：本地区）为被告的案件');
    }
    if (!(await isDictionaryCode(tx, 'cause', input.causeCode)))
      throw fieldError('causeCode', '案由不在字典中，请从列表中选择');
    if (!(await isDictionaryCode(tx, 'domain', input.domainCode))) {
      throw fieldError('domainCode', '管理领域不在字典中，请从列表中选择');
    }
    if (await findCaseByNumber(tx, caseNumber)) {
      throw new AppError('DUPLICATE', `案号 ${caseNumber} 已登记`, [
        { field: 'caseNumber', message: '该案号已登记' },
      ]);
    }
    const previous = input.previousCaseId ? await findCase(tx, input.previousCaseId) : null;
    if (input.previousCaseId && !previous) throw fieldError('previousCaseId', '关联的前审案件不存在');

    const id = crypto.randomUUID();
    const parties = [
      ...input.plaintiffs.map((p) => ({ ...p, role: 'plaintiff' as const })),
      ...input.thirdParties.map((p) => ({ ...p, role: 'third-party' as const })),
    ];
    const searchText = [
      caseNumber,
      input.caseNumber,
      input.subject,
      ...parties.map((p) => p.name),
      ...defendantIds.map((d) => orgs.get(d)!.name),
    ].join(' ');
    await tx.insert(litigationCases).values({
      id,
      caseNumber,
      caseNumberRaw: input.caseNumber,
      courtId: input.courtId,
      typeCode: parsed.typeCode!,
      instance: instanceOfTypeCode(parsed.typeCode!),
      disputeId: previous?.disputeId ?? id,
      previousCaseId: previous?.id ?? null,
      causeCode: input.causeCode,
      domainCode: input.domainCode,
      subject: input.subject,
      claims: input.claims,
      isMajorSensitive: input.isMajorSensitive,
      isMass: input.isMass,
      isEnterprise: input.isEnterprise,
      isDebt: input.isDebt,
      filedOn: input.filedOn ?? null,
      stage: 'registered',
      searchText,
      createdBy: principal.kind === 'user' ? principal.id : null,
      createdAt: now,
      updatedAt: now,
    });
    await tx.insert(caseDefendants).values(
      input.defendants.map((d, index) => ({
        caseId: id,
        organisationId: d.organisationId,
        orgPath: orgs.get(d.organisationId)!.path,
        isReconsiderationBody: d.isReconsiderationBody,
        sortOrder: index,
      })),
    );
    await tx.insert(caseParties).values(
      parties.map((p, index) => ({
        caseId: id,
        role: p.role,
        kind: p.kind,
        name: p.name,
        idNumber: p.idNumber,
        uscc: p.uscc,
        sortOrder: index,
      })),
    );
    const recorder = {
      caseId: id,
      recordedBy: principal.kind === 'user' ? principal.id : null,
      recordedByName: principal.displayName,
      recordedOrgId: principal.organisation.id,
      recordedAt: now,
    };
    // The event keeps the registration as entered, ID numbers masked (PIPL: the whole number lives once, in case_parties).
    const { service, ...details } = input;
    const maskedDetails = {
      ...details,
      caseNumber,
      plaintiffs: details.plaintiffs.map((p) => ({ ...p, idNumber: p.idNumber && maskIdNumber(p.idNumber) })),
      thirdParties: details.thirdParties.map((p) => ({
        ...p,
        idNumber: p.idNumber && maskIdNumber(p.idNumber),
      })),
    };
    await tx
      .insert(caseEvents)
      .values({ ...recorder, type: 'registered', occurredOn: null, payload: maskedDetails });
    if (service) {
      await tx
        .insert(caseEvents)
        .values({ ...recorder, type: 'service-recorded', occurredOn: service.servedOn, payload: service });
    }
    await projectCase({ db: tx, caseId: id, now, calendar: options.calendar });
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
