import { z } from 'zod';
import { CASE_SCOPES, COURT_LEVELS } from '../domain/jurisdiction';
import { isValidDate } from '../domain/periods';
import { pageQuerySchema } from './common';
import { regionCodeSchema } from './organisations';
import './zod-zh';

/** A real calendar date 'YYYY-MM-DD'; `label` names the field in the message. */
export const dateSchema = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .refine(isValidDate, `${label}应为 YYYY-MM-DD 格式的真实日期，如 2026-03-05`);

export const courtLevelSchema = z.enum(COURT_LEVELS, { error: '法院层级无效，请从列表中选择' });
export const caseScopeSchema = z.enum(CASE_SCOPES, { error: '案件范围无效，请从列表中选择' });

const courtCodeSchema = z
  .string({ error: '请填写法院代字' })
  .trim()
  .min(1, '请填写法院代字')
  .max(10, '法院代字最多10个字符')
  .describe('法院代字，如 浙0825；格式在服务端按案号规则校验');

const systemCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, '法院系统代码应为6位数字，如 320350')
  .nullable();

export const courtFieldsSchema = z.object({
  courtCode: courtCodeSchema,
  systemCode: systemCodeSchema,
  level: courtLevelSchema,
  regionCode: regionCodeSchema,
  effectiveFrom: dateSchema('启用日期').nullable(),
  obsoleteFrom: dateSchema('停用日期').nullable().describe('自该日起不再使用（不含当日）'),
});
export type CourtFields = z.infer<typeof courtFieldsSchema>;

export const courtSchema = courtFieldsSchema
  .extend({
    organisationId: z.uuid(),
    name: z.string(),
    organisationDisabled: z.boolean(),
    abilities: z.object({ update: z.boolean() }),
  })
  .meta({ id: 'Court' });
export type Court = z.infer<typeof courtSchema>;

export const listCourtsQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(30, '搜索词最多30个字符').optional().describe('按法院名称或法院代字搜索'),
  level: courtLevelSchema.optional(),
});

// No version column: the client sends the values it read, and the server refuses the write
// when the row no longer holds them (someone else saved in between).
export const updateCourtSchema = courtFieldsSchema.extend({
  previous: z
    .object({
      courtCode: z.string(),
      systemCode: z.string().nullable(),
      level: z.string(),
      regionCode: z.string(),
      effectiveFrom: z.string().nullable(),
      obsoleteFrom: z.string().nullable(),
    })
    .describe('读取时的各字段值；与当前记录不一致时返回 CONFLICT'),
});

export const createCourtSchema = courtFieldsSchema.extend({
  organisationId: z.uuid({ error: '请选择法院所属机构' }).describe('尚未登记法院信息的“法院”类机构'),
});

export const courtOrganisationParamSchema = z.object({
  organisationId: z.uuid({ error: '法院标识应为有效的 UUID' }),
});

export const unregisteredCourtSchema = z.object({
  organisationId: z.uuid(),
  name: z.string(),
  regionCode: z.string(),
});
export type UnregisteredCourt = z.infer<typeof unregisteredCourtSchema>;

export const jurisdictionSchema = z
  .object({
    id: z.uuid(),
    court: z.object({ organisationId: z.uuid(), name: z.string(), courtCode: z.string() }),
    regionCode: z.string(),
    caseScope: caseScopeSchema,
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable().describe('最后有效日（含当日）；空为仍然有效'),
    basis: z.string(),
    abilities: z.object({ end: z.boolean() }),
  })
  .meta({ id: 'Jurisdiction' });
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

export const listJurisdictionsQuerySchema = z.object({
  regionCode: regionCodeSchema.optional(),
  courtId: z.uuid({ error: '法院标识应为有效的 UUID' }).optional(),
});

export const createJurisdictionSchema = z.object({
  courtId: z.uuid({ error: '请选择管辖法院' }),
  regionCode: regionCodeSchema,
  caseScope: caseScopeSchema,
  effectiveFrom: dateSchema('生效日期'),
  effectiveTo: dateSchema('终止日期').nullable().optional().describe('最后有效日（含当日）；省略为长期有效'),
  basis: z
    .string({ error: '请填写依据（设定集中管辖的文件）' })
    .trim()
    .min(4, '依据至少4个字符，请写明文件名称与文号或日期')
    .max(300, '依据最多300个字符'),
});

export const endJurisdictionSchema = z.object({
  effectiveTo: dateSchema('终止日期').describe('最后有效日（含当日），不得早于生效日期'),
});

export const proposeCourtQuerySchema = z.object({
  regionCode: regionCodeSchema.describe('被告所在地行政区划代码'),
  date: dateSchema('立案日期').describe('立案（或起诉）日期'),
});

export const courtProposalSchema = z
  .object({
    court: z.object({ organisationId: z.uuid(), name: z.string(), courtCode: z.string() }).nullable(),
    source: z
      .enum(['jurisdiction', 'region'])
      .nullable()
      .describe('jurisdiction：集中管辖安排；region：本区划法院'),
    mapping: z
      .object({
        id: z.uuid(),
        effectiveFrom: z.string(),
        effectiveTo: z.string().nullable(),
        basis: z.string(),
      })
      .nullable(),
    reason: z.string(),
  })
  .meta({ id: 'CourtProposal' });
export type CourtProposalResponse = z.infer<typeof courtProposalSchema>;
