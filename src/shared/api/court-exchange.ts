// 法院数据报送: the rows a court sends (from a spreadsheet, the machine API or a
// form), the per-row report, and the imports with their progress. A row's
// fields left out (or null) keep what the register already holds; its content
// is checked against the case register's step schemas (case-steps.ts).
import { z } from 'zod';
import {
  AGENT_KINDS,
  COURT_DECISIONS,
  JUDGMENT_KINDS,
  JUDGMENT_RESULTS,
  LOSS_REASONS,
} from '../domain/cases/vocabulary';
import { EXCHANGE_KINDS, ROW_OUTCOMES } from '../domain/court-exchange/columns';
import { pageQuerySchema } from './common';
import './zod-zh';

const caseNumber = z
  .string({ error: '请填写案号' })
  .max(60, '案号最多60个字符')
  .describe('案号，如（2026）浙0825行初15号；括号和空格的写法不限');
const scheduledAt = z
  .string({ error: '请填写开庭时间' })
  .max(40)
  .describe('开庭时间：ISO 8601（如 2026-03-05T09:30:00+08:00），或“2026-03-05 09:30”（北京时间）');
const optionalText = (description: string, max: number) =>
  z.string().max(max).nullish().describe(description);
const optionalFlag = (description: string) => z.boolean().nullish().describe(description);
const optionalDay = (description: string) =>
  z.string().max(20).nullish().describe(`${description}（YYYY-MM-DD）`);

export const hearingRowSchema = z
  .object({
    caseNumber,
    scheduledAt,
    courtRoom: optionalText('法庭', 40),
    judge: optionalText('审判人员', 40),
    noticeReceivedOn: optionalDay('开庭通知送达行政机关的日期'),
    isHeadRequested: optionalFlag('是否通知行政机关负责人出庭（法释〔2020〕3号第四条）'),
  })
  .meta({ id: 'HearingRow' });

export const appearanceRowSchema = z
  .object({
    caseNumber,
    scheduledAt: scheduledAt.describe('该庭次的开庭时间（须已报送排庭）'),
    defendant: z.string({ error: '请填写被告机关' }).max(100).describe('被告机关全称，须为本案被告'),
    didHeadAppear: optionalFlag('负责人是否出庭'),
    personName: optionalText('出庭负责人姓名（负责人出庭时必填）', 30),
    personPost: optionalText('出庭负责人职务', 40),
    countsAsHead: optionalFlag('是否属于负责人（正职、副职及分管负责人）'),
    didSpeak: optionalFlag('是否发言'),
    agents: z
      .array(
        z.object({
          name: z.string().max(30).describe('代理人姓名'),
          kind: z.enum(AGENT_KINDS, { error: '代理人类别无效' }).describe('staff 工作人员 / lawyer 律师'),
        }),
      )
      .max(10)
      .nullish()
      .describe('出庭的工作人员和律师；负责人未出庭时必填'),
    absenceExcuse: optionalText('未出庭理由（负责人未出庭时必填）', 500),
    absenceProof: optionalText('理由证明材料', 500),
    courtDecision: z
      .enum(COURT_DECISIONS, { error: '法院审查结论无效' })
      .nullish()
      .describe('法院对未出庭理由的审查结论：accepted 认可 / rejected 不予认可 / pending 待审查'),
  })
  .meta({ id: 'AppearanceRow' });

export const judgmentRowSchema = z
  .object({
    caseNumber,
    kind: z
      .enum(JUDGMENT_KINDS, { error: '裁判类型无效' })
      .nullish()
      .describe('judgment 判决 / ruling 裁定 / mediation 调解'),
    result: z.enum(JUDGMENT_RESULTS, { error: '裁判结果无效' }).nullish().describe('裁判结果'),
    isLost: optionalFlag('行政机关是否败诉'),
    lossReasons: z
      .array(z.enum(LOSS_REASONS, { error: '败诉原因无效' }))
      .nullish()
      .describe('败诉原因（败诉时至少一项）'),
    servedOn: optionalDay('裁判文书送达日期'),
    requiresPerformance: optionalFlag('是否需要履行'),
    summary: optionalText('裁判要旨', 2000),
  })
  .meta({ id: 'JudgmentRow' });

export type HearingRow = z.infer<typeof hearingRowSchema>;
export type AppearanceRow = z.infer<typeof appearanceRowSchema>;
export type JudgmentRow = z.infer<typeof judgmentRowSchema>;
export type ExchangeRow = HearingRow | AppearanceRow | JudgmentRow;

export const EXCHANGE_ROW_SCHEMAS = {
  hearings: hearingRowSchema,
  appearances: appearanceRowSchema,
  judgments: judgmentRowSchema,
} as const;

const batchOf = <T extends z.ZodType>(row: T) =>
  z.object({
    dryRun: z
      .boolean()
      .default(false)
      .describe('true：只检查并返回每行的结果，不写入；false：检查后在一个事务内写入'),
    rows: z.array(row).min(1, '请至少提交一行').max(1000, '每批最多1000行，请分批提交'),
  });
export const hearingBatchSchema = batchOf(hearingRowSchema);
export const appearanceBatchSchema = batchOf(appearanceRowSchema);
export const judgmentBatchSchema = batchOf(judgmentRowSchema);

export const rowErrorSchema = z.object({
  field: z.string().describe('出错的字段'),
  column: z.string().describe('出错的列（中文表头）'),
  message: z.string().describe('中文说明'),
});
export type RowError = z.infer<typeof rowErrorSchema>;

export const rowChangeSchema = z.object({
  column: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type RowChange = z.infer<typeof rowChangeSchema>;

export const outcomeSchema = z
  .enum(ROW_OUTCOMES)
  .describe(
    'created 新增 / updated 更新（更正原记录）/ unchanged 无变化 / rejected 不予导入 / skipped-blank 空行',
  );

export const reportRowSchema = z.object({
  rowNumber: z.number().int().describe('行号（表格中的行号；接口为第几条，从1起）'),
  outcome: outcomeSchema,
  checkedOutcome: outcomeSchema.describe('预检时的结果'),
  isChangedSinceCheck: z.boolean().describe('应用时的结果与预检不同（其间数据有变化）'),
  caseNumber: z.string().nullable(),
  caseId: z.uuid().nullable(),
  keyLabel: z.string().nullable().describe('本行的识别键：案号 / 开庭时间 / 被告机关'),
  errors: z.array(rowErrorSchema),
  changes: z.array(rowChangeSchema).nullable().describe('更新时各列的原值与新值'),
  eventId: z.number().int().nullable().describe('写入的案件事件'),
});
export type ReportRow = z.infer<typeof reportRowSchema>;

export const outcomeCountsSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  skipped: z.number().int().describe('空行'),
});
export type OutcomeCounts = z.infer<typeof outcomeCountsSchema>;

export const IMPORT_STATUSES = ['checking', 'checked', 'applying', 'applied', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
export const IMPORT_STATUS_LABELS: Record<ImportStatus, string> = {
  checking: '预检中',
  checked: '待确认',
  applying: '导入中',
  applied: '已导入',
  failed: '失败',
};
export const IMPORT_SOURCES = ['upload', 'api', 'form'] as const;
export const IMPORT_SOURCE_LABELS: Record<(typeof IMPORT_SOURCES)[number], string> = {
  upload: '上传文件',
  api: '系统接口',
  form: '逐条录入',
};

export const importSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(EXCHANGE_KINDS),
    source: z.enum(IMPORT_SOURCES),
    fileName: z.string().nullable(),
    status: z.enum(IMPORT_STATUSES),
    totalRows: z.number().int(),
    processedRows: z.number().int().describe('已处理的行数（进度）'),
    checkedCounts: outcomeCountsSchema.nullable().describe('预检结果'),
    appliedCounts: outcomeCountsSchema.nullable().describe('导入结果'),
    changedSinceCheck: z.number().int().nullable().describe('应用时结果与预检不同的行数'),
    error: z.string().nullable(),
    createdByName: z.string(),
    createdAt: z.string(),
    appliedByName: z.string().nullable(),
    appliedAt: z.string().nullable(),
    abilities: z.object({ apply: z.boolean() }),
  })
  .meta({ id: 'ExchangeImport' });
export type ExchangeImport = z.infer<typeof importSchema>;

export const batchResultSchema = z.object({
  dryRun: z.boolean(),
  importId: z.uuid().nullable().describe('写入时的导入记录（试运行为 null）'),
  counts: outcomeCountsSchema,
  rows: z.array(reportRowSchema),
});
export type BatchResult = z.infer<typeof batchResultSchema>;

export const uploadFieldsSchema = z.object({
  kind: z.enum(EXCHANGE_KINDS, { error: '请选择数据类型：排庭、出庭情况或裁判结果' }),
});

export const kindParamSchema = z.object({
  kind: z.enum(EXCHANGE_KINDS, { error: '数据类型应为 hearings、appearances 或 judgments' }),
});

export const listImportsQuerySchema = pageQuerySchema.extend({
  kind: z.enum(EXCHANGE_KINDS).optional(),
});

export const importRowsQuerySchema = pageQuerySchema.extend({
  outcome: z.enum(ROW_OUTCOMES, { error: '结果筛选无效' }).optional(),
  isChangedSinceCheck: z.enum(['true', 'false']).optional(),
});
