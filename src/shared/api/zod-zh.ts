// Chinese messages for zod issues that a schema does not word itself. Schemas
// name their fields in their own messages where a user will read them; this map
// is the fallback, and it never shows an English type or enum value.
import { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '是/否',
  array: '列表',
  object: '对象',
  date: '日期',
};

function chineseError(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return '必填';
      return `应为${TYPE_NAMES[issue.expected] ?? '正确的类型'}`;
    case 'invalid_value':
      return '取值不在允许的范围内';
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? '不能为空' : `至少${issue.minimum}个字符`;
      if (issue.origin === 'array') return `至少选择${issue.minimum}项`;
      return `不能小于${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `最多${issue.maximum}个字符`;
      if (issue.origin === 'array') return `最多${issue.maximum}项`;
      return `不能大于${issue.maximum}`;
    case 'invalid_format':
      if (issue.format === 'uuid') return '应为有效的标识（UUID）';
      if (issue.format === 'datetime') return '应为日期时间，格式如 2026-01-31T08:00:00Z';
      if (issue.format === 'date') return '应为日期，格式 YYYY-MM-DD';
      return '格式不正确';
    case 'unrecognized_keys':
      return `包含不认识的字段：${issue.keys.join('、')}`;
    default:
      return '输入无效';
  }
}

let configured = false;
export function configureChineseZodErrors(): void {
  if (configured) return;
  configured = true;
  z.config({ localeError: chineseError });
}

configureChineseZodErrors();
