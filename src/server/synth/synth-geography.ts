// The synthetic nation's organisations: provinces → cities → counties (GB/T
// 2260-like codes), each county with its government, 司法局, agencies and
// townships; the court tree (高院 → 中院 → 基层法院) with 法院代字 as the 案号
// rules write them; one coordinator per county and one leader per city, and a
// national root government above the provinces with one leader whose scope is
// everything (the "dashboard for everything" of the bench).

import { NATION_REGION_CODE } from '../../shared/domain/organisations';
import type { Db } from '../db/client';
import { courts, organisations, users } from '../db/schema';
import { COUNTY_AGENCIES, PROVINCES, placeName, TOWNSHIP_SUFFIXES } from './synth-vocabulary';

export interface SynthShape {
  provinces: number;
  citiesPerProvince: number;
  countiesPerCity: number;
}

/** Enough regions that a county holds a few thousand cases at most. */
export function shapeFor(cases: number): SynthShape {
  if (cases >= 200_000) return { provinces: PROVINCES.length, citiesPerProvince: 4, countiesPerCity: 4 };
  if (cases >= 20_000) return { provinces: 8, citiesPerProvince: 3, countiesPerCity: 3 };
  return { provinces: 2, citiesPerProvince: 2, countiesPerCity: 2 };
}

/** What the case generator needs of one county. */
export interface SynthCounty {
  idx: number;
  region_code: string;
  court_id: string;
  court_code: string;
  mid_court_id: string;
  mid_court_code: string;
  office_id: string;
  gov_name: string;
  agency_ids: string[];
  agency_paths: string[];
  agency_names: string[];
  agency_domains: string[];
  agency_causes: string[];
}

export interface SynthGeography {
  counties: SynthCounty[];
  organisations: number;
  coordinators: string[];
  leaders: string[];
  /** The leader at the national root: every case is in scope. */
  nationalLeader: string;
}

export const NATIONAL_LEADER = 'synth-leader-all';

type OrgRow = typeof organisations.$inferInsert;

export async function insertGeography(options: {
  db: Db;
  now: Date;
  shape: SynthShape;
  passwordHash: string;
}): Promise<SynthGeography> {
  const { db, now, shape, passwordHash } = options;
  const orgRows: OrgRow[] = [];
  const courtRows: (typeof courts.$inferInsert)[] = [];
  const userRows: (typeof users.$inferInsert)[] = [];
  const counties: SynthCounty[] = [];
  const coordinators: string[] = [];
  const leaders: string[] = [];

  const org = (
    parent: { id: string; path: string } | null,
    name: string,
    kind: string,
    regionCode: string,
  ) => {
    const id = crypto.randomUUID();
    const path = `${parent?.path ?? '/'}${id}/`;
    orgRows.push({
      id,
      parentId: parent?.id ?? null,
      path,
      name,
      kind,
      regionCode,
      createdAt: now,
      updatedAt: now,
    });
    return { id, path, name };
  };
  const court = (
    parent: { id: string; path: string } | null,
    name: string,
    regionCode: string,
    courtCode: string,
    level: 'high' | 'intermediate' | 'basic',
  ) => {
    const row = org(parent, name, 'court', regionCode);
    courtRows.push({ organisationId: row.id, courtCode, level, regionCode });
    return row;
  };
  const user = (username: string, displayName: string, organisationId: string, role: string) =>
    userRows.push({
      username,
      displayName,
      organisationId,
      roles: [role],
      passwordHash,
      mustChangePassword: false, // synthetic accounts keep the printed password
      passwordChangedAt: now,
      createdAt: now,
      updatedAt: now,
    });

  // Provinces sit under one national root so a single account can see every
  // case. Courts keep their own tree (高院 at the top), as 法院代字 start there;
  // the root's scope still covers every case through its defendants' paths.
  const nation = org(null, '国务院', 'government', NATION_REGION_CODE);
  user(NATIONAL_LEADER, '全国领导', nation.id, 'leader');

  for (const [p, [pCode, pName, abbreviation]] of PROVINCES.slice(0, shape.provinces).entries()) {
    const provinceCode = `${pCode}0000`;
    const province = org(nation, `${pName}人民政府`, 'government', provinceCode);
    org(province, `${pName}司法厅`, 'legal-office', provinceCode);
    const highCourt = court(null, `${pName}高级人民法院`, provinceCode, abbreviation, 'high');
    for (let c = 1; c <= shape.citiesPerProvince; c++) {
      const cc = String(c).padStart(2, '0');
      const cityCode = `${pCode}${cc}00`;
      const cityName = `${placeName(p * 8 + c)}市`;
      const city = org(province, `${cityName}人民政府`, 'government', cityCode);
      org(city, `${cityName}司法局`, 'legal-office', cityCode);
      const midCourt = court(
        highCourt,
        `${cityName}中级人民法院`,
        cityCode,
        `${abbreviation}${cc}`,
        'intermediate',
      );
      const leader = `synth-leader-${cityCode}`;
      user(leader, `${cityName}领导`, city.id, 'leader');
      leaders.push(leader);
      for (let d = 1; d <= shape.countiesPerCity; d++) {
        const dd = String(d + 1).padStart(2, '0'); // xx01 is 市辖区 in GB/T 2260
        const regionCode = `${pCode}${cc}${dd}`;
        const countyName = `${cityName.slice(0, 2)}${placeName((p * 64 + c * 8 + d) % 256)}${d % 2 ? '区' : '县'}`;
        const government = org(city, `${countyName}人民政府`, 'government', regionCode);
        const office = org(government, `${countyName}司法局`, 'legal-office', regionCode);
        const agencies = COUNTY_AGENCIES.map(([suffix]) =>
          org(government, `${countyName}${suffix}`, 'agency', regionCode),
        );
        TOWNSHIP_SUFFIXES.forEach((suffix, t) => {
          org(government, `${placeName((d * 16 + t * 5) % 256)}${suffix}`, 'township', regionCode);
        });
        const basic = court(
          midCourt,
          `${countyName}人民法院`,
          regionCode,
          `${abbreviation}${cc}${dd}`,
          'basic',
        );
        const coordinator = `synth-coord-${regionCode}`;
        user(coordinator, `${countyName}司法局协调员`, office.id, 'coordinator');
        coordinators.push(coordinator);
        counties.push({
          idx: counties.length,
          region_code: regionCode,
          court_id: basic.id,
          court_code: `${abbreviation}${cc}${dd}`,
          mid_court_id: midCourt.id,
          mid_court_code: `${abbreviation}${cc}`,
          office_id: office.id,
          gov_name: government.name,
          agency_ids: agencies.map((a) => a.id),
          agency_paths: agencies.map((a) => a.path),
          agency_names: agencies.map((a) => a.name),
          agency_domains: COUNTY_AGENCIES.map(([, domain]) => domain),
          agency_causes: COUNTY_AGENCIES.map(([, , causes]) => causes.join(',')),
        });
      }
    }
  }

  await db.transaction(async (tx) => {
    // Parents come before children in orgRows, so chunks keep the foreign keys satisfied.
    for (let i = 0; i < orgRows.length; i += 1000)
      await tx.insert(organisations).values(orgRows.slice(i, i + 1000));
    for (let i = 0; i < courtRows.length; i += 1000)
      await tx.insert(courts).values(courtRows.slice(i, i + 1000));
    for (let i = 0; i < userRows.length; i += 1000)
      await tx.insert(users).values(userRows.slice(i, i + 1000));
  });
  return { counties, organisations: orgRows.length, coordinators, leaders, nationalLeader: NATIONAL_LEADER };
}
