// Who may change the security policy: the security administrator alone
// (三员分立); the policy has no organisation, so no scope applies.
import type { SecurityPolicy } from '../../../shared/api/security-policy';
import { can, type Principal } from '../../http/principal';

export function securityPolicyAbilities(principal: Principal): SecurityPolicy['abilities'] {
  return { update: can(principal, 'security-policy.update') };
}
