import { describe, expect, it } from 'vitest';
import { checkUscc, usccCheckCharacter } from './uscc';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it.each([
    ['11330802002621484G', null], // 柯城区司法局, from seed 001's index number
    ['91110000600001760P', null], // a published enterprise code
    ['11330802002621484g', null], // lower case is accepted and normalised
  ])('accepts %s', (code, expected) => {
    expect(checkUscc(code)).toBe(expected);
  });

  it.each([
    ['11330802002621484A', '校验位错误：最后一位应为“G”'],
    ['1133080200262148', '应为18位，当前为16位'],
    ['11330802002621484GX', '应为18位，当前为19位'],
    ['1133080200262148IG', '不允许的字符“I”'],
    ['11330802O02621484G', '不允许的字符“O”'],
  ])('rejects %s', (code, message) => {
    expect(checkUscc(code)).toContain(message);
  });

  it('computes the check character, 31 mapping to 0', () => {
    expect(usccCheckCharacter('11330802002621484')).toBe('G');
    expect(usccCheckCharacter('short')).toBeNull();
  });
});
