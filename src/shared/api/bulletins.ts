// 信息通报: bulletins between a court and the government side (seed 000 §三(一)).
// A draft is saved, attachments are uploaded to it (multipart, like case
// attachments), then it is sent to one or more organisations, each of which
// signs for it when one of its people first opens it.
import { z } from 'zod';
import { BULLETIN_CATEGORIES, BULLETIN_SIDES, BULLETIN_STATUSES } from '../domain/bulletins';
import { pageQuerySchema, versionSchema } from './common';
import './zod-zh';

const orgRef = z.object({ id: z.uuid(), name: z.string() });
const day = (label: string) => z.iso.date({ error: `${label}应为日期，格式 YYYY-MM-DD` }).optional();

export const saveBulletinSchema = z.object({
  category: z.enum(BULLETIN_CATEGORIES, { error: '通报类别无效，请从列表中选择' }),
  title: z.string({ error: '请填写标题' }).trim().min(1, '请填写标题').max(100, '标题最多100个字符'),
  body: z.string({ error: '请填写正文' }).trim().min(1, '请填写正文').max(20000, '正文最多20000个字符'),
  recipientIds: z
    .array(z.uuid({ error: '接收单位标识应为有效的 UUID' }), { error: '请选择接收单位' })
    .min(1, '请至少选择一个接收单位')
    .max(50, '接收单位最多50个'),
  caseId: z
    .uuid({ error: '关联案件标识应为有效的 UUID' })
    .nullish()
    .transform((v) => v ?? null),
});
export type SaveBulletin = z.infer<typeof saveBulletinSchema>;
export const updateBulletinSchema = saveBulletinSchema.extend({ version: versionSchema });
export const bulletinVersionSchema = z.object({ version: versionSchema });

export const bulletinAttachmentParamsSchema = z.object({
  id: z.uuid({ error: '标识应为有效的 UUID' }),
  attachmentId: z.uuid({ error: '附件标识应为有效的 UUID' }),
});

const receiptSchema = z.object({
  organisation: orgRef,
  readAt: z.string().nullable(),
  readByName: z.string().nullable(),
});

export const bulletinAttachmentSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  size: z.number().int(),
  mimeType: z.string(),
  downloadUrl: z.string(),
});

export const bulletinSummarySchema = z
  .object({
    id: z.uuid(),
    sender: orgRef,
    senderSide: z.enum(BULLETIN_SIDES),
    category: z.enum(BULLETIN_CATEGORIES),
    categoryLabel: z.string(),
    title: z.string(),
    status: z.enum(BULLETIN_STATUSES),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    sentByName: z.string().nullable(),
    isRead: z.boolean().nullable().describe('本单位是否已阅（本单位为接收单位时）'),
    recipients: z.array(receiptSchema),
    attachmentCount: z.number().int(),
  })
  .meta({ id: 'BulletinSummary' });
export type BulletinSummary = z.infer<typeof bulletinSummarySchema>;

export const bulletinSchema = bulletinSummarySchema
  .extend({
    body: z.string(),
    case: z.object({ id: z.uuid(), caseNumber: z.string() }).nullable(),
    createdByName: z.string(),
    attachments: z.array(bulletinAttachmentSchema),
    version: z.number().int(),
    abilities: z.object({
      edit: z.boolean(),
      send: z.boolean(),
      markRead: z.boolean(),
      openCase: z.boolean().describe('关联案件在本人可见范围内'),
    }),
  })
  .meta({ id: 'Bulletin' });
export type Bulletin = z.infer<typeof bulletinSchema>;

const listFilters = {
  category: z.enum(BULLETIN_CATEGORIES, { error: '通报类别无效' }).optional(),
  from: day('起始日期'),
  to: day('截止日期'),
};

export const listInboxQuerySchema = pageQuerySchema.extend({
  ...listFilters,
  unread: z.enum(['true', 'false'], { error: '未读筛选应为 true 或 false' }).optional(),
});
export type ListInboxQuery = z.infer<typeof listInboxQuerySchema>;

export const listSentQuerySchema = pageQuerySchema.extend({
  ...listFilters,
  status: z.enum(BULLETIN_STATUSES, { error: '状态应为 draft 或 sent' }).optional(),
});
export type ListSentQuery = z.infer<typeof listSentQuerySchema>;

export const bulletinPageSchema = z.object({
  items: z.array(bulletinSummarySchema),
  total: z.number().int(),
  unread: z.number().int().describe('本单位未读的通报数（收件箱）'),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const recipientOptionsQuerySchema = z.object({
  q: z.string().trim().max(50, '搜索词最多50个字符').optional(),
});
export const recipientOptionSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.string(),
  kindLabel: z.string(),
  regionCode: z.string(),
});
export const recipientOptionListSchema = z.object({
  side: z.enum(BULLETIN_SIDES),
  categories: z.array(z.object({ value: z.enum(BULLETIN_CATEGORIES), label: z.string() })),
  items: z.array(recipientOptionSchema),
});
export type RecipientOptionList = z.infer<typeof recipientOptionListSchema>;
