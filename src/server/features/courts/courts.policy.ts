// Who may do what with courts and 集中管辖 mappings: reference data, read by every business
// role and kept by the system administrator; no organisation scope applies.
import type { Court, Jurisdiction } from '../../../shared/api/courts';
import { can, type Principal } from '../../http/principal';
import type { JurisdictionRow } from './courts.queries';

export function courtAbilities(principal: Principal): Court['abilities'] {
  return { update: can(principal, 'court.manage') };
}

export function jurisdictionAbilities(principal: Principal, row: JurisdictionRow): Jurisdiction['abilities'] {
  // An end date once set is history: a different one is entered as a new mapping.
  return { end: row.effectiveTo === null && can(principal, 'court.manage') };
}
