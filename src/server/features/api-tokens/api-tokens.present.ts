import type { ApiToken } from '../../../shared/api/api-tokens';
import type { Permission } from '../../../shared/domain/permissions';
import type { Principal } from '../../http/principal';
import { apiTokenAbilities } from './api-tokens.policy';
import type { ApiTokenRow, ApiTokenView } from './api-tokens.queries';

/** A token as the API shows it: never the secret nor its hash. */
export function presentApiToken(principal: Principal, token: ApiTokenView): ApiToken {
  return {
    id: token.id,
    name: token.name,
    organisation: { id: token.organisationId, name: token.organisationName },
    permissions: token.permissions as Permission[],
    prefix: token.prefix,
    createdBy: token.createdByName,
    createdAt: token.createdAt.toISOString(),
    expiresAt: token.expiresAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    abilities: apiTokenAbilities(principal, token),
  };
}

/** The fields an audit row records of a token (the secret and its hash never). */
export function auditedApiToken(token: ApiTokenRow) {
  return {
    name: token.name,
    organisationId: token.organisationId,
    permissions: token.permissions,
    prefix: token.prefix,
    expiresAt: token.expiresAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}
