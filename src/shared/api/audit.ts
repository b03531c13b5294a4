import { z } from 'zod';
import { AUDIT_EVENT_NAMES, AUDIT_TARGET_TYPES, type AuditTargetType } from '../domain/audit-events';
import './zod-zh';

const targetTypes = Object.keys(AUDIT_TARGET_TYPES) as [AuditTargetType, ...AuditTargetType[]];

export const auditEventSchema = z
  .object({
    id: z.number().int(),
    occurredAt: z.string(),
    actorType: z.enum(['user', 'token', 'system', 'anonymous']),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    actorOrgName: z.string().nullable(),
    event: z.string(),
    targetType: z.string(),
    targetId: z.string().nullable(),
    targetLabel: z.string().nullable(),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    requestId: z.string().nullable(),
    hash: z.string(),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEventRow = z.infer<typeof auditEventSchema>;

export const listAuditQuerySchema = z.object({
  actor: z
    .string()
    .trim()
    .max(64, '操作人最多64个字符')
    .optional()
    .describe('操作人用户名或令牌名（包含即可）'),
  event: z
    .enum(AUDIT_EVENT_NAMES as [string, ...string[]], { error: '事件类型无效，请从列表中选择' })
    .optional(),
  targetType: z.enum(targetTypes, { error: '对象类型无效，请从列表中选择' }).optional(),
  target: z.string().trim().max(100, '对象最多100个字符').optional().describe('对象标识或名称（包含即可）'),
  from: z.iso.datetime({ offset: true, error: '开始时间应为 ISO 日期时间' }).optional(),
  to: z.iso.datetime({ offset: true, error: '结束时间应为 ISO 日期时间' }).optional(),
  page: z.coerce.number().int().min(1, '页码从1开始').default(1),
  pageSize: z.coerce.number().int().min(1).max(200, '每页最多200条').default(50),
});

export const auditVerificationSchema = z.object({
  ok: z.boolean(),
  checked: z.number().int().describe('已校验的记录数'),
  firstBroken: z
    .object({ id: z.number().int(), reason: z.string().describe('中文说明：哪一项不符') })
    .nullable(),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;
