// Where a suggestion goes besides its addressee: the legal-affairs office of the
// addressee's region (a judicial suggestion's automatic copy, seed 000; the
// coordinator told of an overdue reply), the addressee's superior people's
// government (told of an overdue reply), and the court that hears the region
// (a reconsideration opinion's copy, seed 000).
import { superiorGovernment } from '../../../shared/domain/suggestions';
import type { Db } from '../../db/client';
import { loadCourtProposal } from '../courts/propose-court';
import { ancestorsOf, legalOfficeUnder, type OrgRow, orgsByIds } from './suggestions.queries';

/** The legal-affairs office under the nearest people's government at or above the organisation. */
export async function regionalLegalOffice(db: Db, org: OrgRow): Promise<OrgRow | undefined> {
  if (org.kind === 'legal-office') return org;
  const government = org.kind === 'government' ? org : superiorGovernment(await ancestorsOf(db, org));
  return government ? legalOfficeUnder(db, government.id) : undefined;
}

/** The nearest people's government above the organisation (上级人民政府). */
export async function superiorGovernmentOf(db: Db, org: OrgRow): Promise<OrgRow | undefined> {
  return superiorGovernment(await ancestorsOf(db, org)) ?? undefined;
}

/** The court that hears first-instance administrative cases of the organisation's region on a date. */
export async function hearingCourtOf(db: Db, org: OrgRow, date: string): Promise<OrgRow | undefined> {
  const proposal = await loadCourtProposal(db, org.regionCode, date);
  if (!proposal.court) return undefined;
  return (await orgsByIds(db, [proposal.court.id])).get(proposal.court.id);
}
