// Calls and cache keys of 法院数据报送: uploads and their imports, the per-row
// report, the history, and the one-row batches of the entry forms.
import type { BatchResult, ExchangeImport, ReportRow } from '../../../shared/api/court-exchange';
import type { ExchangeKind, RowOutcome } from '../../../shared/domain/court-exchange/columns';
import { api, type Page } from '../../lib/api-client';

export const exchangeKeys = {
  all: ['court-exchange'] as const,
  imports: (page: number) => ['court-exchange', 'imports', page] as const,
  import: (id: string) => ['court-exchange', 'import', id] as const,
  rows: (id: string, outcome: RowOutcome | undefined, page: number, pageSize: number) =>
    ['court-exchange', 'rows', id, outcome ?? 'all', page, pageSize] as const,
};

export const templateUrl = (kind: ExchangeKind) => `/api/court-exchange/templates/${kind}`;

export function uploadImport(kind: ExchangeKind, file: File) {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', file);
  return api.postForm<ExchangeImport>('/api/court-exchange/imports', form);
}

export const getImport = (id: string) => api.get<ExchangeImport>(`/api/court-exchange/imports/${id}`);

export const listImports = (page: number, pageSize = 10) =>
  api.get<Page<ExchangeImport>>('/api/court-exchange/imports', { page, pageSize });

export const listImportRows = (id: string, outcome: RowOutcome | undefined, page: number, pageSize: number) =>
  api.get<Page<ReportRow>>(`/api/court-exchange/imports/${id}/rows`, { outcome, page, pageSize });

export const applyImport = (id: string) =>
  api.post<ExchangeImport>(`/api/court-exchange/imports/${id}/apply`);

export const pushRow = (kind: ExchangeKind, row: Record<string, unknown>) =>
  api.post<BatchResult>(`/api/court-exchange/${kind}`, { dryRun: false, rows: [row] });

export const isRunning = (item: ExchangeImport | undefined) =>
  item?.status === 'checking' || item?.status === 'applying';
