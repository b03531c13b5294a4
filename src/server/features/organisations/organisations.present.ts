import type { Organisation } from '../../../shared/api/organisations';
import type { OrgKind } from '../../../shared/domain/organisations';
import type { Principal } from '../../http/principal';
import { organisationAbilities } from './organisations.policy';
import type { OrganisationRow } from './organisations.queries';

export function presentOrganisation(
  principal: Principal,
  org: OrganisationRow,
  hasChildren: boolean,
): Organisation {
  return {
    id: org.id,
    parentId: org.parentId,
    name: org.name,
    kind: org.kind as OrgKind,
    regionCode: org.regionCode,
    uscc: org.uscc,
    disabled: org.disabledAt !== null,
    hasChildren,
    version: org.version,
    abilities: organisationAbilities(principal, org),
  };
}

/** The fields an audit row records of an organisation. */
export function auditedOrganisation(org: OrganisationRow) {
  return {
    name: org.name,
    kind: org.kind,
    parentId: org.parentId,
    regionCode: org.regionCode,
    uscc: org.uscc,
    disabled: org.disabledAt !== null,
  };
}
