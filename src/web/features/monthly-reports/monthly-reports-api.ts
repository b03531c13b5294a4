// 三通报 from the web: the list, a report, the liaison's edits and sending,
// the recipients' read receipt and the Word download.
import type { MonthlyReport, MonthlyReportSummary } from '../../../shared/api/monthly-reports';
import { chinaDate } from '../../../shared/domain/china-time';
import { api, type Page } from '../../lib/api-client';

export interface ReportListParams {
  month?: string;
  status?: 'draft' | 'sent' | 'overdue';
  page: number;
  pageSize: number;
}

export const reportKeys = {
  all: ['monthly-reports'] as const,
  list: (params: ReportListParams) => ['monthly-reports', 'list', params] as const,
  detail: (id: string) => ['monthly-reports', 'detail', id] as const,
};

export const listReports = (params: ReportListParams) =>
  api.get<Page<MonthlyReportSummary>>('/api/monthly-reports', { ...params });
export const getReport = (id: string) => api.get<MonthlyReport>(`/api/monthly-reports/${id}`);
export const updateNarrative = (id: string, narrative: string, version: number) =>
  api.put<MonthlyReport>(`/api/monthly-reports/${id}/narrative`, { narrative, version });
export const refreshReport = (id: string, version: number) =>
  api.post<MonthlyReport>(`/api/monthly-reports/${id}/refresh`, { version });
export const sendReport = (id: string, version: number) =>
  api.post<MonthlyReport>(`/api/monthly-reports/${id}/send`, { version });
export const markReportRead = (id: string) => api.post<MonthlyReport>(`/api/monthly-reports/${id}/read`);
export const reportDocxUrl = (id: string) => `/api/monthly-reports/${id}/docx`;

/** This month in China time, YYYY-MM. */
export function currentMonth(now = new Date()): string {
  return chinaDate(now).slice(0, 7);
}
