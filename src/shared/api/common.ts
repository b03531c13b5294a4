// Schemas shared by every feature: errors, paging, abilities.
import { z } from 'zod';
import './zod-zh';

export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'ACCOUNT_DISABLED',
  'PASSWORD_CHANGE_REQUIRED',
  'CSRF_FAILED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'DUPLICATE',
  'RATE_LIMITED',
  'PAYLOAD_TOO_LARGE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const fieldErrorSchema = z.object({
  field: z.string().describe('出错字段的路径，如 username 或 roles.0'),
  message: z.string().describe('中文说明：哪里不对、应当如何'),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const errorResponseSchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      details: z.array(fieldErrorSchema).optional(),
      requestId: z.string().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export const pageQuerySchema = z.object({
  page: z.coerce.number({ error: '页码应为数字' }).int().min(1, '页码从1开始').default(1),
  pageSize: z.coerce
    .number({ error: '每页条数应为数字' })
    .int()
    .min(1, '每页至少1条')
    .max(200, '每页最多200条')
    .default(20),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const idParamSchema = z.object({ id: z.uuid({ error: '标识应为有效的 UUID' }) });

export const versionSchema = z
  .number({ error: '请提供记录版本号 version' })
  .int()
  .min(1)
  .describe('读取时的版本号；他人已修改时返回 CONFLICT');

export const okSchema = z.object({ ok: z.literal(true) });

/** The error answers every API route may give, for the OpenAPI document. */
export const errorResponses = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
};
