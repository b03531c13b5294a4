import { describe, expect, it } from 'vitest';
import { canRoleSitIn, isRegionCode, isRegionWithin, placementProblem } from './organisations';

describe('region codes (GB/T 2260)', () => {
  it('checks the 6-digit form', () => {
    expect(isRegionCode('330802')).toBe(true);
    expect(isRegionCode('33080')).toBe(false);
    expect(isRegionCode('930802')).toBe(false);
    expect(isRegionCode('33080a')).toBe(false);
  });

  it('places a county within its city and a city within its province', () => {
    expect(isRegionWithin('330802', '330800')).toBe(true);
    expect(isRegionWithin('330802', '330000')).toBe(true);
    expect(isRegionWithin('330102', '330800')).toBe(false);
    expect(isRegionWithin('330802', '330802')).toBe(true);
    expect(isRegionWithin('330803', '330802')).toBe(false);
    // The nation holds every province; no province holds the nation.
    expect(isRegionWithin('110000', '100000')).toBe(true);
    expect(isRegionWithin('330802', '100000')).toBe(true);
    expect(isRegionWithin('100000', '110000')).toBe(false);
    expect(isRegionWithin('100000', '100000')).toBe(true);
  });
});

describe('placement in the tree', () => {
  const city = { kind: 'government' as const, regionCode: '330800', name: '衢州市人民政府' };
  const court = { kind: 'court' as const, regionCode: '330800', name: '衢州市中级人民法院' };

  it('keeps courts out of the government tree and agencies out of courts', () => {
    expect(placementProblem({ kind: 'court', regionCode: '330802' }, city)?.field).toBe('parentId');
    expect(placementProblem({ kind: 'agency', regionCode: '330802' }, court)?.message).toContain(
      '司法机关序列',
    );
    expect(placementProblem({ kind: 'court', regionCode: '330825' }, court)).toBeNull();
  });

  it('places a province under the nation', () => {
    const nation = { kind: 'government' as const, regionCode: '100000', name: '国务院' };
    expect(placementProblem({ kind: 'government', regionCode: '330000' }, nation)).toBeNull();
    expect(
      placementProblem({ kind: 'government', regionCode: '100000' }, { ...city, regionCode: '330000' })
        ?.field,
    ).toBe('regionCode');
  });

  it('allows only governments and judicial bodies at the top', () => {
    expect(placementProblem({ kind: 'government', regionCode: '330800' }, null)).toBeNull();
    expect(placementProblem({ kind: 'agency', regionCode: '330800' }, null)?.field).toBe('parentId');
  });

  it('names the region field when the region lies outside the parent', () => {
    expect(placementProblem({ kind: 'agency', regionCode: '330102' }, city)).toEqual({
      field: 'regionCode',
      message: '行政区划代码 330102 不在上级机构“衢州市人民政府”的区划 330800 之内',
    });
  });

  it('ties business roles to kinds of organisation', () => {
    expect(canRoleSitIn('court-liaison', 'court')).toBe(true);
    expect(canRoleSitIn('court-liaison', 'agency')).toBe(false);
    expect(canRoleSitIn('coordinator', 'legal-office')).toBe(true);
    expect(canRoleSitIn('sysadmin', 'court')).toBe(true);
  });
});
