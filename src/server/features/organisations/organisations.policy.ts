// Who may do what with an organisation: the permission of the action and the
// organisation lying within the caller's scope.
import type { Organisation } from '../../../shared/api/organisations';
import { can, isInScope, type Principal } from '../../http/principal';
import type { OrganisationRow } from './organisations.queries';

export function canReadOrganisation(principal: Principal, org: OrganisationRow): boolean {
  return can(principal, 'org.read') && isInScope(principal, org.path);
}

export function organisationAbilities(principal: Principal, org: OrganisationRow): Organisation['abilities'] {
  const inScope = isInScope(principal, org.path);
  const isDisabled = org.disabledAt !== null;
  return {
    update: inScope && can(principal, 'org.update'),
    move: inScope && can(principal, 'org.move'),
    disable: inScope && !isDisabled && can(principal, 'org.disable'),
    enable: inScope && isDisabled && can(principal, 'org.disable'),
    createChild: inScope && !isDisabled && can(principal, 'org.create'),
  };
}
