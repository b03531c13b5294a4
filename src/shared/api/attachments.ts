// Case attachments (案件材料): court papers, evidence and proofs uploaded to a
// case or to one of its events. The upload is multipart/form-data with the
// fields below and one file; the type is judged by the file's content.
import { z } from 'zod';
import './zod-zh';

export const ATTACHMENT_CATEGORIES = ['court-paper', 'evidence', 'proof', 'other'] as const;
export type AttachmentCategory = (typeof ATTACHMENT_CATEGORIES)[number];
export const ATTACHMENT_CATEGORY_LABELS: Record<AttachmentCategory, string> = {
  'court-paper': '法院文书',
  evidence: '证据材料',
  proof: '证明材料',
  other: '其他材料',
};

/** The accepted file types, by the extension their content is recognised as. */
export const ATTACHMENT_FILE_TYPES = {
  pdf: { mime: 'application/pdf', label: 'PDF 文档', extensions: ['pdf'] },
  jpg: { mime: 'image/jpeg', label: 'JPEG 图片', extensions: ['jpg', 'jpeg', 'jpe'] },
  png: { mime: 'image/png', label: 'PNG 图片', extensions: ['png'] },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word 文档（.docx）',
    extensions: ['docx'],
  },
  doc: { mime: 'application/msword', label: 'Word 97-2003 文档（.doc）', extensions: ['doc'] },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel 工作簿（.xlsx）',
    extensions: ['xlsx'],
  },
  xls: { mime: 'application/vnd.ms-excel', label: 'Excel 97-2003 工作簿（.xls）', extensions: ['xls'] },
} as const;
export type AttachmentFileType = keyof typeof ATTACHMENT_FILE_TYPES;
export const ATTACHMENT_TYPES_TEXT = 'PDF、JPEG/PNG 图片、Word（.docx/.doc）、Excel（.xlsx/.xls）';

export function isAttachmentFileType(ext: string): ext is AttachmentFileType {
  return Object.hasOwn(ATTACHMENT_FILE_TYPES, ext);
}

/** The text fields of the upload form. */
export const attachmentFieldsSchema = z.object({
  category: z.enum(ATTACHMENT_CATEGORIES, {
    error: '材料类别无效，请选择法院文书、证据材料、证明材料或其他材料',
  }),
  description: z
    .string()
    .trim()
    .max(500, '说明最多500个字符')
    .optional()
    .transform((v) => v || null),
  eventId: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      if (!/^[1-9]\d{0,15}$/.test(v)) {
        ctx.addIssue({ code: 'custom', message: '所属环节标识应为正整数' });
        return z.NEVER;
      }
      return Number(v);
    }),
});
export type AttachmentFields = z.infer<typeof attachmentFieldsSchema>;

export const attachmentSchema = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    size: z.number().int().describe('字节数'),
    mimeType: z.string().describe('按文件内容识别的类型'),
    sha256: z.string(),
    category: z.enum(ATTACHMENT_CATEGORIES),
    description: z.string().nullable(),
    eventId: z.number().int().nullable().describe('所属应诉环节（事件）'),
    uploadedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    uploadedAt: z.string(),
    downloadUrl: z.string(),
  })
  .meta({ id: 'CaseAttachment' });
export type Attachment = z.infer<typeof attachmentSchema>;

export const attachmentListSchema = z.object({ items: z.array(attachmentSchema) });
