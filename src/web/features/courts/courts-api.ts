// Calls and cache keys of /api/courts.
import type {
  Court,
  CourtFields,
  CourtProposalResponse,
  Jurisdiction,
  UnregisteredCourt,
} from '../../../shared/api/courts';
import type { CaseScope, CourtLevel } from '../../../shared/domain/jurisdiction';
import { api, type Page } from '../../lib/api-client';

export const courtKeys = {
  all: ['courts'] as const,
  list: (q: string, level: CourtLevel | undefined, page: number, pageSize: number) =>
    ['courts', 'list', q, level, page, pageSize] as const,
  unregistered: ['courts', 'unregistered'] as const,
  jurisdictions: (regionCode: string) => ['courts', 'jurisdictions', regionCode] as const,
};

export function listCourts(q: string, level: CourtLevel | undefined, page: number, pageSize: number) {
  return api.get<Page<Court>>('/api/courts', { q, level, page, pageSize });
}

/** Every court, for pickers (the country has some 3,500; a locality far fewer). */
export function listAllCourts() {
  return api.get<Page<Court>>('/api/courts', { page: 1, pageSize: 200 });
}

export function fieldsOfCourt(court: Court): CourtFields {
  const { courtCode, systemCode, level, regionCode, effectiveFrom, obsoleteFrom } = court;
  return { courtCode, systemCode, level, regionCode, effectiveFrom, obsoleteFrom };
}

/** Sends the values read with the new ones: the server refuses if someone saved in between. */
export function updateCourt(court: Court, fields: CourtFields) {
  return api.put<Court>(`/api/courts/${court.organisationId}`, { ...fields, previous: fieldsOfCourt(court) });
}

export function createCourt(organisationId: string, fields: CourtFields) {
  return api.post<Court>('/api/courts', { organisationId, ...fields });
}

export function listUnregisteredCourts() {
  return api.get<{ items: UnregisteredCourt[] }>('/api/courts/unregistered');
}

export function listJurisdictions(regionCode: string) {
  return api.get<{ items: Jurisdiction[] }>('/api/courts/jurisdictions', { regionCode });
}

export interface JurisdictionInput {
  courtId: string;
  regionCode: string;
  caseScope: CaseScope;
  effectiveFrom: string;
  effectiveTo: string | null;
  basis: string;
}

export function createJurisdiction(input: JurisdictionInput) {
  return api.post<Jurisdiction>('/api/courts/jurisdictions', input);
}

export function endJurisdiction(mapping: Jurisdiction, effectiveTo: string) {
  return api.post<Jurisdiction>(`/api/courts/jurisdictions/${mapping.id}/end`, { effectiveTo });
}

export function proposeCourt(regionCode: string, date: string) {
  return api.get<CourtProposalResponse>('/api/courts/propose', { regionCode, date });
}
