// 建议与函件登记: the contract of the register — issue or register, the list with
// its filters, the record with its timeline, the reply, rectification and
// follow-up, the counts, and the papers.
import { z } from 'zod';
import { ADOPTIONS, SUGGESTION_KINDS, SUGGESTION_STATUSES } from '../domain/suggestions';
import './zod-zh';

const dateOf = (label: string) => z.iso.date({ error: `${label}应为 YYYY-MM-DD 格式的日期` });
const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label}应为文本` })
    .trim()
    .max(max, `${label}最多${max}个字符`)
    .nullish()
    .transform((v) => v || null);

export const issueSuggestionSchema = z
  .object({
    kind: z.enum(SUGGESTION_KINDS, { error: '请选择建议或函件的种类' }),
    addresseeOrgId: z.uuid({ error: '请选择主送单位' }),
    copyOrgIds: z
      .array(z.uuid({ error: '抄送单位标识无效，请从列表中选择' }))
      .max(20, '抄送单位最多20个')
      .default([]),
    title: z
      .string({ error: '请填写标题' })
      .trim()
      .min(2, '请填写标题（至少2个字）')
      .max(200, '标题最多200个字符'),
    content: z
      .string({ error: '请填写主要内容' })
      .trim()
      .min(2, '请填写主要内容（至少2个字）')
      .max(10_000, '主要内容最多10000个字符'),
    issuedOn: dateOf('制发日期'),
    servedOn: dateOf('送达日期').nullish().describe('主送单位收到之日，答复期限自次日起算；省略时同制发日期'),
    concernsNormativeDocument: z
      .boolean({ error: '“涉及规范性文件”应为是或否' })
      .default(false)
      .describe('司法建议针对规范性文件不合法（行诉解释第一百四十九条，60日内答复）'),
    dueOn: dateOf('答复期限')
      .nullish()
      .describe('建议书载明的答复期限；省略时依法定期限计算（无法定期限的种类则不设期限）'),
    documentNumber: z
      .string({ error: '文号应为文本' })
      .trim()
      .max(60, '文号最多60个字符')
      .nullish()
      .transform((v) => v || null)
      .describe('收到的文号（检察建议）；本平台制发的按文号规则自动编号'),
    issuerName: optionalText('制发机关名称', 100).describe('检察建议的制发机关，如 衢州市柯城区人民检察院'),
    caseId: z.uuid({ error: '关联案件标识无效' }).nullish(),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'procuratorial') {
      if (!value.documentNumber) {
        ctx.addIssue({
          code: 'custom',
          path: ['documentNumber'],
          message: '请填写检察建议书的文号（按收到的原样）',
        });
      }
      if (!value.issuerName) {
        ctx.addIssue({ code: 'custom', path: ['issuerName'], message: '请填写制发检察建议的检察院名称' });
      }
    }
    if (value.servedOn && value.servedOn < value.issuedOn) {
      ctx.addIssue({ code: 'custom', path: ['servedOn'], message: '送达日期不能早于制发日期' });
    }
    if (value.dueOn && value.dueOn <= (value.servedOn ?? value.issuedOn)) {
      ctx.addIssue({ code: 'custom', path: ['dueOn'], message: '答复期限应晚于送达日期' });
    }
    if (value.concernsNormativeDocument && value.kind !== 'judicial') {
      ctx.addIssue({
        code: 'custom',
        path: ['concernsNormativeDocument'],
        message: '只有司法建议可以标注“涉及规范性文件”',
      });
    }
  });
export type IssueSuggestionInput = z.infer<typeof issueSuggestionSchema>;

const versionField = z.number({ error: '请提供记录版本号 version' }).int().min(1);

export const replySuggestionSchema = z
  .object({
    repliedOn: dateOf('答复日期'),
    content: z
      .string({ error: '请填写答复内容' })
      .trim()
      .min(2, '请填写答复内容（至少2个字）')
      .max(10_000, '答复内容最多10000个字符'),
    adoption: z.enum(ADOPTIONS, { error: '请选择采纳情况：采纳、部分采纳或未采纳' }),
    adoptionReason: optionalText('未采纳理由', 2000),
    rectificationMeasures: optionalText('整改措施', 5000),
    rectifiedOn: dateOf('整改完成日期').nullish(),
    version: versionField,
  })
  .superRefine((value, ctx) => {
    if (value.adoption !== 'adopted' && !value.adoptionReason) {
      ctx.addIssue({
        code: 'custom',
        path: ['adoptionReason'],
        message: '部分采纳或未采纳的，请说明理由',
      });
    }
    if (value.rectifiedOn && !value.rectificationMeasures) {
      ctx.addIssue({
        code: 'custom',
        path: ['rectificationMeasures'],
        message: '已整改完成的，请填写整改措施',
      });
    }
  });
export type ReplySuggestionInput = z.infer<typeof replySuggestionSchema>;

export const rectificationSchema = z.object({
  rectifiedOn: dateOf('整改完成日期'),
  measures: optionalText('整改措施', 5000).describe('省略时沿用答复中的整改措施'),
  version: versionField,
});
export type RectificationInput = z.infer<typeof rectificationSchema>;

export const followUpSchema = z.object({
  note: z
    .string({ error: '请填写跟踪情况' })
    .trim()
    .min(2, '请填写跟踪情况（至少2个字）')
    .max(2000, '跟踪情况最多2000个字符'),
});
export type FollowUpInput = z.infer<typeof followUpSchema>;

export const SUGGESTION_STATUS_FILTERS = [...SUGGESTION_STATUSES, 'open'] as const;

export const listSuggestionsQuerySchema = z.object({
  kind: z.enum(SUGGESTION_KINDS, { error: '种类无效，请从列表中选择' }).optional(),
  status: z
    .enum(SUGGESTION_STATUS_FILTERS, { error: '状态无效，请从列表中选择' })
    .optional()
    .describe('open：全部未答复'),
  addresseeOrgId: z.uuid({ error: '主送单位标识无效' }).optional(),
  year: z.coerce
    .number({ error: '年份应为数字' })
    .int()
    .min(2000, '年份无效')
    .max(2100, '年份无效')
    .optional(),
  caseId: z.uuid({ error: '案件标识无效' }).optional(),
  sort: z.enum(['recent', 'due'], { error: '排序方式无效' }).default('recent'),
  page: z.coerce.number({ error: '页码应为数字' }).int().min(1, '页码从1开始').default(1),
  pageSize: z.coerce.number({ error: '每页条数应为数字' }).int().min(1).max(200, '每页最多200条').default(20),
});
export type ListSuggestionsQuery = z.infer<typeof listSuggestionsQuerySchema>;

export const suggestionStatsQuerySchema = z
  .object({
    from: dateOf('统计起始日期').optional(),
    to: dateOf('统计截止日期').optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: '统计截止日期不能早于起始日期',
  });

const ref = z.object({ id: z.uuid(), name: z.string() });

export const suggestionAbilitiesSchema = z.object({
  reply: z.boolean().describe('主送单位可答复（尚未答复）'),
  rectify: z.boolean().describe('主送单位可登记整改完成'),
  followUp: z.boolean().describe('可记录跟踪情况'),
  attach: z.boolean().describe('可上传材料'),
});

export const suggestionSummarySchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(SUGGESTION_KINDS),
    kindLabel: z.string(),
    documentNumber: z.string(),
    title: z.string(),
    issuer: z.object({ id: z.uuid().nullable(), name: z.string() }),
    addressee: ref,
    copies: z.array(ref.extend({ isAutomatic: z.boolean() })),
    issuedOn: z.string(),
    servedOn: z.string(),
    dueOn: z.string().nullable(),
    daysLeft: z.number().int().nullable().describe('距答复期限天数；逾期为负'),
    status: z.enum(SUGGESTION_STATUSES),
    statusLabel: z.string(),
    repliedOn: z.string().nullable(),
    isOnTime: z.boolean().nullable().describe('按期答复；未答复为 null'),
    adoption: z.enum(ADOPTIONS).nullable(),
    adoptionLabel: z.string().nullable(),
    isRectified: z.boolean(),
    case: z.object({ id: z.uuid(), caseNumber: z.string() }).nullable(),
    version: z.number().int(),
    abilities: suggestionAbilitiesSchema,
  })
  .meta({ id: 'SuggestionSummary' });
export type SuggestionSummary = z.infer<typeof suggestionSummarySchema>;

export const suggestionEventSchema = z.object({
  id: z.number().int(),
  type: z.enum([
    'issued',
    'reminded',
    'escalated',
    'replied',
    'rectified',
    'followed-up',
    'file-added',
    'due-moved',
  ]),
  label: z.string(),
  occurredAt: z.string(),
  actorName: z.string().nullable(),
  actorOrgName: z.string().nullable(),
  description: z.string(),
});
export type SuggestionEvent = z.infer<typeof suggestionEventSchema>;

export const suggestionFileSchema = z.object({
  id: z.uuid(),
  category: z.enum(['letter', 'reply', 'rectification', 'other']),
  categoryLabel: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
  downloadUrl: z.string(),
});
export type SuggestionFile = z.infer<typeof suggestionFileSchema>;

export const suggestionDetailSchema = suggestionSummarySchema
  .extend({
    content: z.string(),
    concernsNormativeDocument: z.boolean(),
    due: z
      .object({
        ruleId: z.string().nullable(),
        explanation: z.string(),
        steps: z.array(z.object({ date: z.string(), note: z.string() })),
        warnings: z.array(z.string()),
      })
      .nullable(),
    reply: z
      .object({
        repliedOn: z.string(),
        content: z.string(),
        adoption: z.enum(ADOPTIONS),
        adoptionLabel: z.string(),
        adoptionReason: z.string().nullable(),
        rectificationMeasures: z.string().nullable(),
        rectifiedOn: z.string().nullable(),
        isOnTime: z.boolean(),
      })
      .nullable(),
    letterDownloadUrl: z.string().nullable().describe('在案件中制发的建议书的 Word 文件'),
    timeline: z.array(suggestionEventSchema),
    files: z.array(suggestionFileSchema),
  })
  .meta({ id: 'SuggestionDetail' });
export type SuggestionDetail = z.infer<typeof suggestionDetailSchema>;

export const suggestionListSchema = z.object({
  items: z.array(suggestionSummarySchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  abilities: z.object({
    issueKinds: z.array(z.enum(SUGGESTION_KINDS)).describe('当前用户可制发或登记的种类'),
  }),
});

const countsSchema = z.object({
  issued: z.number().int(),
  replied: z.number().int(),
  repliedOnTime: z.number().int(),
  adopted: z.number().int().describe('采纳与部分采纳'),
  rectified: z.number().int(),
});
export type SuggestionCounts = z.infer<typeof countsSchema>;

export const suggestionStatsSchema = z.object({
  from: z.string(),
  to: z.string(),
  definition: z.string().describe('统计口径'),
  total: countsSchema,
  byKind: z.array(countsSchema.extend({ kind: z.enum(SUGGESTION_KINDS), kindLabel: z.string() })),
  byAddressee: z.array(countsSchema.extend({ addressee: ref })),
});
export type SuggestionStats = z.infer<typeof suggestionStatsSchema>;

export const addresseeOptionSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
});
export const addresseeOptionsSchema = z.object({ items: z.array(addresseeOptionSchema) });
export const addresseeQuerySchema = z.object({
  q: z.string().trim().max(40, '搜索词最多40个字符').optional(),
});

export const SUGGESTION_FILE_CATEGORIES = ['letter', 'reply', 'rectification', 'other'] as const;
export const SUGGESTION_FILE_CATEGORY_LABELS: Record<(typeof SUGGESTION_FILE_CATEGORIES)[number], string> = {
  letter: '建议书/函件原件',
  reply: '答复材料',
  rectification: '整改材料',
  other: '其他材料',
};
