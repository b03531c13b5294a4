import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../../../shared/domain/permissions';
import { navItemsFor } from './nav-items';

const labelsFor = (...roles: Parameters<typeof permissionsOf>[0]) =>
  navItemsFor(permissionsOf(roles)).map((item) => item.label);

describe('the side menu shows only what the role may use', () => {
  it.each([
    [
      ['clerk'] as const,
      [
        '工作台',
        '行政应诉',
        '建议与函件',
        '信息通报',
        '数据看板',
        '统计指标',
        '考核',
        '组织机构',
        '法院与管辖',
      ],
    ],
    [
      ['court-liaison'] as const,
      [
        '工作台',
        '行政应诉',
        '建议与函件',
        '信息通报',
        '三通报',
        '法院数据报送',

        '组织机构',
        '法院与管辖',
      ],
    ],
    [
      ['sysadmin'] as const,
      ['工作台', '组织机构', '法院与管辖', '账户管理', '接口令牌', '节假日安排', '案由与领域'],
    ],
    [['secadmin'] as const, ['工作台', '账户管理', '安全策略']],
    [['auditor'] as const, ['工作台', '审计日志']],
  ])('%s → %s', (roles, labels) => {
    expect(labelsFor(...roles)).toEqual(labels);
  });

  it('gives a user without permissions the workbench only', () => {
    expect(navItemsFor([]).map((item) => item.label)).toEqual(['工作台']);
  });
});
