// Calls and cache keys of the suggestions register (/api/suggestions) and of the
// numbering rules (/api/document-series) its issued kinds are numbered from.
import type { z } from 'zod';
import type { DocumentSeries } from '../../../shared/api/letters';
import type {
  addresseeOptionSchema,
  FollowUpInput,
  IssueSuggestionInput,
  ListSuggestionsQuery,
  RectificationInput,
  ReplySuggestionInput,
  SuggestionDetail,
  SuggestionStats,
  SuggestionSummary,
} from '../../../shared/api/suggestions';
import type { SuggestionKind } from '../../../shared/domain/suggestions';
import { api, type Page } from '../../lib/api-client';

export type AddresseeOption = z.infer<typeof addresseeOptionSchema>;
export type SuggestionFilters = Partial<
  Pick<ListSuggestionsQuery, 'kind' | 'status' | 'addresseeOrgId' | 'year' | 'caseId'>
>;
export interface SuggestionListParams {
  filters: SuggestionFilters;
  sort?: 'recent' | 'due';
  page: number;
  pageSize: number;
}
export type SuggestionList = Page<SuggestionSummary> & { abilities: { issueKinds: SuggestionKind[] } };

export const suggestionKeys = {
  all: ['suggestions'] as const,
  list: (params: SuggestionListParams) => ['suggestions', 'list', params] as const,
  detail: (id: string) => ['suggestions', 'detail', id] as const,
  stats: (from?: string, to?: string) => ['suggestions', 'stats', from ?? '', to ?? ''] as const,
  addressees: ['suggestions', 'addressees'] as const,
  series: ['document-series'] as const,
};

export function listSuggestions(params: SuggestionListParams) {
  const { filters, ...rest } = params;
  return api.get<SuggestionList>('/api/suggestions', { ...filters, ...rest });
}

export function fetchSuggestion(id: string) {
  return api.get<SuggestionDetail>(`/api/suggestions/${id}`);
}

export function fetchSuggestionStats(from?: string, to?: string) {
  return api.get<SuggestionStats>('/api/suggestions/stats', { from, to });
}

export async function fetchAddressees() {
  return (await api.get<{ items: AddresseeOption[] }>('/api/suggestions/addressees')).items;
}

export function issueSuggestion(input: IssueSuggestionInput) {
  return api.post<SuggestionDetail>('/api/suggestions', input);
}

export function replyToSuggestion(id: string, input: ReplySuggestionInput) {
  return api.post<SuggestionDetail>(`/api/suggestions/${id}/reply`, input);
}

export function recordRectification(id: string, input: RectificationInput) {
  return api.post<SuggestionDetail>(`/api/suggestions/${id}/rectification`, input);
}

export function addFollowUp(id: string, input: FollowUpInput) {
  return api.post<SuggestionDetail>(`/api/suggestions/${id}/follow-ups`, input);
}

export function uploadSuggestionFile(id: string, category: string, file: File) {
  const form = new FormData();
  form.append('category', category);
  form.append('file', file);
  return api.postForm<SuggestionDetail>(`/api/suggestions/${id}/files`, form);
}

export async function fetchSeries() {
  return (await api.get<{ items: DocumentSeries[] }>('/api/document-series')).items;
}

export function saveSeries(code: string, pattern: string) {
  return api.put<DocumentSeries>(`/api/document-series/${code}`, { pattern });
}
