// The policy's numeric fields with their Chinese labels, units and bounds
// (the same bounds as securityPolicyFieldsSchema).
export interface PolicyNumberField {
  name:
    | 'passwordMinLength'
    | 'passwordMinCharClasses'
    | 'maxFailedLogins'
    | 'failureWindowMinutes'
    | 'lockoutMinutes'
    | 'sessionIdleMinutes'
    | 'sessionAbsoluteHours';
  label: string;
  unit: string;
  min: number;
  max: number;
  extra?: string;
}

export const PASSWORD_FIELDS: PolicyNumberField[] = [
  { name: 'passwordMinLength', label: '密码最小长度', unit: '位', min: 8, max: 64 },
  {
    name: 'passwordMinCharClasses',
    label: '密码字符类别数',
    unit: '类',
    min: 1,
    max: 4,
    extra: '小写字母、大写字母、数字、符号中至少须包含的类别数',
  },
];

export const LOGIN_FIELDS: PolicyNumberField[] = [
  { name: 'maxFailedLogins', label: '锁定前允许的失败次数', unit: '次', min: 3, max: 20 },
  {
    name: 'failureWindowMinutes',
    label: '失败计数时间窗',
    unit: '分钟',
    min: 1,
    max: 1440,
    extra: '在此时间内连续失败达到上述次数即锁定账户',
  },
  {
    name: 'lockoutMinutes',
    label: '锁定时长',
    unit: '分钟',
    min: 0,
    max: 10080,
    extra: '填 0 表示须由安全管理员手动解锁',
  },
];

export const SESSION_FIELDS: PolicyNumberField[] = [
  {
    name: 'sessionIdleMinutes',
    label: '会话空闲超时',
    unit: '分钟',
    min: 5,
    max: 240,
    extra: '超过此时间无操作须重新登录',
  },
  { name: 'sessionAbsoluteHours', label: '会话最长时长', unit: '小时', min: 1, max: 72 },
];
