// Request bodies of the case register's steps. Each step is its own endpoint
// (POST /api/cases/:id/<step>); the validated body is stored as the event's
// payload, and fold-case.ts projects the case from those payloads.
import { z } from 'zod';
import {
  AGENT_KINDS,
  APPELLANTS,
  COURT_DECISIONS,
  JUDGMENT_KINDS,
  JUDGMENT_RESULTS,
  LOSS_REASONS,
  SERVICE_MANNERS,
} from '../domain/cases/vocabulary';
import './zod-zh';

const day = (label: string) =>
  z.iso.date({ error: `${label}应为日期，格式 YYYY-MM-DD` }).describe(`${label}（YYYY-MM-DD）`);
const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}最多${max}个字符`);
const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label}最多${max}个字符`)
    .nullish()
    .transform((v) => v || null);
const choice = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: `${label}无效，请从列表中选择` });

export const serviceStepSchema = z.object({
  servedOn: day('送达日期'),
  manner: choice(SERVICE_MANNERS, '送达方式'),
  signedBy: optionalText('签收人', 30),
});

export const headDesignationStepSchema = z.object({
  name: text('出庭负责人姓名', 30),
  post: text('出庭负责人职务', 40),
  // 2020 SPC rules Art. 2: 正职、副职 and heads who supervise the contested act count.
  countsAsHead: z.boolean({ error: '请说明是否属于负责人' }),
  note: optionalText('备注', 500),
});

export const defenceStepSchema = z.object({
  submittedOn: day('提交日期'),
  evidenceCount: z.number().int().min(0, '证据份数不能为负').max(9999).nullish(),
  note: optionalText('备注', 1000),
});

export const reportToOfficeStepSchema = z.object({
  reportedOn: day('报告日期'),
  note: optionalText('备注', 1000),
});

export const hearingStepSchema = z.object({
  scheduledAt: z.iso
    .datetime({ offset: true, error: '开庭时间应为日期时间，如 2026-03-05T09:30:00+08:00' })
    .describe('开庭时间（ISO 8601，含时区）'),
  courtRoom: optionalText('法庭', 40),
  judge: optionalText('审判人员', 40),
  noticeReceivedOn: day('收到开庭通知日期').nullish(),
  // 2020 SPC rules Art. 4: the court asked for the head to appear.
  isHeadRequested: z.boolean().default(false),
});

export const hearingCancellationStepSchema = z.object({
  hearingEventId: z.number({ error: '请选择要取消的庭次' }).int().positive(),
  reason: text('取消原因', 200),
});

export const appearanceStepSchema = z
  .object({
    hearingEventId: z.number({ error: '请选择庭次' }).int().positive(),
    defendantOrgId: z.uuid({ error: '请选择被告机关' }),
    didHeadAppear: z.boolean({ error: '请说明负责人是否出庭' }),
    personName: optionalText('出庭人员姓名', 30),
    personPost: optionalText('出庭人员职务', 40),
    countsAsHead: z.boolean().default(false),
    didSpeak: z.boolean().default(false),
    agents: z
      .array(z.object({ name: text('代理人姓名', 30), kind: choice(AGENT_KINDS, '代理人类别') }))
      .max(10, '代理人最多10名')
      .default([]),
    absenceExcuse: optionalText('未出庭理由', 500),
    absenceProof: optionalText('理由证明材料', 500),
    courtDecision: choice(COURT_DECISIONS, '法院审查结论').nullish(),
  })
  .superRefine((value, ctx) => {
    if (value.didHeadAppear && !value.personName) {
      ctx.addIssue({ code: 'custom', path: ['personName'], message: '负责人出庭时请填写出庭负责人姓名' });
    }
    if (!value.didHeadAppear && !value.absenceExcuse) {
      // 2020 SPC rules Art. 8–9: an absence needs a proper cause, proved in writing.
      ctx.addIssue({ code: 'custom', path: ['absenceExcuse'], message: '负责人未出庭时请填写未出庭理由' });
    }
    if (!value.didHeadAppear && value.agents.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['agents'], message: '负责人未出庭时请填写出庭的工作人员或律师' });
    }
  });

export const judgmentStepSchema = z
  .object({
    kind: choice(JUDGMENT_KINDS, '裁判类型'),
    result: choice(JUDGMENT_RESULTS, '裁判结果'),
    isLost: z.boolean({ error: '请说明是否败诉' }),
    lossReasons: z.array(choice(LOSS_REASONS, '败诉原因')).default([]),
    servedOn: day('裁判文书送达日期'),
    requiresPerformance: z.boolean({ error: '请说明是否需要履行' }),
    summary: optionalText('裁判要旨', 2000),
  })
  .superRefine((value, ctx) => {
    if (value.isLost && value.lossReasons.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['lossReasons'], message: '败诉时请至少选择一项败诉原因' });
    }
    if (!value.isLost && value.lossReasons.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['lossReasons'], message: '未败诉时不应填写败诉原因' });
    }
  });

export const judgmentFilingStepSchema = z.object({
  filedOn: day('报备日期'),
  note: optionalText('备注', 500),
});

export const appealStepSchema = z.object({
  filedOn: day('上诉日期'),
  appellant: choice(APPELLANTS, '上诉人'),
  note: optionalText('备注', 500),
});

export const effectiveStepSchema = z.object({ effectiveOn: day('生效日期') });

export const performanceStepSchema = z.object({
  performedOn: day('履行日期'),
  description: text('履行情况', 2000),
  proof: optionalText('履行证明', 500),
});

export const lossAnalysisStepSchema = z.object({
  analysis: text('败诉原因分析', 5000),
  measures: text('整改措施', 5000),
  accountability: optionalText('责任追究情况', 2000),
});

/** Each step: its schema and, for the timeline, the field holding the day it happened. */
export const CASE_STEPS = {
  'service-recorded': { path: 'service', schema: serviceStepSchema, dateField: 'servedOn' },
  'head-designated': { path: 'head', schema: headDesignationStepSchema, dateField: null },
  'defence-submitted': { path: 'defence', schema: defenceStepSchema, dateField: 'submittedOn' },
  'reported-to-office': { path: 'report', schema: reportToOfficeStepSchema, dateField: 'reportedOn' },
  'hearing-scheduled': { path: 'hearings', schema: hearingStepSchema, dateField: null },
  'hearing-cancelled': {
    path: 'hearing-cancellation',
    schema: hearingCancellationStepSchema,
    dateField: null,
  },
  'appearance-recorded': { path: 'appearances', schema: appearanceStepSchema, dateField: null },
  'judgment-recorded': { path: 'judgment', schema: judgmentStepSchema, dateField: 'servedOn' },
  'judgment-filed': { path: 'judgment-filing', schema: judgmentFilingStepSchema, dateField: 'filedOn' },
  'appeal-recorded': { path: 'appeal', schema: appealStepSchema, dateField: 'filedOn' },
  'effective-marked': { path: 'effective', schema: effectiveStepSchema, dateField: 'effectiveOn' },
  'performance-recorded': { path: 'performance', schema: performanceStepSchema, dateField: 'performedOn' },
  'loss-analysis-written': { path: 'loss-analysis', schema: lossAnalysisStepSchema, dateField: null },
} as const;

export type ServiceStep = z.infer<typeof serviceStepSchema>;
export type HeadDesignationStep = z.infer<typeof headDesignationStepSchema>;
export type DefenceStep = z.infer<typeof defenceStepSchema>;
export type ReportToOfficeStep = z.infer<typeof reportToOfficeStepSchema>;
export type HearingStep = z.infer<typeof hearingStepSchema>;
export type HearingCancellationStep = z.infer<typeof hearingCancellationStepSchema>;
export type AppearanceStep = z.infer<typeof appearanceStepSchema>;
export type JudgmentStep = z.infer<typeof judgmentStepSchema>;
export type JudgmentFilingStep = z.infer<typeof judgmentFilingStepSchema>;
export type AppealStep = z.infer<typeof appealStepSchema>;
export type EffectiveStep = z.infer<typeof effectiveStepSchema>;
export type PerformanceStep = z.infer<typeof performanceStepSchema>;
export type LossAnalysisStep = z.infer<typeof lossAnalysisStepSchema>;
