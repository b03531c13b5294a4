// 制发建议书: numbers the letter from the caller organisation's 'suggestion'
// series, renders the .docx, stores it, and writes the file row, the letter row
// and the audit row in one transaction. The number is taken inside that
// transaction with the counter row locked (letters.queries.ts takeNextNumber),
// so two letters generated at once get consecutive numbers and a failed one
// gives its number back.
import {
  formatDocumentNumber,
  type GenerateLetterInput,
  SUGGESTION_SERIES,
} from '../../../shared/api/letters';
import { JUDGMENT_KIND_LABELS, JUDGMENT_RESULT_LABELS } from '../../../shared/domain/cases/vocabulary';
import { chinaDate } from '../../../shared/domain/china-time';
import type { Db } from '../../db/client';
import type { FileStorage } from '../../files/file-storage';
import { insertStoredFile, removeUnreferencedContent } from '../../files/stored-files.queries';
import { AppError, fieldError } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { caseEventsOf, partiesOf } from '../cases/cases.queries';
import type { loadVisibleCase } from '../cases/load-case-views';
import { stateOf } from '../cases/project-case';
import { registerCaseLetter } from '../suggestions/register-case-letter';
import { arabicDate, defaultLetterBody, type LetterFacts, letterTitle, paragraphsOf } from './letter-text';
import { letterRefusal } from './letters.policy';
import { findSeries, insertLetter, takeNextNumber } from './letters.queries';
import { renderLetterDocx } from './render-letter-docx';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type VisibleCase = Awaited<ReturnType<typeof loadVisibleCase>>;

export async function generateLetter(options: {
  db: Db;
  storage: FileStorage;
  now: Date;
  principal: Principal;
  visibleCase: VisibleCase;
  input: GenerateLetterInput;
  context: AuditContext;
}): Promise<string> {
  const { db, storage, now, principal, input } = options;
  const { row, defendants, court } = options.visibleCase;

  const addressee = defendants.find((d) => d.id === input.addresseeOrgId);
  if (!addressee) throw fieldError('addresseeOrgId', '主送机关应为本案的被告机关，请从被告中选择');
  const [events, parties] = await Promise.all([caseEventsOf(db, row.id), partiesOf(db, [row.id])]);
  const state = stateOf(events);
  const refusal = letterRefusal(input.kind, state);
  if (refusal) throw new AppError('CONFLICT', refusal);
  const series = await findSeries(db, principal.organisation.id, SUGGESTION_SERIES);
  if (!series) throw new AppError('CONFLICT', '请先设置本单位的文号规则');

  // The designated head is named only in a letter to their own agency.
  const headEvent = state.head ? events.find((e) => e.id === state.head!.eventId) : undefined;
  const isHeadOfAddressee = defendants.length === 1 || headEvent?.recordedOrgId === addressee.id;
  const nextHearing = state.hearings
    .filter((h) => h.status === 'scheduled' && new Date(h.scheduledAt) >= now)
    .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt))[0];
  const facts: LetterFacts = {
    kind: input.kind,
    caseNumber: row.caseNumber,
    courtName: court.name,
    subject: row.subject,
    plaintiffNames: parties.filter((p) => p.role === 'plaintiff').map((p) => p.name),
    addresseeName: addressee.name,
    issuerName: principal.organisation.name,
    hearing: nextHearing
      ? { scheduledAt: new Date(nextHearing.scheduledAt), courtRoom: nextHearing.courtRoom ?? null }
      : null,
    head: state.head && isHeadOfAddressee ? { name: state.head.name, post: state.head.post } : null,
    judgment: state.judgment
      ? {
          kindLabel: JUDGMENT_KIND_LABELS[state.judgment.kind],
          resultLabel: JUDGMENT_RESULT_LABELS[state.judgment.result],
          effectiveOn: state.effective?.effectiveOn ?? null,
        }
      : null,
  };
  const title = letterTitle(facts);
  const paragraphs = input.body ? paragraphsOf(input.body) : defaultLetterBody(facts);
  if (paragraphs.length === 0) throw fieldError('body', '正文不能为空');
  const today = chinaDate(now);
  const year = Number(today.slice(0, 4));

  let written: { sha256: string; isNew: boolean } | null = null;
  try {
    return await db.transaction(async (tx) => {
      const sequence = await takeNextNumber(tx, series.id, year);
      const documentNumber = formatDocumentNumber(series.pattern, year, sequence);
      const docx = await renderLetterDocx({
        issuerName: principal.organisation.name,
        documentNumber,
        title,
        addresseeName: addressee.name,
        paragraphs,
        date: arabicDate(today),
      });
      const stored = await storage.put(docx);
      written = stored;
      const file = await insertStoredFile(tx, {
        sha256: stored.sha256,
        size: stored.size,
        mimeType: DOCX_MIME,
        originalName: `${documentNumber} ${title}.docx`,
        uploadedBy: principal.kind === 'user' ? principal.id : null,
        uploadedAt: now,
      });
      const letter = await insertLetter(tx, {
        caseId: row.id,
        kind: input.kind,
        seriesId: series.id,
        year,
        sequence,
        documentNumber,
        issuingOrgId: principal.organisation.id,
        addresseeOrgId: addressee.id,
        title,
        body: paragraphs.join('\n'),
        fileId: file.id,
        createdBy: principal.kind === 'user' ? principal.id : null,
        createdAt: now,
      });
      // The letter is also a record of the suggestions register (建议与函件登记).
      await registerCaseLetter(tx, {
        now,
        today,
        principal,
        letter: {
          id: letter.id,
          kind: input.kind,
          caseId: row.id,
          seriesId: series.id,
          year,
          sequence,
          documentNumber,
          addressee,
          title,
          body: paragraphs.join('\n'),
        },
      });
      await recordAudit(tx, options.context, now, {
        event: 'case.letter.generated',
        targetType: 'case',
        targetId: row.id,
        targetLabel: row.caseNumber,
        after: {
          letterId: letter.id,
          kind: input.kind,
          documentNumber,
          title,
          addressee: addressee.name,
          sha256: stored.sha256,
        },
      });
      return letter.id;
    });
  } catch (error) {
    await removeUnreferencedContent(db, storage, written);
    throw error;
  }
}
