import { describe, expect, it } from 'vitest';
import { checkIdNumber, idNumberCheckCharacter } from './id-number';

describe('居民身份证号 (GB 11643-1999)', () => {
  it('computes the ISO 7064 MOD 11-2 check character', () => {
    expect(idNumberCheckCharacter('11010519491231002')).toBe('X'); // the standard's own example
    expect(idNumberCheckCharacter('44052418800101001')).toBe('4');
  });

  it.each([
    ['11010519491231002X', null],
    ['11010519491231002x', null],
    ['110105194912310021', '身份证号校验码错误：最后一位应为“X”'],
    ['11010519491331002X', '身份证号中的出生日期 19491331 不是有效日期'],
    ['1101051949123100', '身份证号应为18位：17位数字加1位校验码（数字或X）'],
  ])('%s', (value, expected) => {
    expect(checkIdNumber(value)).toBe(expected);
  });
});
