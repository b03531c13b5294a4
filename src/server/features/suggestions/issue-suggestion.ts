// 制发或登记建议与函件: a court issues a judicial suggestion, the legal-affairs
// office issues its letters or registers a paper received from outside (检察建议).
// Issued ones are numbered from the issuer's series (document_series, the
// counter locked as in the letters feature, so numbers have no gap and no
// duplicate); a received number is taken as written and refused when that
// issuer's number is already registered. The addressee, automatic copies and
// the reply's due date (period engine) are settled here; the record, its copies,
// the first timeline event, the notices and the audit row are one transaction.

import { formatDocumentNumber } from '../../../shared/api/letters';
import type { IssueSuggestionInput } from '../../../shared/api/suggestions';
import { chinaDate } from '../../../shared/domain/china-time';
import { ORG_KIND_LABELS, type OrgKind } from '../../../shared/domain/organisations';
import {
  documentNumberKey,
  judicialSuggestionPattern,
  replyDue,
  SUGGESTION_KIND_LABELS,
  SUGGESTION_KIND_RULES,
} from '../../../shared/domain/suggestions';
import type { Db } from '../../db/client';
import { AppError, fieldError } from '../../http/errors';
import { type AuditContext, isInScope, type Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { calendarForWrite } from '../calendar/load-calendar';
import { loadVisibleCase } from '../cases/load-case-views';
import { findSeries, takeNextNumber, upsertSeries } from '../letters/letters.queries';
import { notify } from '../notifications/notify';
import { hearingCourtOf, regionalLegalOffice } from './suggestion-routing';
import { issuableKinds } from './suggestions.policy';
import {
  courtCodeOf,
  findReceivedNumber,
  insertCopies,
  insertEvent,
  insertSuggestion,
  type OrgRow,
  orgsByIds,
} from './suggestions.queries';

const ADDRESSABLE: readonly string[] = ['government', 'legal-office', 'agency', 'township'];

export async function issueSuggestion(options: {
  db: Db;
  now: Date;
  principal: Principal;
  input: IssueSuggestionInput;
  context: AuditContext;
}): Promise<string> {
  const { db, now, principal, input } = options;
  const label = SUGGESTION_KIND_LABELS[input.kind];
  const rule = SUGGESTION_KIND_RULES[input.kind];
  if (rule.origin === 'case-letter') {
    throw fieldError('kind', `${label}请在案件页面的“建议书”中制发，制发后自动列入本登记`);
  }
  if (!issuableKinds(principal).includes(input.kind)) {
    const who = ORG_KIND_LABELS[rule.registeredBy as OrgKind];
    throw fieldError('kind', `${label}由${who}制发或登记，本单位不能登记此种类`);
  }
  const today = chinaDate(now);
  if (input.issuedOn > today) throw fieldError('issuedOn', '制发日期不能晚于今天');
  const servedOn = input.servedOn ?? input.issuedOn;
  if (servedOn > today) throw fieldError('servedOn', '送达日期不能晚于今天');

  const orgs = await orgsByIds(db, [input.addresseeOrgId, ...input.copyOrgIds]);
  const addressee = checkAddressee(principal, orgs.get(input.addresseeOrgId));
  const copies = checkCopies(input, orgs);
  if (input.caseId) await checkCase(db, principal, input.caseId);
  const automatic = await automaticCopy(db, rule.autoCopy, addressee, servedOn);
  if (automatic && automatic.id !== addressee.id && !copies.some((c) => c.id === automatic.id)) {
    copies.push({ ...automatic, isAutomatic: true });
  }

  const issuerName = rule.origin === 'received' ? input.issuerName! : principal.organisation.name;
  if (rule.origin === 'received') {
    const key = documentNumberKey(input.documentNumber!);
    const existing = await findReceivedNumber(db, issuerName, key);
    if (existing) {
      const message = `${issuerName}的文号“${existing.documentNumber}”已于${chinaDate(existing.createdAt)}登记，请勿重复登记`;
      throw new AppError('DUPLICATE', message, [{ field: 'documentNumber', message }]);
    }
  }
  const year = Number(input.issuedOn.slice(0, 4));

  return db.transaction(async (tx) => {
    const due = replyDue({
      kind: input.kind,
      concernsNormativeDocument: input.concernsNormativeDocument,
      servedOn,
      statedDueOn: input.dueOn ?? null,
      calendar: await calendarForWrite(tx),
    });
    const numbering =
      rule.origin === 'received'
        ? { seriesId: null, year: null, sequence: null, documentNumber: input.documentNumber! }
        : await takeNumber(tx, principal, input.kind, rule.seriesCode!, year);
    const id = await insertSuggestion(tx, {
      kind: input.kind,
      origin: rule.origin,
      issuerOrgId: rule.origin === 'received' ? null : principal.organisation.id,
      issuerName,
      registeredOrgId: principal.organisation.id,
      ...numbering,
      numberKey: documentNumberKey(numbering.documentNumber),
      caseId: input.caseId ?? null,
      addresseeOrgId: addressee.id,
      title: input.title,
      content: input.content,
      issuedOn: input.issuedOn,
      servedOn,
      concernsNormativeDocument: input.concernsNormativeDocument,
      dueOn: due?.dueOn ?? null,
      dueRuleId: due?.ruleId ?? null,
      dueExplanation: due?.explanation ?? null,
      dueSteps: due?.steps ?? null,
      dueWarnings: due?.warnings ?? null,
      createdBy: principal.kind === 'user' ? principal.id : null,
      createdAt: now,
      updatedAt: now,
    });
    await insertCopies(
      tx,
      id,
      copies.map((c) => ({ organisationId: c.id, isAutomatic: c.isAutomatic })),
    );
    const facts = {
      kind: input.kind,
      origin: rule.origin,
      documentNumber: numbering.documentNumber,
      issuer: issuerName,
      addressee: addressee.name,
      copies: copies.map((c) => c.name),
      dueOn: due?.dueOn ?? null,
      caseId: input.caseId ?? null,
    };
    await insertEvent(tx, {
      suggestionId: id,
      type: 'issued',
      occurredAt: now,
      actorName: principal.displayName,
      actorOrgName: principal.organisation.name,
      payload: facts,
    });
    const dueText = due ? `，请于${due.dueOn}前书面答复` : '';
    for (const org of [addressee, ...copies]) {
      const isCopy = org.id !== addressee.id;
      await notify(tx, now, {
        organisationId: org.id,
        kind: 'suggestion.received',
        title: `${isCopy ? '抄送' : '收到'}${label}${numbering.documentNumber}`,
        body: `${issuerName}${isCopy ? `致${addressee.name}` : ''}的${label}《${input.title}》${isCopy ? '' : dueText}。`,
        link: `/suggestions/${id}`,
        dedupeKey: `suggestion:${id}:received:${org.id}`,
      });
    }
    await recordAudit(tx, options.context, now, {
      event: 'suggestion.issued',
      targetType: 'suggestion',
      targetId: id,
      targetLabel: `${label}${numbering.documentNumber}`,
      after: facts,
    });
    return id;
  });
}

function checkAddressee(principal: Principal, org: OrgRow | undefined): OrgRow {
  if (!org || org.isDisabled) throw fieldError('addresseeOrgId', '主送单位不存在或已停用，请重新选择');
  if (!ADDRESSABLE.includes(org.kind)) {
    throw fieldError('addresseeOrgId', '主送单位应为人民政府、司法局、行政机关或乡镇街道');
  }
  // The legal-affairs office addresses its own region; a court any agency whose cases it hears.
  if (principal.organisation.kind !== 'court' && !isInScope(principal, org.path)) {
    throw fieldError('addresseeOrgId', `“${org.name}”不在本单位的管辖区域内，请重新选择主送单位`);
  }
  return org;
}

function checkCopies(input: IssueSuggestionInput, orgs: Map<string, OrgRow>) {
  const copies: (OrgRow & { isAutomatic: boolean })[] = [];
  input.copyOrgIds.forEach((id, index) => {
    const org = orgs.get(id);
    if (!org || org.isDisabled) throw fieldError(`copyOrgIds.${index}`, '抄送单位不存在或已停用，请重新选择');
    if (id === input.addresseeOrgId)
      throw fieldError(`copyOrgIds.${index}`, `“${org.name}”已是主送单位，无须抄送`);
    if (!copies.some((c) => c.id === id)) copies.push({ ...org, isAutomatic: false });
  });
  return copies;
}

async function checkCase(db: Db, principal: Principal, caseId: string) {
  try {
    await loadVisibleCase(db, principal, caseId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      throw fieldError('caseId', '关联案件不存在或不在本单位可见范围内');
    }
    throw error;
  }
}

async function automaticCopy(
  db: Db,
  autoCopy: 'legal-office' | 'court' | null,
  addressee: OrgRow,
  servedOn: string,
): Promise<OrgRow | undefined> {
  if (autoCopy === 'legal-office') return regionalLegalOffice(db, addressee);
  if (autoCopy === 'court') return hearingCourtOf(db, addressee, servedOn);
  return undefined;
}

/** The next number of the issuer's series for the year; a court's series starts from its 法院代字. */
async function takeNumber(
  tx: Db,
  principal: Principal,
  kind: IssueSuggestionInput['kind'],
  code: string,
  year: number,
) {
  const organisationId = principal.organisation.id;
  let series = await findSeries(tx, organisationId, code);
  if (!series && kind === 'judicial') {
    const courtCode = await courtCodeOf(tx, organisationId);
    if (!courtCode)
      throw new AppError('CONFLICT', '本院尚未登记法院代字，请联系系统管理员在“法院与管辖”中登记');
    series = await upsertSeries(tx, { organisationId, code, pattern: judicialSuggestionPattern(courtCode) });
  }
  if (!series) {
    throw new AppError(
      'CONFLICT',
      `请先设置本单位“${SUGGESTION_KIND_LABELS[kind]}”的文号规则（建议与函件页面的“文号规则”）`,
    );
  }
  const sequence = await takeNextNumber(tx, series.id, year);
  return {
    seriesId: series.id,
    year,
    sequence,
    documentNumber: formatDocumentNumber(series.pattern, year, sequence),
  };
}
