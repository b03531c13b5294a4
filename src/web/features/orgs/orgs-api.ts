// Calls and cache keys of /api/orgs.
import type { Organisation } from '../../../shared/api/organisations';
import type { OrgKind } from '../../../shared/domain/organisations';
import { api, type Page } from '../../lib/api-client';

export const orgKeys = {
  all: ['orgs'] as const,
  children: (parentId: string | null, includeDisabled: boolean) =>
    ['orgs', 'children', parentId ?? 'root', includeDisabled] as const,
  search: (q: string, includeDisabled: boolean, page: number) =>
    ['orgs', 'search', q, includeDisabled, page] as const,
  detail: (id: string) => ['orgs', 'detail', id] as const,
};

// A level of the tree holds at most a few dozen organisations; 500 (the
// server's maximum) loads any real level in one call.
const LEVEL_SIZE = 500;

export function fetchOrgChildren(parentId: string | null, includeDisabled: boolean) {
  return api.get<Page<Organisation>>('/api/orgs', {
    parentId: parentId ?? undefined,
    includeDisabled: includeDisabled ? 'true' : undefined,
    pageSize: LEVEL_SIZE,
  });
}

export function searchOrgs(q: string, includeDisabled: boolean, page: number, pageSize = 20) {
  return api.get<Page<Organisation>>('/api/orgs', {
    q,
    includeDisabled: includeDisabled ? 'true' : undefined,
    page,
    pageSize,
  });
}

export function fetchOrg(id: string) {
  return api.get<Organisation>(`/api/orgs/${id}`);
}

export interface CreateOrgInput {
  parentId: string | null;
  name: string;
  kind: OrgKind;
  regionCode: string;
  uscc?: string | null;
}

export function createOrg(input: CreateOrgInput) {
  return api.post<Organisation>('/api/orgs', input);
}

export function updateOrg(
  id: string,
  input: { name: string; regionCode: string; uscc: string | null; version: number },
) {
  return api.put<Organisation>(`/api/orgs/${id}`, input);
}

export function moveOrg(id: string, input: { parentId: string; version: number }) {
  return api.post<Organisation>(`/api/orgs/${id}/move`, input);
}

export function setOrgDisabled(org: Organisation, disabled: boolean) {
  return api.post<Organisation>(`/api/orgs/${org.id}/${disabled ? 'disable' : 'enable'}`, {
    version: org.version,
  });
}
