// Calls and cache keys of /api/audit.
import type { AuditEventRow, AuditVerification } from '../../../shared/api/audit';
import { api, type Page } from '../../lib/api-client';

export interface AuditFilters {
  actor?: string;
  event?: string;
  targetType?: string;
  target?: string;
  from?: string;
  to?: string;
}

export const auditKeys = {
  list: (filters: AuditFilters, page: number, pageSize: number) =>
    ['audit', 'list', filters, page, pageSize] as const,
};

export function listAudit(filters: AuditFilters, page: number, pageSize: number) {
  return api.get<Page<AuditEventRow>>('/api/audit', { ...filters, page, pageSize });
}

export function verifyAudit() {
  return api.post<AuditVerification>('/api/audit/verify', {});
}
