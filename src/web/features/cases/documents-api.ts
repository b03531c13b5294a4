// Calls and cache keys of a case's materials: attachments (upload, list) and
// the office's suggestion letters (generate, list) with their numbering rule.
import type { Attachment, AttachmentCategory } from '../../../shared/api/attachments';
import {
  type DocumentSeries,
  type GenerateLetterInput,
  type Letter,
  type LetterKind,
  SUGGESTION_SERIES,
} from '../../../shared/api/letters';
import { api } from '../../lib/api-client';

export const documentKeys = {
  attachments: (caseId: string) => ['cases', 'attachments', caseId] as const,
  letters: (caseId: string) => ['cases', 'letters', caseId] as const,
  series: ['document-series', 'suggestion'] as const,
};

export function listAttachments(caseId: string) {
  return api.get<{ items: Attachment[] }>(`/api/cases/${caseId}/attachments`);
}

export interface UploadInput {
  category: AttachmentCategory;
  description?: string;
  eventId?: number | null;
  file: File;
}

export function uploadAttachment(caseId: string, input: UploadInput) {
  const form = new FormData();
  form.append('category', input.category);
  if (input.description?.trim()) form.append('description', input.description.trim());
  if (input.eventId) form.append('eventId', String(input.eventId));
  form.append('file', input.file, input.file.name);
  return api.postForm<Attachment>(`/api/cases/${caseId}/attachments`, form);
}

export interface LetterList {
  items: Letter[];
  abilities: Record<LetterKind, boolean>;
}

export function listLetters(caseId: string) {
  return api.get<LetterList>(`/api/cases/${caseId}/letters`);
}

export function generateLetter(
  caseId: string,
  input: { kind: LetterKind; addresseeOrgId: string; body?: string | null },
) {
  return api.post<Letter>(`/api/cases/${caseId}/letters`, input satisfies Partial<GenerateLetterInput>);
}

/** The office's numbering rule of suggestion letters, or null while none is set. */
export async function fetchSuggestionSeries(): Promise<DocumentSeries | null> {
  const { items } = await api.get<{ items: DocumentSeries[] }>('/api/document-series');
  return items.find((series) => series.code === SUGGESTION_SERIES) ?? null;
}

export function saveSuggestionSeries(pattern: string) {
  return api.put<DocumentSeries>(`/api/document-series/${SUGGESTION_SERIES}`, { pattern });
}
