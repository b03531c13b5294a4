// A letter generated on a case page (负责人出庭建议书, 履行生效裁判建议书; the
// letters feature) enters this register in the same transaction, with its
// number, so the office's letters are counted and tracked in one place. No law
// sets a reply period for them, so they carry no due date.
import type { LetterKind } from '../../../shared/api/letters';
import { documentNumberKey } from '../../../shared/domain/suggestions';
import type { Db } from '../../db/client';
import type { Principal } from '../../http/principal';
import { insertEvent, insertSuggestion } from './suggestions.queries';

export async function registerCaseLetter(
  tx: Db,
  options: {
    now: Date;
    today: string;
    principal: Principal;
    letter: {
      id: string;
      kind: LetterKind;
      caseId: string;
      seriesId: string;
      year: number;
      sequence: number;
      documentNumber: string;
      addressee: { id: string; name: string };
      title: string;
      body: string;
    };
  },
): Promise<void> {
  const { now, today, principal, letter } = options;
  const id = await insertSuggestion(tx, {
    kind: letter.kind,
    origin: 'case-letter',
    issuerOrgId: principal.organisation.id,
    issuerName: principal.organisation.name,
    registeredOrgId: principal.organisation.id,
    seriesId: letter.seriesId,
    year: letter.year,
    sequence: letter.sequence,
    documentNumber: letter.documentNumber,
    numberKey: documentNumberKey(letter.documentNumber),
    letterId: letter.id,
    caseId: letter.caseId,
    addresseeOrgId: letter.addressee.id,
    title: letter.title,
    content: letter.body,
    issuedOn: today,
    servedOn: today,
    createdBy: principal.kind === 'user' ? principal.id : null,
    createdAt: now,
    updatedAt: now,
  });
  await insertEvent(tx, {
    suggestionId: id,
    type: 'issued',
    occurredAt: now,
    actorName: principal.displayName,
    actorOrgName: principal.organisation.name,
    payload: {
      kind: letter.kind,
      origin: 'case-letter',
      documentNumber: letter.documentNumber,
      issuer: principal.organisation.name,
      addressee: letter.addressee.name,
      copies: [],
      dueOn: null,
      caseId: letter.caseId,
    },
  });
}
