// /api/dashboard: 数据看板 — for the caller's scope and a period, the KPI values
// with the change against the previous period, the monthly trend, the agency
// rankings, the breakdowns by cause, domain and loss reason, the regions below
// (each county and the total) and the hearings of the next 14 days.
import { z } from 'zod';
import { INDICATOR_IDS } from '../domain/indicators/definitions';
import { periodFilterSchema, regionOptionsSchema, variantSchema } from './indicators';
import './zod-zh';

export const dashboardQuerySchema = periodFilterSchema;
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

const numbers = {
  numerator: z.number().int(),
  denominator: z.number().int(),
  rate: z.number().nullable().describe('百分比，保留一位小数；分母为0时为 null'),
  rateLabel: z.string().describe('如 66.7%；分母为0时为“无数据”'),
};
const numbersSchema = z.object(numbers);
const period = z.object({ from: z.string(), to: z.string() });

/** The rates of the trend chart: 出庭应诉率, 生效裁判履行率, 败诉率, 纠错率. */
export const TREND_INDICATORS = ['head-appearance', 'performance', 'loss', 'correction'] as const;

export const dashboardKpiSchema = z.object({
  indicatorId: z.enum(INDICATOR_IDS),
  name: z.string(),
  definitionName: z.string().describe('适用口径的名称'),
  definitionKey: z.string(),
  definition: variantSchema.describe('适用口径：分子、分母、计入与不计入的情形'),
  dateBasis: z.string().describe('以哪个日期判断是否落在统计期间'),
  ...numbers,
  previous: numbersSchema.describe('上一期间的值'),
  change: z
    .number()
    .nullable()
    .describe('较上期变化（百分点，按未经舍入的比率计算，保留一位小数）；任一期无数据时为 null'),
});

export const dashboardCountSchema = z.object({
  key: z.enum(['received', 'judged', 'hearings']),
  label: z.string(),
  count: z.number().int(),
  previous: z.number().int(),
});

export const dashboardGroupSchema = z.object({
  key: z.string(),
  label: z.string(),
  count: z.number().int(),
});

const regionValueSchema = z.object({ indicatorId: z.enum(INDICATOR_IDS), ...numbers });

export const dashboardRegionSchema = z.object({
  key: z.string().describe('下级地区的 id；本级为 own；合计为 total'),
  kind: z.enum(['region', 'own', 'total']),
  regionId: z.string().nullable().describe('点开明细时的地区筛选（本级与合计为上级地区或空）'),
  name: z.string(),
  values: z.array(regionValueSchema),
});

export const dashboardRankingRowSchema = z.object({
  rank: z.number().int(),
  agencyId: z.string(),
  agencyName: z.string(),
  ...numbers,
});

export const dashboardHearingSchema = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  courtName: z.string(),
  defendants: z.array(z.string()),
  scheduledAt: z.string(),
  courtRoom: z.string().nullable(),
  isHeadRequested: z.boolean().describe('法院要求负责人出庭'),
  designatedHead: z.string().nullable().describe('已确定的出庭负责人（姓名、职务）'),
});

export const dashboardSchema = z.object({
  from: z.string(),
  to: z.string(),
  previousPeriod: period,
  regionId: z.string().nullable(),
  regionLevel: z.enum(['own']).nullable(),
  agencyId: z.string().nullable(),
  courtId: z.string().nullable(),
  scopeName: z.string().describe('统计范围（地区）名称'),
  regionOptions: regionOptionsSchema,
  kpis: z.array(dashboardKpiSchema),
  counts: z.array(dashboardCountSchema),
  trend: z.object({
    months: z.array(z.string()).describe('YYYY-MM，最多24个月'),
    isTruncated: z.boolean().describe('期间超过24个月时只列最后24个月'),
    series: z.array(
      z.object({
        indicatorId: z.enum(INDICATOR_IDS),
        name: z.string(),
        points: z.array(numbersSchema.extend({ month: z.string() })),
      }),
    ),
    newCases: z.array(z.object({ month: z.string(), count: z.number().int() })),
  }),
  rankings: z.array(
    z.object({
      indicatorId: z.enum(INDICATOR_IDS),
      name: z.string(),
      order: z.enum(['desc', 'asc']).describe('desc：比率由高到低'),
      rows: z.array(dashboardRankingRowSchema),
    }),
  ),
  breakdowns: z.array(
    z.object({
      by: z.enum(['cause', 'domain', 'loss-reason']),
      byLabel: z.string(),
      groups: z.array(dashboardGroupSchema),
    }),
  ),
  regions: z.array(dashboardRegionSchema).describe('有下级地区时：各下级地区、本级与合计'),
  upcomingHearings: z.array(dashboardHearingSchema).describe('今后14日内的开庭，按时间先后，最多20个'),
  upcomingHearingTotal: z.number().int().describe('今后14日内开庭的总数（可能多于所列的20个）'),
});

export type Dashboard = z.infer<typeof dashboardSchema>;
export type DashboardKpi = z.infer<typeof dashboardKpiSchema>;
export type DashboardRegion = z.infer<typeof dashboardRegionSchema>;
export type DashboardHearing = z.infer<typeof dashboardHearingSchema>;
