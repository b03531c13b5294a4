import { z } from 'zod';
import { ORG_KINDS } from '../domain/organisations';
import { checkUscc, normalizeUscc } from '../domain/uscc';
import { versionSchema } from './common';
import './zod-zh';

export const orgKindSchema = z.enum(ORG_KINDS, { error: '机构类型无效，请从列表中选择' });

export const usccSchema = z
  .string()
  .transform(normalizeUscc)
  .superRefine((value, ctx) => {
    const problem = checkUscc(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const regionCodeSchema = z
  .string({ error: '请填写行政区划代码' })
  .trim()
  .regex(/^[1-8][0-9]{5}$/, '行政区划代码应为6位数字（GB/T 2260），如 330802');

export const orgNameSchema = z
  .string({ error: '请填写机构名称' })
  .trim()
  .min(2, '机构名称至少2个字符')
  .max(60, '机构名称最多60个字符');

export const organisationSchema = z
  .object({
    id: z.uuid(),
    parentId: z.uuid().nullable(),
    name: z.string(),
    kind: orgKindSchema,
    regionCode: z.string(),
    uscc: z.string().nullable(),
    disabled: z.boolean(),
    hasChildren: z.boolean(),
    version: z.number().int(),
    abilities: z.object({
      update: z.boolean(),
      move: z.boolean(),
      disable: z.boolean(),
      enable: z.boolean(),
      createChild: z.boolean(),
    }),
  })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof organisationSchema>;

export const listOrganisationsQuerySchema = z.object({
  parentId: z
    .uuid({ error: '上级机构标识应为有效的 UUID' })
    .optional()
    .describe('省略时返回调用者可见范围的根'),
  q: z.string().trim().max(60, '搜索词最多60个字符').optional().describe('按名称搜索（包含即可）'),
  includeDisabled: z.enum(['true', 'false']).optional(),
  page: z.coerce.number().int().min(1, '页码从1开始').default(1),
  pageSize: z.coerce.number().int().min(1).max(500, '每页最多500条').default(200),
});

export const createOrganisationSchema = z.object({
  parentId: z.uuid({ error: '请选择上级机构' }).nullable(),
  name: orgNameSchema,
  kind: orgKindSchema,
  regionCode: regionCodeSchema,
  uscc: usccSchema.nullable().optional(),
});

export const updateOrganisationSchema = z.object({
  name: orgNameSchema,
  regionCode: regionCodeSchema,
  uscc: usccSchema.nullable(),
  version: versionSchema,
});

export const moveOrganisationSchema = z.object({
  parentId: z.uuid({ error: '请选择新的上级机构' }),
  version: versionSchema,
});

export const versionOnlySchema = z.object({ version: versionSchema });
