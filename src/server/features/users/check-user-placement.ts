// The checks shared by creating, editing and re-roling an account: the roles
// go together (三员分立), the organisation exists, is enabled and lies within the
// actor's scope, and every role fits the organisation's kind.
import type { Role } from '../../../shared/domain/permissions';
import type { Db } from '../../db/client';
import { fieldError } from '../../http/errors';
import { isInScope, type Principal } from '../../http/principal';
import { findOrganisation, type OrganisationRow } from '../organisations/organisations.queries';
import { roleExclusivityProblem, rolePlacementProblem } from './users.policy';

export async function checkUserPlacement(options: {
  db: Db;
  principal: Principal;
  organisationId: string;
  roles: readonly Role[];
  /** An account staying in its organisation may stay there even if it was disabled since. */
  currentOrganisationId?: string;
  /** Which field a misfit of role and organisation is reported on. */
  misfitField: 'roles' | 'organisationId';
}): Promise<OrganisationRow> {
  const exclusivity = roleExclusivityProblem(options.roles);
  if (exclusivity) throw fieldError('roles', exclusivity);
  const org = await findOrganisation(options.db, options.organisationId);
  if (!org) throw fieldError('organisationId', '所属机构不存在，请重新选择');
  if (!isInScope(options.principal, org.path)) {
    throw fieldError('organisationId', `机构“${org.name}”不在您的管辖范围内`);
  }
  if (org.disabledAt && org.id !== options.currentOrganisationId) {
    throw fieldError('organisationId', `机构“${org.name}”已停用，不能设立账户`);
  }
  const misfit = rolePlacementProblem(options.roles, org);
  if (misfit) throw fieldError(options.misfitField, misfit);
  return org;
}
