// 定期报告 (seed 002): the region's 月分析, 季通报, 半年总结 and 年度报告. The data
// is a snapshot of the indicators of the region and period; the narrative is
// the coordinator's; a published report is numbered, archived and read-only.
import { z } from 'zod';
import {
  NARRATIVE_SECTIONS,
  PERIOD_KEY_HINTS,
  parsePeriod,
  REPORT_KINDS,
  REPORT_STATUSES,
} from '../domain/periodic-reports';
import { pageQuerySchema, versionSchema } from './common';
import './zod-zh';

// Users choose a kind and a state by their Chinese names (REPORT_KIND_LABELS, REPORT_STATUS_LABELS).
const kindSchema = z.enum(REPORT_KINDS, { error: '报告类型应为月分析、季通报、半年总结或年度报告' });

const numbers = {
  numerator: z.number().int().describe('分子'),
  denominator: z.number().int().describe('分母'),
  rate: z.number().nullable().describe('比率（%），分母为0时为空'),
  rateLabel: z.string().describe('如 75.0%，或“无数据”'),
};
export const reportValueSchema = z.object({ indicatorId: z.string(), ...numbers });
export type ReportValue = z.infer<typeof reportValueSchema>;

export const reportIndicatorSchema = z.object({
  indicatorId: z.string(),
  name: z.string(),
  ...numbers,
  definitionKey: z.string().describe('口径标识，如 loss/merits@1'),
  variantName: z.string().describe('口径名称'),
  definition: z.string().describe('口径说明：分子 ÷ 分母'),
});
export type ReportIndicator = z.infer<typeof reportIndicatorSchema>;

const groupSchema = z.object({ key: z.string(), label: z.string(), count: z.number().int() });
export type ReportGroup = z.infer<typeof groupSchema>;

export const reportDataSchema = z.object({
  regionId: z.uuid(),
  regionName: z.string(),
  periodLabel: z.string(),
  from: z.string(),
  to: z.string(),
  computedAt: z.string(),
  indicators: z.array(reportIndicatorSchema),
  agencies: z.array(
    z.object({ agencyId: z.string(), agencyName: z.string(), values: z.array(reportValueSchema) }),
  ),
  cases: z.object({
    received: z.number().int().describe('收案（送达起诉状副本）件数'),
    receivedLastYear: z.number().int().describe('上年同期收案件数'),
    judged: z.number().int().describe('送达裁判件数'),
    lost: z.number().int().describe('其中败诉件数（按适用的败诉率口径）'),
  }),
  byCause: z.array(groupSchema),
  byDomain: z.array(groupSchema),
  byLossReason: z.array(groupSchema),
  suggestions: z.object({
    received: z.number().int().describe('收到司法建议件数（送达日期在期内）'),
    answered: z.number().int().describe('其中已答复件数'),
  }),
  /** For a region with counties (the city): each county, 市本级 and the total. */
  subregions: z.array(
    z.object({
      regionId: z.string().nullable(),
      regionName: z.string(),
      received: z.number().int(),
      values: z.array(reportValueSchema),
    }),
  ),
  /** Monthly trend, for reports spanning several months. */
  trend: z.array(
    z.object({
      month: z.string(),
      received: z.number().int(),
      headAppearance: reportValueSchema,
    }),
  ),
});
export type ReportData = z.infer<typeof reportDataSchema>;

export const narrativeSchema = z.object({
  overview: z.string(),
  problems: z.string(),
  suggestions: z.string(),
});
export type Narrative = z.infer<typeof narrativeSchema>;

export const periodicReportSummarySchema = z
  .object({
    id: z.uuid(),
    region: z.object({ id: z.uuid(), name: z.string() }),
    issuer: z.object({ id: z.uuid(), name: z.string() }),
    kind: kindSchema,
    kindLabel: z.string(),
    periodKey: z.string(),
    periodLabel: z.string(),
    from: z.string(),
    to: z.string(),
    status: z.enum(REPORT_STATUSES),
    statusLabel: z.string(),
    documentNumber: z.string().nullable(),
    createdByName: z.string(),
    createdAt: z.string(),
    publishedAt: z.string().nullable(),
    publishedByName: z.string().nullable(),
    submittedAt: z.string().nullable(),
    submittedByName: z.string().nullable(),
    publishRefusal: z
      .string()
      .nullable()
      .describe('草稿暂不能发布的原因（统计期间尚未结束，含可以发布的日期）；可以发布或已发布时为空'),
    abilities: z.object({
      edit: z.boolean().describe('修改说明、刷新数据（本地区协调员，草稿）'),
      publish: z.boolean().describe('发布（本地区协调员，草稿，统计期间已结束）'),
      submit: z.boolean().describe('上报上级司法局（县级，已发布且未上报，统计期间已结束）'),
      download: z.boolean(),
    }),
  })
  .meta({ id: 'PeriodicReportSummary' });
export type PeriodicReportSummary = z.infer<typeof periodicReportSummarySchema>;

export const periodicReportSchema = periodicReportSummarySchema
  .extend({
    data: reportDataSchema,
    tables: z
      .array(
        z.object({
          id: z.string(),
          title: z.string(),
          headers: z.array(z.string()),
          rows: z.array(z.array(z.union([z.string(), z.number()]))),
        }),
      )
      .describe('报告中的各统计表（与 Word、Excel 相同）'),
    narrative: narrativeSchema,
    refreshedAt: z.string(),
    version: z.number().int(),
    /** The region above that a county submits to, named by its 司法局 that receives the report; null at the top. */
    submitsTo: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  })
  .meta({ id: 'PeriodicReport' });
export type PeriodicReport = z.infer<typeof periodicReportSchema>;

const sectionSchema = z.enum(NARRATIVE_SECTIONS);

/** What 刷新数据 did to the narrative, beside the refreshed report. */
export const reportRefreshSchema = z.object({
  figuresChanged: z.boolean().describe('刷新后统计数据是否有变化'),
  redrafted: z.array(sectionSchema).describe('未经修改、已按新数据重新生成的文字部分'),
  needsReview: z.array(sectionSchema).describe('经协调员修改、文字已保留，但可能与刷新后的数据不一致的部分'),
  warning: z.string().nullable().describe('给协调员的核对提示；无需核对时为空'),
});
export type ReportRefresh = z.infer<typeof reportRefreshSchema>;

export const refreshedPeriodicReportSchema = periodicReportSchema
  .extend({ refresh: reportRefreshSchema })
  .meta({ id: 'PeriodicReportRefreshed' });
export type RefreshedPeriodicReport = z.infer<typeof refreshedPeriodicReportSchema>;

export const listPeriodicReportsQuerySchema = pageQuerySchema.extend({
  kind: kindSchema.optional(),
  year: z.coerce
    .number({ error: '年度应为数字' })
    .int()
    .min(2000, '年度应为四位数字')
    .max(2099, '年度应为四位数字')
    .optional(),
  status: z.enum(REPORT_STATUSES, { error: '状态应为草稿或已发布' }).optional(),
});
export type ListPeriodicReportsQuery = z.infer<typeof listPeriodicReportsQuerySchema>;

/** A kind and a period key that names a period of that kind. */
export const reportPeriodSchema = z
  .object({
    kind: kindSchema,
    periodKey: z.string({ error: '请填写报告期间' }).trim().min(1, '请填写报告期间'),
  })
  .superRefine((value, ctx) => {
    if (!parsePeriod(value.kind, value.periodKey)) {
      ctx.addIssue({
        code: 'custom',
        path: ['periodKey'],
        message: `报告期间应为 ${PERIOD_KEY_HINTS[value.kind]}`,
      });
    }
  });
export type ReportPeriodInput = z.infer<typeof reportPeriodSchema>;

const section = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .max(10000, `${label}最多10000个字符`);
export const updateNarrativeSchema = z.object({
  overview: section('总体情况'),
  problems: section('主要问题及原因分析'),
  suggestions: section('下一步工作建议'),
  version: versionSchema,
});
export type UpdateNarrativeInput = z.infer<typeof updateNarrativeSchema>;
export const NARRATIVE_FIELDS = NARRATIVE_SECTIONS;

export const reportVersionSchema = z.object({ version: versionSchema });

export const submissionsQuerySchema = reportPeriodSchema;

export const submissionsSchema = z
  .object({
    kind: kindSchema,
    periodKey: z.string(),
    periodLabel: z.string(),
    region: z.object({ id: z.uuid(), name: z.string() }),
    counties: z.array(
      z.object({
        region: z.object({ id: z.uuid(), name: z.string() }),
        reportId: z.uuid().nullable(),
        documentNumber: z.string().nullable(),
        submittedAt: z.string().nullable(),
        submittedByName: z.string().nullable(),
      }),
    ),
    submittedCount: z.number().int(),
    /**
     * Sum over the submitted reports' snapshots: numerators and denominators add up, rates
     * recomputed — only where every report counted the indicator under the same 口径; where
     * they differ, nothing is summed and each county's 口径 is listed.
     */
    aggregate: z.object({
      received: z.number().int(),
      judged: z.number().int(),
      lost: z.number().int(),
      values: z.array(
        reportValueSchema.extend({
          name: z.string(),
          numerator: z.number().int().nullable().describe('分子之和；各报告口径不一致时为空'),
          denominator: z.number().int().nullable().describe('分母之和；各报告口径不一致时为空'),
          definitionLabel: z
            .string()
            .nullable()
            .describe('各报告共同的统计口径（如 实体裁判口径（第1版））；口径不一致或无已上报报告时为空'),
          mixedDefinitions: z
            .array(z.object({ regionName: z.string(), definitionLabel: z.string() }))
            .describe('口径不一致时，各地区报告所用的口径'),
        }),
      ),
    }),
    /** The region's own live figures for the same period, beside the aggregate. */
    live: z.object({
      received: z.number().int(),
      judged: z.number().int(),
      lost: z.number().int(),
      values: z.array(reportIndicatorSchema),
    }),
  })
  .meta({ id: 'PeriodicReportSubmissions' });
export type Submissions = z.infer<typeof submissionsSchema>;
