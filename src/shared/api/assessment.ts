// /api/assessment: 考核 — the region's schemes (方案) and their frozen versions,
// the runs that score every agency of the region for a quarter or a year, the
// ranking, and each agency's result with the records behind every point.
import { z } from 'zod';
import { DEDUCTION_KINDS, GRADES, NO_DATA_RULES } from '../domain/assessment/scheme';
import { INDICATOR_IDS } from '../domain/indicators/definitions';
import './zod-zh';

const points = (label: string) =>
  z
    .number({ error: `${label}应为数字` })
    .min(0, `${label}不能小于0`)
    .max(1000, `${label}不能大于1000`);
const percent = (label: string) =>
  z
    .number({ error: `${label}应为0到100之间的数字` })
    .min(0, `${label}不能小于0%`)
    .max(100, `${label}不能大于100%`);

export const schemeItemInputSchema = z.object({
  indicatorId: z.enum(INDICATOR_IDS, { error: '请选择考核指标' }),
  weight: points('分值'),
  target: percent('目标值'),
  floor: percent('不得分界限'),
  noData: z.enum(NO_DATA_RULES, { error: '请选择无数据时的计分方式' }),
});

export const schemeDeductionInputSchema = z.object({
  kind: z.enum(DEDUCTION_KINDS, { error: '请选择扣分项' }),
  pointsEach: points('每次扣分'),
  cap: points('扣分上限'),
});

export const schemeInputSchema = z.object({
  name: z.string({ error: '请填写方案名称' }).trim().min(1, '请填写方案名称').max(100, '方案名称最多100个字'),
  year: z
    .number({ error: '请填写考核年度' })
    .int('考核年度应为整数')
    .min(2000, '考核年度应在2000年到2100年之间')
    .max(2100, '考核年度应在2000年到2100年之间'),
  baseScore: points('基础分').positive('基础分应大于0'),
  items: z.array(schemeItemInputSchema).max(INDICATOR_IDS.length, '每个指标只能设置一项'),
  deductions: z.array(schemeDeductionInputSchema).max(DEDUCTION_KINDS.length, '每个扣分项只能设置一项'),
  grades: z.object({
    excellent: points('优秀分数线'),
    good: points('良好分数线'),
    pass: points('合格分数线'),
  }),
});
export type SchemeInput = z.infer<typeof schemeInputSchema>;

export const schemeUpdateSchema = schemeInputSchema.extend({
  revision: z.number({ error: '请提供方案的修订号 revision' }).int().min(1),
});

const presentedItemSchema = schemeItemInputSchema.extend({
  indicatorName: z.string(),
  variantId: z.string(),
  variantName: z.string(),
  definitionKey: z.string().describe('计算所用的统计口径及其版本，如 loss/all@1（供程序使用，不向用户显示）'),
  definitionLabel: z.string().describe('统计口径及其版本的名称，如“全部审结案件口径（第1版）”'),
  isLowerBetter: z.boolean(),
  ruleText: z.string().describe('计分规则的文字说明'),
  noDataLabel: z.string(),
});
const presentedDeductionSchema = schemeDeductionInputSchema.extend({
  name: z.string(),
  unit: z.string(),
  ruleText: z.string(),
});
export const schemeRulesSchema = z.object({
  baseScore: z.number(),
  items: z.array(presentedItemSchema),
  deductions: z.array(presentedDeductionSchema),
  grades: z.object({ excellent: z.number(), good: z.number(), pass: z.number() }),
  gradeText: z.string(),
});
export type PresentedRules = z.infer<typeof schemeRulesSchema>;

export const schemeVersionSchema = z.object({
  version: z.number().int(),
  name: z.string(),
  year: z.number().int(),
  createdAt: z.string(),
  runCount: z.number().int().describe('用此版本计算的考核结果批次数；大于0时此版本已冻结'),
  rules: schemeRulesSchema,
});

export const schemeSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  year: z.number().int(),
  currentVersion: z.number().int(),
  regionName: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ canEdit: z.boolean(), canRun: z.boolean() }),
});
export const schemeListSchema = z.object({
  items: z.array(schemeSummarySchema),
  abilities: z.object({ canCreate: z.boolean() }),
});

export const schemeDetailSchema = schemeSummarySchema.extend({
  revision: z.number().int(),
  rules: schemeRulesSchema,
  isCurrentVersionUsed: z.boolean().describe('当前版本已用于计算：再修改将生成新版本，已有结果不变'),
  versions: z.array(schemeVersionSchema),
});
export type SchemeDetail = z.infer<typeof schemeDetailSchema>;

export const PERIOD_INPUT = /^\d{4}(-Q[1-4])?$/;
export const runCreateSchema = z.object({
  schemeId: z.uuid({ error: '请选择考核方案' }),
  period: z
    .string({ error: '请选择考核期间' })
    .regex(PERIOD_INPUT, '考核期间应为季度（如 2026-Q3）或年度（如 2026）'),
});

export const RUN_STATUSES = ['draft', 'published'] as const;
export const RUN_STATUS_LABELS = { draft: '草稿（可重新计算）', published: '已发布' } as const;

export const runSummarySchema = z.object({
  id: z.uuid(),
  schemeId: z.uuid(),
  schemeName: z.string(),
  schemeVersion: z.number().int(),
  regionName: z.string().describe('考核主体：计算此结果的地区（其人民政府的名称）'),
  period: z.string(),
  periodLabel: z.string(),
  from: z.string(),
  to: z.string(),
  status: z.enum(RUN_STATUSES),
  statusLabel: z.string(),
  isPeriodOpen: z.boolean().describe('统计期间尚未结束'),
  computedAt: z.string(),
  publishedAt: z.string().nullable(),
  revision: z.number().int(),
  abilities: z.object({ canCompute: z.boolean(), canPublish: z.boolean() }),
});
export const runListSchema = z.object({ items: z.array(runSummarySchema) });

const gradeFields = {
  grade: z.enum(GRADES),
  gradeLabel: z.string(),
  poorTwoYears: z
    .string()
    .nullable()
    .describe('连续两年年度考核较差时的提示，如“连续两年考核较差（2025、2026年度）”'),
};

export const rankingRowSchema = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  itemPoints: z.number(),
  deductionPoints: z.number(),
  total: z.number(),
  rank: z.number().int(),
  ...gradeFields,
});

export const runResultRowSchema = rankingRowSchema.extend({
  isOwnUnit: z.boolean().describe('此行是调用者本单位（被考核单位）的结果'),
  hasNoRecords: z
    .boolean()
    .describe('本期各项指标的分母均为 0、也没有扣分事项：得分全凭方案的“无数据”规则，排名相同不说明工作相同'),
  abilities: z.object({
    canReadRecords: z
      .boolean()
      .describe('可查看此单位的得分明细及其依据的案件、司法建议：本单位的，或调用者可查看整个地区的'),
  }),
});

export const runDetailSchema = runSummarySchema.extend({
  rules: schemeRulesSchema,
  results: z
    .array(runResultRowSchema)
    .describe('排名，全部被考核单位；已发布的排名向各被考核单位公布，得分明细只对本单位开放'),
  agencyCount: z.number().int(),
  publishedOfPeriod: z
    .object({ id: z.uuid(), schemeName: z.string(), text: z.string() })
    .nullable()
    .describe('草稿所在地区同一期间已发布的（其他方案的）考核结果：此草稿不能再发布；否则为 null'),
});
export type RunDetail = z.infer<typeof runDetailSchema>;

export const resultRecordSchema = z.object({
  id: z.number().int(),
  caseId: z.uuid().nullable(),
  suggestionId: z.uuid().nullable(),
  number: z.string().nullable(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  hearingAt: z.iso.datetime().nullable().describe('按庭次计的开庭时间（ISO 8601，UTC）'),
  isInNumerator: z.boolean(),
  /** The agency the record is on (a county's unit gathers its agencies'); null in runs before it was kept. */
  agencyName: z.string().nullable(),
});
export type ResultRecord = z.infer<typeof resultRecordSchema>;

export const resultDetailSchema = rankingRowSchema.extend({
  run: runSummarySchema,
  baseScore: z.number(),
  itemScaling: z
    .object({
      excludedCount: z.number().int(),
      countedWeight: z.number(),
      totalWeight: z.number(),
      countedPoints: z.number().describe('计分各项的得分合计（折算前）'),
      scaledPoints: z.number().describe('折算后的指标得分'),
      text: z.string(),
    })
    .nullable()
    .describe('有指标项无数据不计分时，其余各项按“总分值÷计分项分值”折算；各项均计分时为 null'),
  totalClipping: z
    .object({ rawTotal: z.number().describe('指标得分减扣分（低于0）'), text: z.string() })
    .nullable()
    .describe('扣分超过指标得分、总分按0分计时的说明；否则为 null'),
  items: z.array(
    z.object({
      indicatorId: z.string(),
      indicatorName: z.string(),
      definitionKey: z.string(),
      definitionLabel: z.string(),
      weight: z.number(),
      ruleText: z.string(),
      numerator: z.number().int(),
      denominator: z.number().int(),
      rateLabel: z.string(),
      points: z.number(),
      status: z.string(),
      statusLabel: z.string(),
      records: z.array(resultRecordSchema).describe('分母的全部记录；isInNumerator 标出分子'),
    }),
  ),
  deductions: z.array(
    z.object({
      kind: z.enum(DEDUCTION_KINDS),
      name: z.string(),
      ruleText: z.string(),
      pointsEach: z.number(),
      cap: z.number(),
      count: z.number().int(),
      points: z.number(),
      isCapped: z.boolean(),
      records: z.array(resultRecordSchema).describe('扣分所依据的记录，条数等于次数'),
    }),
  ),
});
export type ResultDetail = z.infer<typeof resultDetailSchema>;

export const resultParamSchema = z.object({
  id: z.uuid({ error: '标识应为有效的 UUID' }),
  organisationId: z.uuid({ error: '单位标识应为有效的 UUID' }),
});
export const revisionBodySchema = z.object({
  revision: z.number({ error: '请提供修订号 revision' }).int().min(1),
});
