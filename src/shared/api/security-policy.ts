import { z } from 'zod';
import './zod-zh';

const int = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label}应为数字` })
    .int(`${label}应为整数`)
    .min(min, `${label}不能小于${min}`)
    .max(max, `${label}不能大于${max}`);

export const securityPolicyFieldsSchema = z.object({
  passwordMinLength: int('密码最小长度', 8, 64),
  passwordMinCharClasses: int('密码字符类别数', 1, 4),
  passwordForbidUsername: z.boolean({ error: '“禁止包含用户名”应为是或否' }),
  maxFailedLogins: int('锁定前允许的失败次数', 3, 20),
  failureWindowMinutes: int('失败计数时间窗（分钟）', 1, 1440),
  lockoutMinutes: int('锁定时长（分钟）', 0, 10080),
  sessionIdleMinutes: int('会话空闲超时（分钟）', 5, 240),
  sessionAbsoluteHours: int('会话最长时长（小时）', 1, 72),
});

export const securityPolicySchema = securityPolicyFieldsSchema
  .extend({
    version: z.number().int().describe('0 表示尚未保存过，当前为默认值'),
    updatedAt: z.string().describe('version 为 0 时无意义'),
    abilities: z.object({ update: z.boolean() }),
  })
  .meta({ id: 'SecurityPolicy' });
export type SecurityPolicy = z.infer<typeof securityPolicySchema>;

// Unlike other records the policy starts as defaults with no row: version 0.
export const updateSecurityPolicySchema = securityPolicyFieldsSchema.extend({
  version: z
    .number({ error: '请提供记录版本号 version' })
    .int('版本号应为整数')
    .min(0, '版本号不能小于0')
    .describe('读取时的版本号（尚未保存过时为 0）；他人已修改时返回 CONFLICT'),
});
