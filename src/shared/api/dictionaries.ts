import { z } from 'zod';
import './zod-zh';

// 案由 (cause of action) and 管理领域 (management domain) of a litigation case: configurable
// lists (domain.md §2.1), defaults inserted by migration 0003.
export const DICTIONARY_KINDS = ['cause', 'domain'] as const;
export type DictionaryKind = (typeof DICTIONARY_KINDS)[number];
export const DICTIONARY_KIND_LABELS: Record<DictionaryKind, string> = { cause: '案由', domain: '管理领域' };

export const DICTIONARY_CODE_PATTERN = /^[a-z][a-z0-9-]{1,39}$/;

const dictionaryKindSchema = z.enum(DICTIONARY_KINDS, {
  error: '字典类别应为 cause（案由）或 domain（管理领域）',
});

export const dictionaryKindParamSchema = z.object({ kind: dictionaryKindSchema });

export const dictionaryEntryParamSchema = z.object({
  kind: dictionaryKindSchema,
  code: z
    .string()
    .regex(
      DICTIONARY_CODE_PATTERN,
      '代码应为2–40位小写字母、数字或连字符，并以字母开头，如 information-disclosure',
    ),
});

const entryFieldsSchema = z.object({
  label: z.string({ error: '请填写名称' }).trim().min(2, '名称至少2个字符').max(30, '名称最多30个字符'),
  sortOrder: z
    .number({ error: '排序号应为数字' })
    .int('排序号应为整数')
    .min(0, '排序号不能小于0')
    .max(9999, '排序号不能大于9999'),
  disabled: z.boolean({ error: '“停用”应为是或否' }),
});

export const dictionaryEntrySchema = entryFieldsSchema
  .extend({ kind: dictionaryKindSchema, code: z.string() })
  .meta({ id: 'DictionaryEntry' });
export type DictionaryEntry = z.infer<typeof dictionaryEntrySchema>;

export const listDictionaryQuerySchema = z.object({
  includeDisabled: z.enum(['true', 'false'], { error: '显示已停用应为 true 或 false' }).optional(),
});

export const dictionaryListSchema = z.object({
  items: z.array(dictionaryEntrySchema),
  abilities: z.object({ manage: z.boolean() }),
});

// No version column: `previous` is what the client read (null when adding a new code), and a
// write that finds anything else answers CONFLICT instead of overwriting it.
export const saveDictionaryEntrySchema = entryFieldsSchema.extend({
  previous: z
    .object({ label: z.string(), sortOrder: z.number().int(), disabled: z.boolean() })
    .nullable()
    .describe('读取时的名称、排序号与停用状态；新增代码时为 null。与当前记录不一致时返回 CONFLICT'),
});
