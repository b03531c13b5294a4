// Letters of the legal-affairs office on a case (负责人出庭建议书, 履行生效裁判建议书,
// seed 002) and the document-number series (文号规则) they are numbered from.
import { z } from 'zod';
import './zod-zh';

export const LETTER_KINDS = ['appearance-suggestion', 'performance-suggestion'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];
export const LETTER_KIND_LABELS: Record<LetterKind, string> = {
  'appearance-suggestion': '负责人出庭建议书',
  'performance-suggestion': '履行生效裁判建议书',
};

/** The series both suggestion letters are numbered from. */
export const SUGGESTION_SERIES = 'suggestion';

/** What is wrong with a document-number pattern, or null. */
export function documentPatternProblem(pattern: string): string | null {
  const count = (token: string) => pattern.split(token).length - 1;
  if (count('{year}') !== 1) return '文号规则中应含且仅含一个 {year}（年份）';
  if (count('{n}') !== 1) return '文号规则中应含且仅含一个 {n}（序号）';
  const unknown = pattern
    .replace('{year}', '')
    .replace('{n}', '')
    .match(/\{[^}]*\}/);
  if (unknown) return `文号规则中的 ${unknown[0]} 无法识别，只能使用 {year} 和 {n}`;
  return null;
}

/** 柯司建〔{year}〕{n}号 → 柯司建〔2026〕7号 (GB/T 9704: no leading zeros, no 第). */
export function formatDocumentNumber(pattern: string, year: number, n: number): string {
  return pattern.replace('{year}', String(year)).replace('{n}', String(n));
}

export const seriesCodeParamSchema = z.object({
  code: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,39}$/, '文号序列代码应为小写字母开头的字母、数字或连字符，如 suggestion'),
});

export const saveDocumentSeriesSchema = z.object({
  pattern: z
    .string({ error: '请填写文号规则' })
    .trim()
    .min(1, '请填写文号规则')
    .max(60, '文号规则最多60个字符')
    .superRefine((value, ctx) => {
      const problem = documentPatternProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .describe('如 柯司建〔{year}〕{n}号：{year} 为年份，{n} 为当年序号'),
});

export const documentSeriesSchema = z
  .object({
    code: z.string(),
    pattern: z.string(),
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    year: z.number().int().describe('当前年份（北京时间）'),
    lastNumber: z.number().int().describe('本年已用到的序号，0 表示尚未使用'),
    nextDocumentNumber: z.string().describe('下一份文件的文号（预览）'),
  })
  .meta({ id: 'DocumentSeries' });
export type DocumentSeries = z.infer<typeof documentSeriesSchema>;

export const documentSeriesListSchema = z.object({ items: z.array(documentSeriesSchema) });

export const generateLetterSchema = z.object({
  kind: z.enum(LETTER_KINDS, { error: '建议书种类无效，请选择负责人出庭建议书或履行生效裁判建议书' }),
  addresseeOrgId: z.uuid({ error: '请选择主送机关（本案被告机关）' }),
  body: z
    .string()
    .trim()
    .max(5000, '正文最多5000个字符')
    .nullish()
    .transform((v) => v || null)
    .describe('自拟正文（每段一行）；省略时按案件情况生成'),
});
export type GenerateLetterInput = z.infer<typeof generateLetterSchema>;

export const letterSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(LETTER_KINDS),
    kindLabel: z.string(),
    documentNumber: z.string(),
    title: z.string(),
    addressee: z.object({ id: z.uuid(), name: z.string() }),
    issuer: z.object({ id: z.uuid(), name: z.string() }),
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    downloadUrl: z.string(),
  })
  .meta({ id: 'CaseLetter' });
export type Letter = z.infer<typeof letterSchema>;

export const letterListSchema = z.object({
  items: z.array(letterSchema),
  abilities: z
    .object({ 'appearance-suggestion': z.boolean(), 'performance-suggestion': z.boolean() })
    .describe('当前能否为本案制发各类建议书'),
});
