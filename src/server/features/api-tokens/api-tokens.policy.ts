// Who may do what with an API token: the permission of the action and the
// token's organisation lying within the caller's scope.
import type { ApiToken } from '../../../shared/api/api-tokens';
import { can, isInScope, type Principal } from '../../http/principal';
import type { ApiTokenView } from './api-tokens.queries';

export function canReadApiToken(principal: Principal, token: ApiTokenView): boolean {
  return can(principal, 'token.read') && isInScope(principal, token.organisationPath);
}

export function apiTokenAbilities(principal: Principal, token: ApiTokenView): ApiToken['abilities'] {
  const inScope = isInScope(principal, token.organisationPath);
  return { revoke: inScope && token.revokedAt === null && can(principal, 'token.revoke') };
}
