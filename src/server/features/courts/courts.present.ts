import type { Court, CourtFields, Jurisdiction } from '../../../shared/api/courts';
import type { CaseScope, CourtLevel } from '../../../shared/domain/jurisdiction';
import type { Principal } from '../../http/principal';
import { courtAbilities, jurisdictionAbilities } from './courts.policy';
import type { CourtRow, JurisdictionRow } from './courts.queries';

export function courtFieldsOf(row: Omit<CourtRow, 'name' | 'organisationDisabled'>): CourtFields {
  return {
    courtCode: row.courtCode,
    systemCode: row.systemCode,
    level: row.level as CourtLevel,
    regionCode: row.regionCode,
    effectiveFrom: row.effectiveFrom,
    obsoleteFrom: row.obsoleteFrom,
  };
}

export function presentCourt(principal: Principal, row: CourtRow): Court {
  return {
    organisationId: row.organisationId,
    name: row.name,
    organisationDisabled: row.organisationDisabled,
    ...courtFieldsOf(row),
    abilities: courtAbilities(principal),
  };
}

export function presentJurisdiction(principal: Principal, row: JurisdictionRow): Jurisdiction {
  return {
    id: row.id,
    court: { organisationId: row.courtId, name: row.courtName, courtCode: row.courtCode },
    regionCode: row.regionCode,
    caseScope: row.caseScope as CaseScope,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    basis: row.basis,
    abilities: jurisdictionAbilities(principal, row),
  };
}

/** The fields an audit row records of a mapping. */
export function auditedJurisdiction(row: JurisdictionRow) {
  return {
    court: `${row.courtName}（${row.courtCode}）`,
    regionCode: row.regionCode,
    caseScope: row.caseScope,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    basis: row.basis,
  };
}
