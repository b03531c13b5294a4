// 三通报 (seed 002): a court's monthly report to the legal-affairs office of its
// level. The content is a snapshot drawn from the case register; the narrative
// (说明) is written by the court's liaison, who sends the report by the 5th.
import { z } from 'zod';
import { pageQuerySchema, versionSchema } from './common';
import './zod-zh';

export const MONTHLY_REPORT_STATUSES = ['draft', 'sent'] as const;
export type MonthlyReportStatus = (typeof MONTHLY_REPORT_STATUSES)[number];
export const MONTHLY_REPORT_STATUS_LABELS: Record<MonthlyReportStatus | 'overdue', string> = {
  draft: '待报送',
  sent: '已报送',
  overdue: '逾期未报送',
};
export const RECIPIENT_ROLES = ['main', 'copy'] as const;
export const RECIPIENT_ROLE_LABELS: Record<(typeof RECIPIENT_ROLES)[number], string> = {
  main: '主送',
  copy: '抄送',
};

const month = z
  .string({ error: '月份应为 YYYY-MM' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应为 YYYY-MM，如 2026-11');

// The snapshot, stored as drawn: names and labels as they were that day.
export const reportHearingSchema = z.object({
  caseId: z.uuid(),
  caseNumber: z.string(),
  scheduledAt: z.string().describe('开庭时间（ISO 8601）'),
  courtRoom: z.string().nullable(),
  judge: z.string().nullable(),
  cause: z.string().describe('案由'),
  subject: z.string().describe('被诉行政行为'),
  defendants: z.array(z.string()),
  isHeadRequested: z.boolean().describe('法院要求负责人出庭'),
});
export const reportAppearanceSchema = z.object({
  caseId: z.uuid(),
  caseNumber: z.string(),
  hearingAt: z.string(),
  defendant: z.string(),
  isRecorded: z.boolean().describe('是否已记录出庭情况'),
  didHeadAppear: z.boolean().nullable(),
  personName: z.string().nullable(),
  personPost: z.string().nullable(),
  countsAsHead: z.boolean().nullable().describe('出庭人员属于负责人（正职、副职、分管负责人）'),
  didSpeak: z.boolean().nullable().describe('出庭又出声'),
});
export const reportJudgmentSchema = z.object({
  caseId: z.uuid(),
  caseNumber: z.string(),
  defendants: z.array(z.string()),
  kind: z.string().describe('裁判类型'),
  result: z.string().describe('裁判结果'),
  isLost: z.boolean().nullable().describe('行政机关是否败诉'),
  effectiveOn: z.string(),
});
export const monthlyReportContentSchema = z.object({
  month: month,
  previousMonth: month,
  drawnAt: z.string(),
  hearings: z.array(reportHearingSchema),
  appearances: z.array(reportAppearanceSchema),
  judgments: z.array(reportJudgmentSchema),
});
export type MonthlyReportContent = z.infer<typeof monthlyReportContentSchema>;
export type ReportHearing = z.infer<typeof reportHearingSchema>;
export type ReportAppearance = z.infer<typeof reportAppearanceSchema>;
export type ReportJudgment = z.infer<typeof reportJudgmentSchema>;

export const monthlyReportCountsSchema = z.object({
  hearings: z.number().int().describe('本月排庭件数'),
  appearances: z.number().int().describe('上月开庭涉及的被告机关（家次）'),
  headAppeared: z.number().int().describe('其中负责人出庭（家次）'),
  judgments: z.number().int().describe('上月生效裁判件数'),
  lost: z.number().int().describe('其中行政机关败诉件数'),
});
export type MonthlyReportCounts = z.infer<typeof monthlyReportCountsSchema>;

const readReceipt = z.object({
  organisation: z.object({ id: z.uuid(), name: z.string() }),
  role: z.enum(RECIPIENT_ROLES),
  readAt: z.string().nullable(),
  readByName: z.string().nullable(),
});

export const monthlyReportSummarySchema = z
  .object({
    id: z.uuid(),
    court: z.object({ id: z.uuid(), name: z.string() }),
    month: z.string(),
    status: z.enum(MONTHLY_REPORT_STATUSES),
    isOverdue: z.boolean().describe('5日前未报送（6日起为逾期）'),
    dueOn: z.string().describe('报送截止日（当月5日）'),
    sentAt: z.string().nullable(),
    sentByName: z.string().nullable(),
    counts: monthlyReportCountsSchema.nullable().describe('报送前仅法院一方可见'),
    recipients: z.array(readReceipt),
    abilities: z.object({
      read: z.boolean().describe('可查看内容（法院一方，或已报送）'),
      edit: z.boolean(),
      send: z.boolean(),
      markRead: z.boolean(),
    }),
  })
  .meta({ id: 'MonthlyReportSummary' });
export type MonthlyReportSummary = z.infer<typeof monthlyReportSummarySchema>;

export const monthlyReportSchema = monthlyReportSummarySchema
  .extend({
    content: monthlyReportContentSchema.nullable(),
    narrative: z.string().nullable(),
    draftedAt: z.string(),
    refreshedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'MonthlyReport' });
export type MonthlyReport = z.infer<typeof monthlyReportSchema>;

export const listMonthlyReportsQuerySchema = pageQuerySchema.extend({
  month: month.optional(),
  courtId: z.uuid({ error: '法院标识应为有效的 UUID' }).optional(),
  status: z.enum(['draft', 'sent', 'overdue'], { error: '状态应为 draft、sent 或 overdue' }).optional(),
});
export type ListMonthlyReportsQuery = z.infer<typeof listMonthlyReportsQuerySchema>;

export const updateNarrativeSchema = z.object({
  narrative: z.string({ error: '请填写说明' }).trim().max(5000, '说明最多5000个字符'),
  version: versionSchema,
});
export const reportVersionSchema = z.object({ version: versionSchema });
