import { z } from 'zod';
import { PERMISSIONS } from '../domain/permissions';
import './zod-zh';

export const apiTokenSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    permissions: z.array(z.enum(PERMISSIONS)),
    prefix: z.string(),
    createdBy: z.string(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    abilities: z.object({ revoke: z.boolean() }),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const listApiTokensQuerySchema = z.object({
  includeRevoked: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1, '页码从1开始').default(1),
  pageSize: z.coerce.number().int().min(1).max(200, '每页最多200条').default(20),
});

export const createApiTokenSchema = z.object({
  name: z
    .string({ error: '请填写令牌名称' })
    .trim()
    .min(2, '令牌名称至少2个字符')
    .max(60, '令牌名称最多60个字符'),
  organisationId: z.uuid({ error: '请选择令牌所属机构' }),
  permissions: z
    .array(z.enum(PERMISSIONS, { error: '权限无效，请从列表中选择' }))
    .min(1, '请至少选择一项权限'),
  expiresAt: z.iso
    .date({ error: '失效日期应为 YYYY-MM-DD 格式的日期' })
    .nullable()
    .optional()
    .describe('含当日有效；省略则长期有效'),
});

export const revokeApiTokenSchema = z.object({}).describe('空对象 {}');

export const createdApiTokenSchema = z.object({
  apiToken: apiTokenSchema,
  token: z.string().describe('令牌明文，仅此一次显示；请求时以 Authorization: Bearer 发送'),
});
