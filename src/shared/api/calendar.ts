import { z } from 'zod';
import { dateSchema } from './courts';
import './zod-zh';

export const HOLIDAY_YEAR_SOURCES = ['shipped', 'corrected', 'missing'] as const;
export type HolidayYearSource = (typeof HOLIDAY_YEAR_SOURCES)[number];
export const HOLIDAY_YEAR_SOURCE_LABELS: Record<HolidayYearSource, string> = {
  shipped: '随系统发布',
  corrected: '管理员修订',
  missing: '未收录',
};

export const holidayYearSummarySchema = z
  .object({
    year: z.number().int(),
    source: z.enum(HOLIDAY_YEAR_SOURCES),
    notice: z.string().nullable().describe('引用的国务院办公厅通知；随系统发布的年份为空'),
    papers: z.array(z.string()),
    dayCount: z.number().int(),
    version: z.number().int().describe('修订记录的版本号；尚无修订时为 0'),
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable().describe('最后修订人姓名'),
  })
  .meta({ id: 'HolidayYearSummary' });
export type HolidayYearSummary = z.infer<typeof holidayYearSummarySchema>;

export const holidayYearListSchema = z.object({
  items: z.array(holidayYearSummarySchema),
  abilities: z.object({ manage: z.boolean() }),
});

export const holidayDaySchema = z.object({
  date: z.string({ error: '请填写日期' }).trim().describe('YYYY-MM-DD'),
  name: z
    .string({ error: '请填写节日名称' })
    .trim()
    .min(1, '请填写节日名称，如“春节”')
    .max(20, '节日名称最多20个字符'),
  isOffDay: z.boolean({ error: '请说明该日放假还是调休上班' }).describe('true 放假；false 周末调休上班'),
});
export type HolidayDayInput = z.infer<typeof holidayDaySchema>;

export const holidayYearSchema = holidayYearSummarySchema
  .extend({
    days: z.array(
      z.object({ date: z.string(), name: z.string(), isOffDay: z.boolean(), weekday: z.string() }),
    ),
    hasShipped: z.boolean().describe('系统是否随附该年数据（修订后仍保留，可据以比对）'),
    abilities: z.object({ manage: z.boolean() }),
  })
  .meta({ id: 'HolidayYear' });
export type HolidayYearDetail = z.infer<typeof holidayYearSchema>;

export const movedDeadlineSchema = z
  .object({
    kind: z.enum(['case', 'suggestion']),
    label: z.string().describe('案号，或建议与函件的种类与文号'),
    title: z.string().describe('期限名称'),
    from: z.string().describe('原届满日'),
    to: z.string().describe('按修订后的安排重算的届满日'),
    isOpen: z.boolean().describe('期限尚未完成（未答辩、未答复等）'),
    link: z.string().describe('网页中该案件或建议的地址'),
  })
  .meta({ id: 'MovedDeadline' });
export type MovedDeadline = z.infer<typeof movedDeadlineSchema>;

export const savedHolidayYearSchema = holidayYearSchema
  .extend({
    movedDeadlines: z
      .array(movedDeadlineSchema)
      .describe('保存后按新安排重算、届满日因此改变的已登记期限（案件期限与建议答复期限）'),
  })
  .meta({ id: 'SavedHolidayYear' });
export type SavedHolidayYear = z.infer<typeof savedHolidayYearSchema>;

export const yearParamSchema = z.object({
  year: z.coerce
    .number({ error: '年份应为4位数字' })
    .int('年份应为4位数字')
    .min(1990, '年份不能早于1990年')
    .max(2100, '年份不能晚于2100年'),
});

export const saveHolidayYearSchema = z.object({
  days: z.array(holidayDaySchema).min(1, '请至少填写一天的安排').max(120, '一年的安排最多120天'),
  papers: z
    .array(z.string().trim().min(1, '通知网址不能为空').max(300, '通知网址最多300个字符'))
    .max(10, '最多10个通知网址')
    .optional(),
  notice: z
    .string({ error: '请填写所依据的国务院办公厅通知' })
    .trim()
    .min(4, '请填写所依据的国务院办公厅通知，如“国办发明电〔2026〕7号”')
    .max(200, '通知名称最多200个字符'),
  version: z
    .number({ error: '请提供记录版本号 version' })
    .int('版本号应为整数')
    .min(0, '版本号不能小于0')
    .describe('读取时的版本号（该年尚无修订时为 0）；他人已修改时返回 CONFLICT'),
});

export const deadlineQuerySchema = z.object({
  ruleId: z.string({ error: '请选择期间规则' }).trim().min(1, '请选择期间规则').max(80),
  trigger: dateSchema('起算事件日期'),
});

const legalBasisSchema = z.object({ law: z.string(), version: z.string(), article: z.string() });

export const deadlineSchema = z
  .object({
    ruleId: z.string(),
    ruleVersion: z.number().int(),
    ruleName: z.string(),
    basis: legalBasisSchema,
    length: z.number().int(),
    unit: z.enum(['calendar-days', 'working-days', 'months']),
    due: z.string(),
    start: z.string(),
    rawEnd: z.string(),
    explanation: z.string(),
    steps: z.array(z.object({ date: z.string(), note: z.string() })),
    warnings: z.array(z.string()),
  })
  .meta({ id: 'Deadline' });
export type DeadlineResponse = z.infer<typeof deadlineSchema>;

export const periodRuleSchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    name: z.string(),
    trigger: z.string(),
    length: z.number().int(),
    unit: z.enum(['calendar-days', 'working-days', 'months']),
    endDay: z.enum(['next-working-day', 'none']),
    basis: legalBasisSchema,
    effectiveFrom: z.string().nullable(),
    effectiveTo: z.string().nullable(),
    localOverridable: z.boolean(),
  })
  .meta({ id: 'PeriodRule' });
export type PeriodRuleResponse = z.infer<typeof periodRuleSchema>;

export const PERIOD_UNIT_LABELS = {
  'calendar-days': '日',
  'working-days': '个工作日',
  months: '个月',
} as const;
