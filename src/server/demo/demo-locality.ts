// The demo locality of seed 001: real places and courts of 衢州市, fictional
// people. Only 柯城区司法局's 统一社会信用代码 is known (it heads the seed's index
// number); the others are left empty rather than invented.

import type { OrgKind } from '../../shared/domain/organisations';
import type { Role } from '../../shared/domain/permissions';

export interface DemoOrg {
  key: string;
  name: string;
  kind: OrgKind;
  regionCode: string;
  uscc?: string;
  children?: DemoOrg[];
  court?: { courtCode: string; level: 'intermediate' | 'basic' };
}

const AGENCIES = [
  ['gongan', '公安局'],
  ['ziran', '自然资源和规划局'],
  ['zhujian', '住房和城乡建设局'],
  ['renshe', '人力资源和社会保障局'],
  ['shichang', '市场监督管理局'],
  ['shengtai', '生态环境局'],
  ['zhifa', '综合行政执法局'],
] as const;

function county(
  key: string,
  name: string,
  regionCode: string,
  townships: string[],
  usccOfLegal?: string,
): DemoOrg {
  return {
    key,
    name: `${name}人民政府`,
    kind: 'government',
    regionCode,
    children: [
      { key: `${key}-sifa`, name: `${name}司法局`, kind: 'legal-office', regionCode, uscc: usccOfLegal },
      ...AGENCIES.map(([k, n]) => ({
        key: `${key}-${k}`,
        name: `${name}${n}`,
        kind: 'agency' as const,
        regionCode,
      })),
      ...townships.map((t, i) => ({
        key: `${key}-town-${i}`,
        name: t,
        kind: 'township' as const,
        regionCode,
      })),
    ],
  };
}

export const DEMO_GOVERNMENT: DemoOrg = {
  key: 'city',
  name: '衢州市人民政府',
  kind: 'government',
  regionCode: '330800',
  children: [
    { key: 'city-sifa', name: '衢州市司法局', kind: 'legal-office', regionCode: '330800' },
    ...AGENCIES.map(([k, n]) => ({
      key: `city-${k}`,
      name: `衢州市${n}`,
      kind: 'agency' as const,
      regionCode: '330800',
    })),
    county('kecheng', '柯城区', '330802', ['府山街道', '航埠镇'], '11330802002621484G'),
    county('qujiang', '衢江区', '330803', ['樟潭街道', '廿里镇']),
    county('longyou', '龙游县', '330825', ['东华街道', '湖镇镇']),
  ],
};

export const DEMO_COURTS: DemoOrg = {
  key: 'court-city',
  name: '衢州市中级人民法院',
  kind: 'court',
  regionCode: '330800',
  court: { courtCode: '浙08', level: 'intermediate' },
  children: [
    {
      key: 'court-kecheng',
      name: '柯城区人民法院',
      kind: 'court',
      regionCode: '330802',
      court: { courtCode: '浙0802', level: 'basic' },
    },
    {
      key: 'court-qujiang',
      name: '衢江区人民法院',
      kind: 'court',
      regionCode: '330803',
      court: { courtCode: '浙0803', level: 'basic' },
    },
    {
      key: 'court-longyou',
      name: '龙游县人民法院',
      kind: 'court',
      regionCode: '330825',
      court: { courtCode: '浙0825', level: 'basic' },
    },
  ],
};

// Seed 001: from 2021-04-08 龙游县人民法院 hears the first-instance administrative
// cases of 柯城区 and 衢江区 (and of its own county).
export const DEMO_JURISDICTION = {
  courtKey: 'court-longyou',
  regionCodes: ['330802', '330803', '330825'],
  caseScope: 'administrative-first-instance',
  effectiveFrom: '2021-04-08',
  basis: '衢州市中级人民法院《关于完善全市基层人民法院行政诉讼案件跨区域集中管辖的公告》（2021年4月8日）',
};

export const DEMO_ACCOUNTS: { username: string; displayName: string; orgKey: string; role: Role }[] = [
  { username: 'sysadmin', displayName: '周立新', orgKey: 'city-sifa', role: 'sysadmin' },
  { username: 'secadmin', displayName: '吴晓燕', orgKey: 'city-sifa', role: 'secadmin' },
  { username: 'auditor', displayName: '郑国平', orgKey: 'city-sifa', role: 'auditor' },
  { username: 'kecheng-coordinator', displayName: '王慧敏', orgKey: 'kecheng-sifa', role: 'coordinator' },
  { username: 'kecheng-clerk', displayName: '李志强', orgKey: 'kecheng-ziran', role: 'clerk' },
  { username: 'kecheng-head', displayName: '陈建华', orgKey: 'kecheng-ziran', role: 'head' },
  { username: 'longyou-court', displayName: '徐丽君', orgKey: 'court-longyou', role: 'court-liaison' },
  { username: 'city-coordinator', displayName: '杨海峰', orgKey: 'city-sifa', role: 'coordinator' },
  { username: 'city-leader', displayName: '赵永明', orgKey: 'city', role: 'leader' },
];
