// What intake and a correction of the registration check and write alike: the
// court and defendants are of the right kind and in the caller's scope, the
// cause and domain are in the dictionary, the 案号 is not registered twice;
// the rows of defendants and parties; the searchable text; the masked copy
// that the event and the audit keep.
import { sql } from 'drizzle-orm';
import type { CaseDetails } from '../../../shared/api/cases';
import { parseCaseNumber } from '../../../shared/domain/case-number';
import { instanceOfTypeCode } from '../../../shared/domain/cases/vocabulary';
import { maskIdNumber } from '../../../shared/domain/mask';
import type { Db } from '../../db/client';
import { caseDefendants, caseParties } from '../../db/schema';
import { AppError, fieldError, forbidden } from '../../http/errors';
import { isInScope, type Principal } from '../../http/principal';
import { scopeOrgIdsOf } from './cases.policy';
import {
  type CaseRow,
  findCase,
  findCaseByNumber,
  isDictionaryCode,
  orgNamesAndPaths,
} from './cases.queries';

const DEFENDANT_KINDS = ['agency', 'township', 'government', 'legal-office'];

type Party = { kind: 'person' | 'organisation'; name: string; idNumber: string | null; uscc: string | null };
export type RegistrationFacts = Omit<CaseDetails, 'plaintiffs' | 'thirdParties'> & {
  plaintiffs: Party[];
  thirdParties: Party[];
};
type Orgs = Awaited<ReturnType<typeof orgNamesAndPaths>>;

/**
 * Checks a registration (`current` is the case being corrected, if any) and
 * returns the organisations it names and the previous instance it links to.
 */
export async function checkRegistration(
  tx: Db,
  principal: Principal,
  input: RegistrationFacts,
  caseNumber: string,
  current?: CaseRow,
): Promise<{ orgs: Orgs; previous: CaseRow | null }> {
  const defendantIds = input.defendants.map((d) => d.organisationId);
  if (new Set(defendantIds).size !== defendantIds.length) throw fieldError('defendants', '被告机关不能重复');
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
  // A code the case already has stays acceptable after the entry is disabled.
  if (input.causeCode !== current?.causeCode && !(await isDictionaryCode(tx, 'cause', input.causeCode))) {
    throw fieldError('causeCode', '案由不在字典中，请从列表中选择');
  }
  if (input.domainCode !== current?.domainCode && !(await isDictionaryCode(tx, 'domain', input.domainCode))) {
    throw fieldError('domainCode', '管理领域不在字典中，请从列表中选择');
  }
  const sameNumber = await findCaseByNumber(tx, caseNumber);
  if (sameNumber && sameNumber.id !== current?.id) {
    throw new AppError('DUPLICATE', `案号 ${caseNumber} 已登记`, [
      { field: 'caseNumber', message: '该案号已登记' },
    ]);
  }
  const previous = input.previousCaseId ? await findCase(tx, input.previousCaseId) : null;
  if (input.previousCaseId && !previous) throw fieldError('previousCaseId', '关联的前审案件不存在');
  if (current && previous?.id === current.id) throw fieldError('previousCaseId', '前审案件不能是本案');
  return { orgs, previous: previous ?? null };
}

function searchTextOf(input: RegistrationFacts, caseNumber: string, orgs: Orgs): string {
  return [
    caseNumber,
    input.caseNumber,
    input.subject,
    ...input.plaintiffs.map((p) => p.name),
    ...input.thirdParties.map((p) => p.name),
    ...input.defendants.map((d) => orgs.get(d.organisationId)!.name),
  ].join(' ');
}

/** The case row's columns that the registration sets (previous instance and dispute aside). */
export function caseColumnsOf(input: RegistrationFacts, caseNumber: string, orgs: Orgs) {
  const typeCode = parseCaseNumber(caseNumber).typeCode!;
  return {
    caseNumber,
    caseNumberRaw: input.caseNumber,
    courtId: input.courtId,
    typeCode,
    instance: instanceOfTypeCode(typeCode),
    causeCode: input.causeCode,
    domainCode: input.domainCode,
    subject: input.subject,
    claims: input.claims,
    isMajorSensitive: input.isMajorSensitive,
    isMass: input.isMass,
    isEnterprise: input.isEnterprise,
    isDebt: input.isDebt,
    filedOn: input.filedOn ?? null,
    // Lower-cased as PostgreSQL lowers, so that a search is a plain LIKE of the lowered words
    // (case-insensitive for Latin letters) rather than an ILIKE that folds every row's text.
    searchText: sql<string>`lower(${searchTextOf(input, caseNumber, orgs)})`,
    scopeOrgIds: scopeOrgIdsOf([
      orgs.get(input.courtId)!.path,
      ...input.defendants.map((d) => orgs.get(d.organisationId)!.path),
    ]),
  };
}

export async function insertDefendantsAndParties(
  tx: Db,
  caseId: string,
  input: RegistrationFacts,
  orgs: Orgs,
) {
  await tx.insert(caseDefendants).values(
    input.defendants.map((d, index) => ({
      caseId,
      organisationId: d.organisationId,
      orgPath: orgs.get(d.organisationId)!.path,
      isReconsiderationBody: d.isReconsiderationBody,
      sortOrder: index,
    })),
  );
  const parties = [
    ...input.plaintiffs.map((p) => ({ ...p, role: 'plaintiff' as const })),
    ...input.thirdParties.map((p) => ({ ...p, role: 'third-party' as const })),
  ];
  await tx.insert(caseParties).values(
    parties.map((p, index) => ({
      caseId,
      role: p.role,
      kind: p.kind,
      name: p.name,
      idNumber: p.idNumber,
      uscc: p.uscc,
      sortOrder: index,
    })),
  );
}

/** The registration as events and the audit keep it: ID numbers masked (PIPL: the whole number lives once, in case_parties). */
export function maskedRegistration(input: RegistrationFacts, caseNumber: string) {
  const mask = (p: Party) => ({
    kind: p.kind,
    name: p.name,
    idNumber: p.idNumber && maskIdNumber(p.idNumber),
    uscc: p.uscc,
  });
  return {
    caseNumber,
    courtId: input.courtId,
    previousCaseId: input.previousCaseId ?? null,
    causeCode: input.causeCode,
    domainCode: input.domainCode,
    subject: input.subject,
    claims: input.claims,
    filedOn: input.filedOn ?? null,
    isMajorSensitive: input.isMajorSensitive,
    isMass: input.isMass,
    isEnterprise: input.isEnterprise,
    isDebt: input.isDebt,
    defendants: input.defendants,
    plaintiffs: input.plaintiffs.map(mask),
    thirdParties: input.thirdParties.map(mask),
  };
}
