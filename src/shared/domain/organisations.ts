// Organisation kinds and the rules tying roles to them.
import type { Role } from './permissions';

export const ORG_KINDS = [
  'government', // 人民政府
  'legal-office', // 司法局 / 政府法制机构
  'agency', // 行政机关 (局、委、办)
  'township', // 乡镇 / 街道
  'court', // 人民法院
  'procuratorate', // 人民检察院
  'other',
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export const ORG_KIND_LABELS: Record<OrgKind, string> = {
  government: '人民政府',
  'legal-office': '司法局',
  agency: '行政机关',
  township: '乡镇/街道',
  court: '人民法院',
  procuratorate: '人民检察院',
  other: '其他单位',
};

// Courts and procuratorates are not inside the government tree: they form
// their own trees (中院 → 基层法院).
export const JUDICIAL_KINDS: readonly OrgKind[] = ['court', 'procuratorate'];

export function isJudicialKind(kind: OrgKind): boolean {
  return JUDICIAL_KINDS.includes(kind);
}

// A business role only makes sense in some kinds of organisation; the
// administrator roles may sit anywhere.
export const ROLE_ORG_KINDS: Partial<Record<Role, readonly OrgKind[]>> = {
  coordinator: ['legal-office'],
  clerk: ['agency', 'township', 'government', 'legal-office'],
  head: ['agency', 'township', 'government', 'legal-office'],
  'court-liaison': ['court'],
  leader: ['government'],
};

export function canRoleSitIn(role: Role, kind: OrgKind): boolean {
  const kinds = ROLE_ORG_KINDS[role];
  return kinds === undefined || kinds.includes(kind);
}

// GB/T 2260: a 6-digit code; the first two digits name the province (11–82).
export function isRegionCode(value: string): boolean {
  return /^[1-8][0-9]{5}$/.test(value);
}

// A child region lies within its parent: the nation (100000, “中华人民共和国” in the
// GB/T 2260 tables) holds every code, a province (xx0000) codes with its first two
// digits, a city (xxxx00) those with its first four, a county only itself.
export const NATION_REGION_CODE = '100000';
export function isRegionWithin(child: string, parent: string): boolean {
  if (parent === NATION_REGION_CODE) return true;
  if (parent.endsWith('0000')) return child.startsWith(parent.slice(0, 2));
  if (parent.endsWith('00')) return child.startsWith(parent.slice(0, 4));
  return child === parent;
}

/**
 * Whether an organisation of this kind and region may sit under this parent
 * (null: at the top). Returns the offending field and a Chinese message.
 */
export function placementProblem(
  child: { kind: OrgKind; regionCode: string },
  parent: { kind: OrgKind; regionCode: string; name: string } | null,
): { field: 'parentId' | 'regionCode'; message: string } | null {
  if (parent === null) {
    return child.kind === 'government' || isJudicialKind(child.kind)
      ? null
      : { field: 'parentId', message: '只有人民政府、人民法院或人民检察院可以作为顶级机构，请选择上级机构' };
  }
  if (isJudicialKind(child.kind) !== isJudicialKind(parent.kind)) {
    return {
      field: 'parentId',
      message: isJudicialKind(child.kind)
        ? '法院、检察院不属于政府序列，只能置于同类机构之下或作为顶级机构'
        : `“${parent.name}”属于司法机关序列，不能设立政府部门`,
    };
  }
  if (isJudicialKind(child.kind) && child.kind !== parent.kind) {
    return { field: 'parentId', message: '法院只能置于法院之下，检察院只能置于检察院之下' };
  }
  if (!isRegionWithin(child.regionCode, parent.regionCode)) {
    return {
      field: 'regionCode',
      message: `行政区划代码 ${child.regionCode} 不在上级机构“${parent.name}”的区划 ${parent.regionCode} 之内`,
    };
  }
  return null;
}
