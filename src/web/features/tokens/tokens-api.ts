// Calls and cache keys of /api/tokens.
import type { ApiToken } from '../../../shared/api/api-tokens';
import type { Permission } from '../../../shared/domain/permissions';
import { api, type Page } from '../../lib/api-client';

export const tokenKeys = {
  all: ['tokens'] as const,
  list: (includeRevoked: boolean, page: number, pageSize: number) =>
    ['tokens', 'list', includeRevoked, page, pageSize] as const,
};

export function listTokens(includeRevoked: boolean, page: number, pageSize: number) {
  return api.get<Page<ApiToken>>('/api/tokens', {
    includeRevoked: includeRevoked ? 'true' : undefined,
    page,
    pageSize,
  });
}

export interface CreateTokenInput {
  name: string;
  organisationId: string;
  permissions: Permission[];
  expiresAt?: string | null;
}

export function createToken(input: CreateTokenInput) {
  return api.post<{ apiToken: ApiToken; token: string }>('/api/tokens', input);
}

export function revokeToken(token: ApiToken) {
  return api.post<ApiToken>(`/api/tokens/${token.id}/revoke`, {});
}
