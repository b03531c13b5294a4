import { describe, expect, it } from 'vitest';
import { fieldLabel, formatAuditValue } from './audit-fields';

describe('audit before → after reads in Chinese', () => {
  it('names recorded fields in Chinese', () => {
    expect(fieldLabel('regionCode')).toBe('行政区划代码');
    expect(fieldLabel('sessionIdleMinutes')).toBe('会话空闲超时（分钟）');
  });

  it('shows roles, kinds, permissions and reasons by their Chinese labels, never the identifiers', () => {
    expect(formatAuditValue('roles', ['clerk', 'head'])).toBe('经办人、机关负责人');
    expect(formatAuditValue('kind', 'legal-office')).toBe('司法局');
    expect(formatAuditValue('permissions', ['org.read'])).toBe('查看组织机构');
    expect(formatAuditValue('reason', 'wrong-password')).toBe('密码错误');
  });

  it('writes yes/no and empty values in Chinese', () => {
    expect(formatAuditValue('disabled', true)).toBe('是');
    expect(formatAuditValue('disabled', false)).toBe('否');
    expect(formatAuditValue('uscc', null)).toBe('（空）');
  });
});
