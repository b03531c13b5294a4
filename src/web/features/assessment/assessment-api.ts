// Calls and cache keys of 考核 (/api/assessment).
import type { z } from 'zod';
import type {
  ResultDetail,
  RunDetail,
  runListSchema,
  SchemeDetail,
  SchemeInput,
  schemeListSchema,
} from '../../../shared/api/assessment';
import { api } from '../../lib/api-client';

export type SchemeList = z.infer<typeof schemeListSchema>;
export type RunList = z.infer<typeof runListSchema>;

export const assessmentKeys = {
  all: ['assessment'] as const,
  schemes: () => ['assessment', 'schemes'] as const,
  scheme: (id: string) => ['assessment', 'scheme', id] as const,
  runs: () => ['assessment', 'runs'] as const,
  run: (id: string) => ['assessment', 'run', id] as const,
  result: (runId: string, orgId: string) => ['assessment', 'result', runId, orgId] as const,
};

export const fetchSchemes = () => api.get<SchemeList>('/api/assessment/schemes');
export const fetchScheme = (id: string) => api.get<SchemeDetail>(`/api/assessment/schemes/${id}`);
export const createScheme = (input: SchemeInput) => api.post<SchemeDetail>('/api/assessment/schemes', input);
export const updateScheme = (id: string, input: SchemeInput & { revision: number }) =>
  api.put<SchemeDetail>(`/api/assessment/schemes/${id}`, input);
export const fetchRuns = () => api.get<RunList>('/api/assessment/runs');
export const fetchRun = (id: string) => api.get<RunDetail>(`/api/assessment/runs/${id}`);
export const createRun = (body: { schemeId: string; period: string }) =>
  api.post<RunDetail>('/api/assessment/runs', body);
export const recomputeRun = (id: string, revision: number) =>
  api.post<RunDetail>(`/api/assessment/runs/${id}/compute`, { revision });
export const publishRun = (id: string, revision: number) =>
  api.post<RunDetail>(`/api/assessment/runs/${id}/publish`, { revision });
export const fetchResult = (runId: string, orgId: string) =>
  api.get<ResultDetail>(`/api/assessment/runs/${runId}/results/${orgId}`);

export const GRADE_COLORS: Record<string, string> = {
  excellent: 'green',
  good: 'blue',
  pass: 'gold',
  poor: 'red',
};
