// Whom a sender may address. A court addresses the government side of the
// regions it serves — its own region and those it hears under 集中管辖 — and
// of the regions above them (a basic court may write to the city). The
// government side addresses the organisations of its region and above, and
// the courts serving its region (by seat or by 集中管辖). Two regions are
// related when one lies within the other (GB/T 2260).
import { type BulletinSide, bulletinSideOf } from '../../../shared/domain/bulletins';
import { chinaDate } from '../../../shared/domain/china-time';
import { isRegionWithin, type OrgKind } from '../../../shared/domain/organisations';
import type { Db } from '../../db/client';
import type { Principal } from '../../http/principal';
import { findOrganisation } from '../organisations/organisations.queries';
import { courtRegionsOn, type DirectoryOrg, enabledOrganisationsOf } from './bulletins.queries';

const GOVERNMENT_KINDS: OrgKind[] = ['government', 'legal-office', 'agency', 'township'];

const related = (a: string, b: string) => isRegionWithin(a, b) || isRegionWithin(b, a);

export async function addressableOrganisations(
  db: Db,
  principal: Principal,
  now: Date,
  q?: string,
): Promise<{ side: BulletinSide | null; items: DirectoryOrg[] }> {
  const side = bulletinSideOf(principal.organisation.kind);
  const me = await findOrganisation(db, principal.organisation.id);
  if (!side || !me) return { side, items: [] };
  const regions = await courtRegionsOn(db, chinaDate(now));
  if (side === 'court') {
    const served = [me.regionCode, ...(regions.get(me.id) ?? [])];
    const candidates = await enabledOrganisationsOf(db, GOVERNMENT_KINDS, q);
    return { side, items: candidates.filter((o) => served.some((r) => related(r, o.regionCode))) };
  }
  const candidates = await enabledOrganisationsOf(db, [...GOVERNMENT_KINDS, 'court'], q);
  const items = candidates.filter((o) => {
    if (o.id === me.id) return false;
    if (o.kind !== 'court') return related(o.regionCode, me.regionCode);
    return [o.regionCode, ...(regions.get(o.id) ?? [])].some((r) => related(r, me.regionCode));
  });
  return { side, items };
}
