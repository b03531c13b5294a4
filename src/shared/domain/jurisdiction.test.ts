import { describe, expect, it } from 'vitest';
import { parseCaseNumber } from './case-number';
import {
  type CourtForProposal,
  courtCodeProblem,
  courtLevelProblem,
  findOverlappingMapping,
  type JurisdictionMapping,
  levelOfCourtCode,
  periodsOverlap,
  proposeCourt,
} from './jurisdiction';

const court = (
  id: string,
  name: string,
  courtCode: string,
  regionCode: string,
  more = {},
): CourtForProposal => ({
  id,
  name,
  courtCode,
  level: levelOfCourtCode(courtCode)!,
  regionCode,
  effectiveFrom: null,
  obsoleteFrom: null,
  ...more,
});

const COURTS = [
  court('city', '衢州市中级人民法院', '浙08', '330800'),
  court('kecheng', '柯城区人民法院', '浙0802', '330802'),
  court('qujiang', '衢江区人民法院', '浙0803', '330803'),
  court('longyou', '龙游县人民法院', '浙0825', '330825'),
];

const BASIS_2021 =
  '衢州市中级人民法院《关于完善全市基层人民法院行政诉讼案件跨区域集中管辖的公告》（2021年4月8日）';
const mapping = (regionCode: string, more: Partial<JurisdictionMapping> = {}): JurisdictionMapping => ({
  id: `m-${regionCode}`,
  courtId: 'longyou',
  regionCode,
  caseScope: 'administrative-first-instance',
  effectiveFrom: '2021-04-08',
  effectiveTo: null,
  basis: BASIS_2021,
  ...more,
});
const MAPPINGS = ['330802', '330803', '330825'].map((r) => mapping(r));

describe('proposeCourt', () => {
  it.each([
    ['330802', '2026-03-05', 'longyou', 'jurisdiction'],
    ['330802', '2021-04-08', 'longyou', 'jurisdiction'], // first day of the mapping
    ['330802', '2021-04-07', 'kecheng', 'region'], // the day before
    ['330802', '2021-01-01', 'kecheng', 'region'],
    ['330825', '2026-03-05', 'longyou', 'jurisdiction'],
    ['330825', '2020-01-01', 'longyou', 'region'],
    ['330800', '2026-03-05', null, null], // the city has an intermediate court only
    ['330881', '2026-03-05', null, null], // 江山市: nothing known
  ])('region %s on %s → %s (%s)', (region, date, courtId, source) => {
    const proposal = proposeCourt(MAPPINGS, COURTS, region, date);
    expect(proposal.court?.id ?? null).toBe(courtId);
    expect(proposal.source).toBe(source);
  });

  it('cites the mapping and its basis, or the law for the region court', () => {
    const mapped = proposeCourt(MAPPINGS, COURTS, '330802', '2026-03-05');
    expect(mapped.mapping?.basis).toBe(BASIS_2021);
    expect(mapped.reason).toContain('龙游县人民法院');
    expect(mapped.reason).toContain(BASIS_2021);
    expect(mapped.reason).toContain('2021-04-08起');
    const local = proposeCourt(MAPPINGS, COURTS, '330802', '2021-01-01');
    expect(local.reason).toContain('没有集中管辖安排');
    expect(local.reason).toContain('柯城区人民法院');
    const none = proposeCourt(MAPPINGS, COURTS, '330881', '2026-03-05');
    expect(none.reason).toBe(
      '行政区划 330881 在 2026-03-05 既没有集中管辖安排，也没有本区划的基层人民法院记录，请人工选择法院',
    );
  });

  it('treats the end date as the last day in force', () => {
    const ended = [mapping('330802', { effectiveTo: '2025-12-31' })];
    expect(proposeCourt(ended, COURTS, '330802', '2025-12-31').court?.id).toBe('longyou');
    expect(proposeCourt(ended, COURTS, '330802', '2026-01-01').court?.id).toBe('kecheng');
  });

  it('skips a basic court outside its dates, obsoleteFrom being the first day out of use', () => {
    const courts = [court('old', '旧柯城区法院', '浙0802', '330802', { obsoleteFrom: '2020-01-01' })];
    expect(proposeCourt([], courts, '330802', '2019-12-31').court?.id).toBe('old');
    expect(proposeCourt([], courts, '330802', '2020-01-01').court).toBeNull();
    const future = [court('new', '新法院', '浙0802', '330802', { effectiveFrom: '2027-01-01' })];
    expect(proposeCourt([], future, '330802', '2026-12-31').court).toBeNull();
  });

  it('says so when a mapping points to a court out of use, rather than falling back silently', () => {
    const courts = COURTS.map((c) => (c.id === 'longyou' ? { ...c, obsoleteFrom: '2026-01-01' } : c));
    const proposal = proposeCourt(MAPPINGS, courts, '330802', '2026-03-05');
    expect(proposal.court).toBeNull();
    expect(proposal.mapping?.id).toBe('m-330802');
    expect(proposal.reason).toContain('不在使用期内');
  });

  it('ignores mappings of another scope', () => {
    const other = [mapping('330802', { caseScope: 'civil' })];
    expect(proposeCourt(other, COURTS, '330802', '2026-03-05').court?.id).toBe('kecheng');
  });
});

describe('overlapping mappings', () => {
  const period = (effectiveFrom: string, effectiveTo: string | null) => ({ effectiveFrom, effectiveTo });
  it.each([
    [period('2021-04-08', null), period('2026-01-01', null), true],
    [period('2021-04-08', '2025-12-31'), period('2026-01-01', null), false],
    [period('2021-04-08', '2026-01-01'), period('2026-01-01', null), true], // one shared day
    [period('2026-01-01', null), period('2020-01-01', '2021-04-07'), false],
    [period('2020-01-01', '2020-12-31'), period('2020-06-01', '2020-06-30'), true],
  ])('%o and %o overlap: %s', (a, b, expected) => {
    expect(periodsOverlap(a, b)).toBe(expected);
    expect(periodsOverlap(b, a)).toBe(expected);
  });

  it('compares only the same region and scope', () => {
    const candidate = {
      regionCode: '330802',
      caseScope: 'administrative-first-instance',
      effectiveFrom: '2026-01-01',
      effectiveTo: null,
    };
    expect(findOverlappingMapping(MAPPINGS, candidate)?.id).toBe('m-330802');
    expect(findOverlappingMapping(MAPPINGS, { ...candidate, regionCode: '330881' })).toBeUndefined();
    expect(findOverlappingMapping(MAPPINGS, { ...candidate, caseScope: 'civil' })).toBeUndefined();
  });
});

describe('法院代字', () => {
  it.each([
    ['最高法', 'supreme'],
    ['浙', 'high'],
    ['军', 'high'],
    ['浙08', 'intermediate'],
    ['苏86', 'intermediate'],
    ['浙0825', 'basic'],
    ['苏8601', 'basic'],
  ])('%s is a %s court code, and parseCaseNumber reads it the same way', (code, level) => {
    expect(courtCodeProblem(code)).toBeNull();
    expect(levelOfCourtCode(code)).toBe(level);
    expect(parseCaseNumber(`（2021）${code}行初12号`, { currentYear: 2026 }).courtCode).toBe(code);
  });

  it.each([
    ['', '请填写法院代字'],
    ['最高法1', '最高人民法院的法院代字为“最高法”'],
    ['0825', '缺少省级简称'],
    ['蒙01', '以“内”开头'],
    ['X08', '不是有效的省级简称'],
    ['浙8', '当前为1位'],
    ['浙082', '当前为3位'],
    ['浙0800', '不能为“00”'],
    ['浙00', '不能为“00”'],
    ['浙08a', '格式有误'],
    ['浙 08', '格式有误'],
  ])('refuses %j: %s', (code, message) => {
    expect(courtCodeProblem(code)).toContain(message);
    expect(levelOfCourtCode(code)).toBeNull();
    // parseCaseNumber refuses the same codes.
    expect(parseCaseNumber(`（2021）${code}行初12号`, { currentYear: 2026 }).courtCode).not.toBe(code);
  });

  it('names a level that does not fit the code', () => {
    expect(courtLevelProblem('浙0825', 'basic')).toBeNull();
    expect(courtLevelProblem('浙0825', 'intermediate')).toBe(
      '法院代字“浙0825”是基层人民法院的代字，与所选层级“中级人民法院”不符',
    );
    expect(courtLevelProblem('最高法', 'high')).toContain('最高人民法院');
  });
});
