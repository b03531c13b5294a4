// Calls and cache keys of the case register: /api/cases, its steps and
// corrections, /api/todos, and the reference lists its forms pick from.
import type { z } from 'zod';
import type {
  CaseDetail,
  CaseSummary,
  correctionPreviewSchema,
  ListCasesQuery,
  RegisterCaseInput,
  RegistrationCorrectionInput,
  todoItemSchema,
} from '../../../shared/api/cases';
import type { CourtProposalResponse } from '../../../shared/api/courts';
import type { DictionaryEntry, DictionaryKind } from '../../../shared/api/dictionaries';
import type { Organisation } from '../../../shared/api/organisations';
import type { CaseStage } from '../../../shared/domain/cases/vocabulary';
import { api, type Page, withQuery } from '../../lib/api-client';

export type TodoItem = z.infer<typeof todoItemSchema>;
export type CorrectionPreview = z.infer<typeof correctionPreviewSchema>;
export type CaseSort = ListCasesQuery['sort'];

/** The list's filters, as the query string of GET /api/cases (and of the export). */
export interface CaseFilters {
  q?: string;
  stage?: CaseStage;
  instance?: CaseSummary['instance'];
  agencyId?: string;
  courtId?: string;
  causeCode?: string;
  domainCode?: string;
  isMajorSensitive?: 'true';
  isMass?: 'true';
  isEnterprise?: 'true';
  isDebt?: 'true';
  isLost?: 'true' | 'false';
  isOverdue?: 'true';
  servedFrom?: string;
  servedTo?: string;
}

export interface CaseListParams {
  filters: CaseFilters;
  sort: CaseSort;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export const caseKeys = {
  all: ['cases'] as const,
  list: (params: CaseListParams) => ['cases', 'list', params] as const,
  search: (q: string) => ['cases', 'search', q] as const,
  detail: (id: string) => ['cases', 'detail', id] as const,
  todos: (agencyId: string | undefined, page: number, pageSize: number) =>
    ['cases', 'todos', agencyId ?? 'all', page, pageSize] as const,
};

export function listCases(params: CaseListParams) {
  const { filters, ...rest } = params;
  return api.get<Page<CaseSummary>>('/api/cases', { ...filters, ...rest });
}

export function fetchCase(id: string) {
  return api.get<CaseDetail>(`/api/cases/${id}`);
}

export function registerCase(input: RegisterCaseInput) {
  return api.post<CaseDetail>('/api/cases', input);
}

/** POST /api/cases/:id/<step path> with the step's fields and the version read. */
export function recordCaseStep(
  caseId: string,
  path: string,
  payload: Record<string, unknown>,
  version: number,
) {
  return api.post<CaseDetail>(`/api/cases/${caseId}/${path}`, { ...payload, version });
}

export interface CorrectionInput {
  correctsEventId: number;
  reason: string;
  payload: Record<string, unknown> | null;
  isVoid: boolean;
  version: number;
}

export function previewCorrection(caseId: string, input: CorrectionInput) {
  return api.post<CorrectionPreview>(`/api/cases/${caseId}/corrections/preview`, input);
}

export function correctCaseEvent(caseId: string, input: CorrectionInput) {
  return api.post<CaseDetail>(`/api/cases/${caseId}/corrections`, input);
}

/** 更正登记信息: the registration as it should have been, with the reason. */
export function correctRegistration(caseId: string, input: RegistrationCorrectionInput) {
  return api.post<CaseDetail>(`/api/cases/${caseId}/registration-corrections`, input);
}

export function listTodos(agencyId: string | undefined, page: number, pageSize: number) {
  return api.get<Page<TodoItem>>('/api/todos', { agencyId, page, pageSize });
}

/** The filtered list as .xlsx: a plain link, so the browser downloads it with the session cookie. */
export function caseExportUrl(filters: CaseFilters, sort: CaseSort, order: 'asc' | 'desc'): string {
  return withQuery('/api/cases/export.xlsx', { ...filters, sort, order });
}

// Reference lists used by the filters and the intake form.

export const referenceKeys = {
  dictionary: (kind: DictionaryKind) => ['dictionaries', kind] as const,
  courts: ['courts', 'all-for-cases'] as const,
  proposal: (regionCode: string, date: string) => ['courts', 'propose', regionCode, date] as const,
  org: (id: string) => ['orgs', 'detail', id] as const,
};

export function fetchDictionary(kind: DictionaryKind) {
  return api.get<{ items: DictionaryEntry[] }>(`/api/dictionaries/${kind}`);
}

export interface CourtOption {
  organisationId: string;
  name: string;
  courtCode: string;
}

export function fetchCourtsForCases() {
  // A locality has a few dozen courts at most: 200 (the server's maximum) loads them all.
  return api.get<Page<CourtOption>>('/api/courts', { page: 1, pageSize: 200 });
}

export function proposeCourt(regionCode: string, date: string) {
  return api.get<CourtProposalResponse>('/api/courts/propose', { regionCode, date });
}

export function fetchOrganisation(id: string) {
  return api.get<Organisation>(`/api/orgs/${id}`);
}
