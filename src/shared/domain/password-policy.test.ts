import { describe, expect, it } from 'vitest';
import {
  checkPassword,
  countCharClasses,
  DEFAULT_PASSWORD_RULES,
  describePasswordRules,
} from './password-policy';

describe('password policy', () => {
  it('counts the four character classes', () => {
    expect(countCharClasses('abc')).toBe(1);
    expect(countCharClasses('abcDEF')).toBe(2);
    expect(countCharClasses('abcDEF123')).toBe(3);
    expect(countCharClasses('abcDEF123!')).toBe(4);
    expect(countCharClasses('密码Abc1')).toBe(4); // Chinese characters count as symbols
  });

  it.each([
    ['Short1!', ['密码长度至少10位']],
    ['alllowercase', ['密码须包含小写字母、大写字母、数字、符号中的至少3类']],
    ['Zhangsan-2026x', ['密码不得包含用户名']],
    ['short', ['密码长度至少10位', '密码须包含小写字母、大写字母、数字、符号中的至少3类']],
    ['Good-Passw0rd', []],
  ])('%s → %j', (password, problems) => {
    expect(checkPassword(password, 'zhangsan', DEFAULT_PASSWORD_RULES)).toEqual(problems);
  });

  it('follows configured rules', () => {
    const rules = { minLength: 12, minCharClasses: 4, forbidUsername: false };
    expect(checkPassword('Abcdefgh123!', 'abc', rules)).toEqual([]);
    expect(checkPassword('Abcdefgh1234', 'abc', rules)).toEqual([
      '密码须包含小写字母、大写字母、数字、符号中的至少4类',
    ]);
    expect(describePasswordRules(rules)).toBe('至少12位，包含小写字母、大写字母、数字、符号中的至少4类');
  });
});
