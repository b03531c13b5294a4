import { describe, expect, it } from 'vitest';
import { maskForAudit, maskIdNumber } from './mask';

describe('masking for the audit trail', () => {
  it('masks ID numbers but keeps both ends', () => {
    expect(maskIdNumber('330802199001011234')).toBe('3308**********1234');
  });

  it('hides secrets at any depth and leaves other values', () => {
    expect(
      maskForAudit({
        username: 'a',
        passwordHash: 'x',
        nested: { token: 't', plaintiffIdNumber: '330802199001011234', count: 2 },
        list: [{ secret: 's' }],
        empty: null,
        mustChangePassword: true,
        passwordMinLength: 10,
      }),
    ).toEqual({
      username: 'a',
      passwordHash: '******',
      nested: { token: '******', plaintiffIdNumber: '3308**********1234', count: 2 },
      list: [{ secret: '******' }],
      empty: null,
      mustChangePassword: true,
      passwordMinLength: 10,
    });
  });
});
