import { z } from 'zod';
import { ORG_KINDS } from '../domain/organisations';
import { PERMISSIONS, ROLES } from '../domain/permissions';
import './zod-zh';

export const loginRequestSchema = z.object({
  username: z.string({ error: '请填写用户名' }).trim().min(1, '请填写用户名').max(64, '用户名最多64个字符'),
  password: z.string({ error: '请填写密码' }).min(1, '请填写密码').max(256, '密码最多256个字符'),
});

export const currentUserSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.enum(ROLES)),
    permissions: z.array(z.enum(PERMISSIONS)),
    organisation: z.object({ id: z.uuid(), name: z.string(), kind: z.enum(ORG_KINDS) }),
    mustChangePassword: z.boolean(),
    isDemo: z.boolean(),
  })
  .meta({ id: 'CurrentUser' });
export type CurrentUser = z.infer<typeof currentUserSchema>;

export const sessionResponseSchema = z.object({
  user: currentUserSchema,
  csrfToken: z.string().describe('Cookie 认证的写请求须以 X-CSRF-Token 请求头发送此值'),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const changePasswordRequestSchema = z.object({
  currentPassword: z.string({ error: '请填写当前密码' }).min(1, '请填写当前密码'),
  newPassword: z.string({ error: '请填写新密码' }).min(1, '请填写新密码').max(256, '新密码最多256个字符'),
});

export const passwordRulesSchema = z.object({
  minLength: z.number().int(),
  minCharClasses: z.number().int(),
  forbidUsername: z.boolean(),
  description: z.string(),
});
