import { z } from 'zod';
import { ROLES } from '../domain/permissions';
import { versionSchema } from './common';
import './zod-zh';

export const roleSchema = z.enum(ROLES, { error: '角色无效，请从列表中选择' });

export const usernameSchema = z
  .string({ error: '请填写用户名' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9._-]{2,31}$/, '用户名应为3–32位小写字母、数字、点、下划线或连字符，并以字母开头');

export const displayNameSchema = z
  .string({ error: '请填写姓名' })
  .trim()
  .min(2, '姓名至少2个字符')
  .max(30, '姓名最多30个字符');

export const userStatusSchema = z.enum(['active', 'locked', 'disabled']);
export const USER_STATUS_LABELS = { active: '正常', locked: '已锁定', disabled: '已停用' } as const;

export const userSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    roles: z.array(roleSchema),
    status: userStatusSchema,
    mustChangePassword: z.boolean(),
    lastLoginAt: z.string().nullable(),
    createdAt: z.string(),
    version: z.number().int(),
    abilities: z.object({
      update: z.boolean(),
      disable: z.boolean(),
      enable: z.boolean(),
      resetPassword: z.boolean(),
      unlock: z.boolean(),
      assignRoles: z.boolean(),
    }),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof userSchema>;

export const listUsersQuerySchema = z.object({
  q: z.string().trim().max(60, '搜索词最多60个字符').optional().describe('用户名或姓名（包含即可）'),
  organisationId: z.uuid({ error: '机构标识应为有效的 UUID' }).optional(),
  role: roleSchema.optional(),
  status: userStatusSchema.optional(),
  page: z.coerce.number().int().min(1, '页码从1开始').default(1),
  pageSize: z.coerce.number().int().min(1).max(200, '每页最多200条').default(20),
});

export const createUserSchema = z.object({
  username: usernameSchema,
  displayName: displayNameSchema,
  organisationId: z.uuid({ error: '请选择所属机构' }),
  roles: z.array(roleSchema).min(1, '请至少选择一个角色'),
});

export const updateUserSchema = z.object({
  displayName: displayNameSchema,
  organisationId: z.uuid({ error: '请选择所属机构' }),
  version: versionSchema,
});

export const assignRolesSchema = z.object({
  roles: z.array(roleSchema).min(1, '请至少选择一个角色'),
  version: versionSchema,
});

export const temporaryPasswordResponseSchema = z.object({
  user: userSchema,
  temporaryPassword: z.string().describe('仅显示一次的临时密码；首次登录须修改'),
});
