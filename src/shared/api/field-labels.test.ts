import { describe, expect, it } from 'vitest';
import { withFieldLabel } from './field-labels';

describe('field labels in validation messages', () => {
  it('names the field of a fallback message in Chinese', () => {
    expect(withFieldLabel('roles.0', '取值不在允许的范围内')).toBe('角色：取值不在允许的范围内');
    expect(withFieldLabel('regionCode', '必填')).toBe('行政区划代码：必填');
    expect(withFieldLabel('', '应为对象')).toBe('请求：应为对象');
  });

  it('leaves a message the schema worded itself', () => {
    expect(withFieldLabel('username', '请填写用户名')).toBe('请填写用户名');
    expect(withFieldLabel('passwordMinLength', '密码最小长度不能小于8')).toBe('密码最小长度不能小于8');
  });
});
