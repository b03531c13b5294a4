// 定期报告 from the web: the list, a new draft, a report, the coordinator's
// edits, 发布 and 上报, the city's view of submissions, and the downloads.
import type {
  Narrative,
  PeriodicReport,
  PeriodicReportSummary,
  RefreshedPeriodicReport,
  Submissions,
} from '../../../shared/api/periodic-reports';
import type { ReportKind, ReportStatus } from '../../../shared/domain/periodic-reports';
import { api, type Page } from '../../lib/api-client';

export interface ReportListParams {
  kind?: ReportKind;
  year?: number;
  status?: ReportStatus;
  page: number;
  pageSize: number;
}

export const periodicReportKeys = {
  all: ['periodic-reports'] as const,
  list: (params: ReportListParams) => ['periodic-reports', 'list', params] as const,
  detail: (id: string) => ['periodic-reports', 'detail', id] as const,
  submissions: (kind: ReportKind, periodKey: string) =>
    ['periodic-reports', 'submissions', kind, periodKey] as const,
};

export const listPeriodicReports = (params: ReportListParams) =>
  api.get<Page<PeriodicReportSummary>>('/api/periodic-reports', { ...params });
export const createPeriodicReport = (kind: ReportKind, periodKey: string) =>
  api.post<PeriodicReport>('/api/periodic-reports', { kind, periodKey });
export const getPeriodicReport = (id: string) => api.get<PeriodicReport>(`/api/periodic-reports/${id}`);
export const saveNarrative = (id: string, narrative: Narrative, version: number) =>
  api.put<PeriodicReport>(`/api/periodic-reports/${id}/narrative`, { ...narrative, version });
export const refreshPeriodicReport = (id: string, version: number) =>
  api.post<RefreshedPeriodicReport>(`/api/periodic-reports/${id}/refresh`, { version });
export const publishPeriodicReport = (id: string, version: number) =>
  api.post<PeriodicReport>(`/api/periodic-reports/${id}/publish`, { version });
export const submitPeriodicReport = (id: string) =>
  api.post<PeriodicReport>(`/api/periodic-reports/${id}/submit`);
export const getSubmissions = (kind: ReportKind, periodKey: string) =>
  api.get<Submissions>('/api/periodic-reports/submissions', { kind, periodKey });
export const reportDocxUrl = (id: string) => `/api/periodic-reports/${id}/docx`;
export const reportXlsxUrl = (id: string) => `/api/periodic-reports/${id}/tables.xlsx`;
