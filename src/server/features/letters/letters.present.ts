// Shapes letters and document-number series for the API.
import {
  type DocumentSeries,
  formatDocumentNumber,
  LETTER_KIND_LABELS,
  type Letter,
  type LetterKind,
} from '../../../shared/api/letters';
import type { LetterRow, listSeries } from './letters.queries';

export function presentLetter(row: LetterRow): Letter {
  const kind = row.kind as LetterKind;
  return {
    id: row.id,
    kind,
    kindLabel: LETTER_KIND_LABELS[kind],
    documentNumber: row.documentNumber,
    title: row.title,
    addressee: { id: row.addresseeId, name: row.addresseeName },
    issuer: { id: row.issuerId, name: row.issuerName },
    createdBy: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    downloadUrl: `/api/letters/${row.id}/download`,
  };
}

type SeriesListRow = Awaited<ReturnType<typeof listSeries>>[number];

export function presentSeries(row: SeriesListRow, year: number): DocumentSeries {
  return {
    code: row.code,
    pattern: row.pattern,
    organisation: { id: row.organisationId, name: row.organisationName },
    year,
    lastNumber: row.lastNumber,
    nextDocumentNumber: formatDocumentNumber(row.pattern, year, row.lastNumber + 1),
  };
}
