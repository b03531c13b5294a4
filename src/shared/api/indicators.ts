// /api/indicators: 考核指标 — definitions with the region's chosen variant,
// values for a period and filters, the per-agency breakdown, the counts by
// stage, cause, domain, court and loss reason, and the records behind every number.
import { z } from 'zod';
import { INDICATOR_IDS } from '../domain/indicators/definitions';
import { pageQuerySchema } from './common';
import './zod-zh';

const dateOf = (label: string) => z.iso.date({ error: `${label}应为 YYYY-MM-DD 格式的日期` });

export const periodFilterSchema = z
  .object({
    from: dateOf('统计起始日期').optional().describe('统计起始日期；省略时为当年1月1日'),
    to: dateOf('统计截止日期').optional().describe('统计截止日期；省略时为今天'),
    agencyId: z
      .uuid({ error: '被告机关无效，请从列表中选择' })
      .optional()
      .describe('只统计该被告机关（或主送单位）'),
    courtId: z
      .uuid({ error: '法院无效，请从列表中选择' })
      .optional()
      .describe('只统计该法院的案件（或制发的司法建议）'),
    regionId: z
      .uuid({ error: '地区无效，请从列表中选择' })
      .optional()
      .describe('只统计该地区（人民政府或其司法局所辖范围，须在本人统计范围内）'),
    regionLevel: z
      .enum(['own'], { error: '地区层级无效' })
      .optional()
      .describe('own：只统计该地区本级，不含其下级地区（如市本级）'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: '统计截止日期不能早于起始日期',
  });
export type PeriodFilter = z.infer<typeof periodFilterSchema>;

export const indicatorIdParamSchema = z.object({
  id: z.enum(INDICATOR_IDS, { error: '没有这个指标' }),
});

export const RECORD_PARTS = ['numerator', 'denominator'] as const;
export const RECORD_PART_LABELS = { numerator: '分子', denominator: '分母' } as const;

export const indicatorRecordsQuerySchema = z.intersection(
  periodFilterSchema,
  pageQuerySchema.extend({
    part: z.enum(RECORD_PARTS, { error: '请选择分子或分母' }).default('denominator'),
  }),
);

export const COUNT_DIMENSIONS = ['stage', 'cause', 'domain', 'court', 'loss-reason'] as const;
export type CountDimension = (typeof COUNT_DIMENSIONS)[number];
export const COUNT_DIMENSION_LABELS: Record<CountDimension, string> = {
  stage: '按办理阶段',
  cause: '按案由',
  domain: '按管理领域',
  court: '按审理法院',
  'loss-reason': '按败诉原因',
};

/**
 * The dashboard's period totals — 收案数 (cases served), 审结数 (judgments served),
 * 开庭数 (hearings held) — listed through the same records endpoint, key 'all'.
 */
export const TOTAL_COUNTS = ['received', 'judged', 'hearings'] as const;
export type TotalCount = (typeof TOTAL_COUNTS)[number];
export const TOTAL_COUNT_KEY = 'all';
export const TOTAL_COUNT_LABELS: Record<TotalCount, string> = {
  received: '收案数',
  judged: '审结数',
  hearings: '开庭数',
};
export const RECORD_COUNT_DIMENSIONS = [...COUNT_DIMENSIONS, ...TOTAL_COUNTS] as const;
export type RecordCountDimension = (typeof RECORD_COUNT_DIMENSIONS)[number];
export const isTotalCount = (by: RecordCountDimension): by is TotalCount =>
  (TOTAL_COUNTS as readonly string[]).includes(by);

const dimension = z.enum(COUNT_DIMENSIONS, { error: '统计维度无效，请从列表中选择' });
const recordDimension = z.enum(RECORD_COUNT_DIMENSIONS, { error: '统计维度无效，请从列表中选择' });
export const countsQuerySchema = z.intersection(periodFilterSchema, z.object({ by: dimension }));
export const countRecordsQuerySchema = z.intersection(
  periodFilterSchema,
  pageQuerySchema.extend({
    by: recordDimension,
    key: z.string({ error: '请选择统计项' }).min(1, '请选择统计项').max(100),
  }),
);

export const variantSchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.number().int(),
  key: z.string().describe('引用口径的标识，如 loss/all@1'),
  numerator: z.string(),
  denominator: z.string(),
  counts: z.array(z.string()).describe('计入的情形'),
  excludes: z.array(z.string()).describe('不计入的情形'),
});

export const indicatorDefinitionSchema = z.object({
  id: z.enum(INDICATOR_IDS),
  name: z.string(),
  unitLabel: z.string().describe('计数单位：案件、庭次或件'),
  dateBasis: z.string().describe('以哪个日期判断是否落在统计期间'),
  applied: variantSchema.describe('当前适用的口径'),
  appliedBy: z.string().nullable().describe('选定该口径的地区（单位名称）；null 为系统默认口径'),
  variants: z.array(variantSchema),
  abilities: z.object({ configure: z.boolean().describe('可为本地区选择口径') }),
});
export const regionOptionsSchema = z
  .array(z.object({ id: z.string(), name: z.string(), depth: z.number().int() }))
  .describe('本人统计范围内可选的地区（人民政府）');

export const indicatorDefinitionListSchema = z.object({
  items: z.array(indicatorDefinitionSchema),
  regionOptions: regionOptionsSchema,
});

export const chooseVariantSchema = z.object({
  variantId: z.string({ error: '请选择统计口径' }).min(1, '请选择统计口径'),
});

const numbers = {
  numerator: z.number().int(),
  denominator: z.number().int(),
  rate: z.number().nullable().describe('百分比，保留一位小数；分母为0时为 null'),
  rateLabel: z.string().describe('如 66.7%；分母为0时为“无数据”'),
};

const periodOut = {
  from: z.string(),
  to: z.string(),
  agencyId: z.string().nullable(),
  courtId: z.string().nullable(),
};

export const indicatorValueSchema = z.object({
  indicatorId: z.enum(INDICATOR_IDS),
  name: z.string(),
  dateBasis: z.string(),
  definition: variantSchema,
  ...numbers,
});
export const indicatorValuesSchema = z.object({ ...periodOut, items: z.array(indicatorValueSchema) });

export const agencyBreakdownSchema = z.object({
  ...periodOut,
  indicators: z.array(z.object({ id: z.enum(INDICATOR_IDS), name: z.string(), definitionKey: z.string() })),
  agencies: z.array(
    z.object({
      agencyId: z.string(),
      agencyName: z.string(),
      values: z.array(z.object({ indicatorId: z.enum(INDICATOR_IDS), ...numbers })),
    }),
  ),
});

export const indicatorRecordSchema = z.object({
  kind: z.enum(['case', 'suggestion']),
  caseId: z.string().nullable(),
  suggestionId: z.string().nullable(),
  number: z.string().describe('案号或文号'),
  title: z.string().describe('被诉行政行为或建议标题'),
  agencyId: z.string(),
  agencyName: z.string(),
  courtName: z.string().nullable(),
  date: z.string().nullable().describe('据以统计的日期'),
  hearingAt: z.string().nullable().describe('按庭次计时的开庭时间'),
  isInNumerator: z.boolean(),
});

export const indicatorRecordsSchema = z.object({
  ...periodOut,
  indicatorId: z.enum(INDICATOR_IDS),
  part: z.enum(RECORD_PARTS),
  partLabel: z.string(),
  definitionKey: z.string(),
  items: z.array(indicatorRecordSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const countsSchema = z.object({
  ...periodOut,
  by: dimension,
  byLabel: z.string(),
  dateBasis: z.string(),
  note: z.string().describe('计数规则'),
  groups: z.array(z.object({ key: z.string(), label: z.string(), count: z.number().int() })),
});

export const countRecordsSchema = z.object({
  ...periodOut,
  by: recordDimension,
  key: z.string(),
  label: z.string(),
  items: z.array(
    z.object({
      caseId: z.string(),
      number: z.string(),
      title: z.string(),
      courtName: z.string(),
      stageLabel: z.string(),
      date: z.string().nullable(),
    }),
  ),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export type IndicatorValues = z.infer<typeof indicatorValuesSchema>;
export type AgencyBreakdown = z.infer<typeof agencyBreakdownSchema>;
export type IndicatorRecords = z.infer<typeof indicatorRecordsSchema>;
export type Counts = z.infer<typeof countsSchema>;
export type CountRecords = z.infer<typeof countRecordsSchema>;
export type IndicatorDefinitionView = z.infer<typeof indicatorDefinitionSchema>;
export type IndicatorDefinitionList = z.infer<typeof indicatorDefinitionListSchema>;
