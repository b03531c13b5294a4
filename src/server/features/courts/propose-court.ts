// The court proposed at intake for a defendant's region and filing date: the tables loaded,
// the choice made by the pure rule of shared/domain/jurisdiction.ts.
import { type CourtLevel, type CourtProposal, proposeCourt } from '../../../shared/domain/jurisdiction';
import type { Db } from '../../db/client';
import { listAllCourts, listJurisdictions } from './courts.queries';

export async function loadCourtProposal(db: Db, regionCode: string, date: string): Promise<CourtProposal> {
  const [courts, mappings] = await Promise.all([listAllCourts(db), listJurisdictions(db, { regionCode })]);
  return proposeCourt(
    mappings,
    // A court whose organisation is disabled no longer takes cases.
    courts
      .filter((c) => !c.organisationDisabled)
      .map((c) => ({
        id: c.organisationId,
        name: c.name,
        courtCode: c.courtCode,
        level: c.level as CourtLevel,
        regionCode: c.regionCode,
        effectiveFrom: c.effectiveFrom,
        obsoleteFrom: c.obsoleteFrom,
      })),
    regionCode,
    date,
  );
}
