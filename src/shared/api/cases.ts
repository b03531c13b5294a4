// The case register's contract: intake, the case as shown, the list, the to-dos.
import { z } from 'zod';
import { parseCaseNumber } from '../domain/case-number';
import { CASE_EVENT_TYPES, CASE_INSTANCES, CASE_STAGES } from '../domain/cases/vocabulary';
import { checkIdNumber } from '../domain/id-number';
import { checkUscc, normalizeUscc } from '../domain/uscc';
import { serviceStepSchema } from './case-steps';
import './zod-zh';

export const caseNumberSchema = z
  .string({ error: '请填写案号' })
  .min(1, '请填写案号')
  .max(60, '案号最多60个字符')
  .superRefine((value, ctx) => {
    const parsed = parseCaseNumber(value);
    if (!parsed.valid) {
      for (const message of parsed.errors) ctx.addIssue({ code: 'custom', message });
    } else if (!parsed.administrative) {
      ctx.addIssue({ code: 'custom', message: `“${parsed.typeName}”不是行政案件类型，请核对案号` });
    }
  });

const partyFields = {
  kind: z.enum(['person', 'organisation'], { error: '当事人类别无效，请选择自然人或组织' }),
  name: z
    .string({ error: '请填写当事人名称' })
    .trim()
    .min(1, '请填写当事人名称')
    .max(100, '当事人名称最多100个字符'),
  idNumber: z
    .string()
    .trim()
    .toUpperCase()
    .nullish()
    .transform((v) => v || null),
  uscc: z
    .string()
    .trim()
    .nullish()
    .transform((v) => (v ? normalizeUscc(v) : null)),
};

function checkParty(
  party: { kind: 'person' | 'organisation'; idNumber: string | null; uscc: string | null },
  ctx: z.RefinementCtx,
) {
  if (party.idNumber) {
    if (party.kind !== 'person')
      ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '组织不填写身份证号' });
    const problem = checkIdNumber(party.idNumber);
    if (problem) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: problem });
  }
  if (party.uscc) {
    if (party.kind !== 'organisation') {
      ctx.addIssue({ code: 'custom', path: ['uscc'], message: '自然人不填写统一社会信用代码' });
    }
    const problem = checkUscc(party.uscc);
    if (problem) ctx.addIssue({ code: 'custom', path: ['uscc'], message: problem });
  }
}

const partySchema = z.object(partyFields).superRefine(checkParty);
export type PartyInput = z.infer<typeof partySchema>;

const flags = {
  isMajorSensitive: z.boolean().default(false),
  isMass: z.boolean().default(false),
  isEnterprise: z.boolean().default(false),
  isDebt: z.boolean().default(false),
};

/** Fields of a case that intake sets and a correction of the registration may change. */
export const caseDetailsSchema = z.object({
  caseNumber: caseNumberSchema,
  courtId: z.uuid({ error: '请选择审理法院' }),
  previousCaseId: z.uuid({ error: '关联的前审案件标识无效' }).nullish(),
  causeCode: z.string({ error: '请选择案由' }).min(1, '请选择案由'),
  domainCode: z.string({ error: '请选择管理领域' }).min(1, '请选择管理领域'),
  subject: z
    .string({ error: '请填写被诉行政行为' })
    .trim()
    .min(2, '请填写被诉行政行为')
    .max(500, '被诉行政行为最多500个字符'),
  claims: z
    .string()
    .trim()
    .max(2000, '诉讼请求最多2000个字符')
    .nullish()
    .transform((v) => v || null),
  filedOn: z.iso.date({ error: '立案日期应为 YYYY-MM-DD' }).nullish(),
  ...flags,
  defendants: z
    .array(
      z.object({
        organisationId: z.uuid({ error: '请选择被告机关' }),
        isReconsiderationBody: z.boolean().default(false),
      }),
    )
    .min(1, '请至少选择一个被告机关')
    .max(10, '被告机关最多10个'),
  plaintiffs: z.array(partySchema).min(1, '请至少填写一名原告').max(50, '原告最多50名'),
  thirdParties: z.array(partySchema).max(50, '第三人最多50名').default([]),
});
export type CaseDetails = z.infer<typeof caseDetailsSchema>;

export const registerCaseSchema = caseDetailsSchema.extend({
  // Intake from the court's notice usually records its service at once.
  service: serviceStepSchema.nullish(),
});
export type RegisterCaseInput = z.infer<typeof registerCaseSchema>;

const correctionReasonSchema = z
  .string({ error: '请填写更正理由' })
  .trim()
  .min(2, '请填写更正理由')
  .max(500, '更正理由最多500个字符');

// A party in a correction of the registration. `partyId` names a stored party;
// its 身份证号 left empty keeps the stored one (the browser only ever sees it masked).
const correctedPartySchema = z
  .object({ ...partyFields, partyId: z.uuid({ error: '当事人标识无效' }).nullish() })
  .superRefine(checkParty);

/** 更正登记信息: the registration as it should have been, with the reason. */
export const registrationCorrectionSchema = caseDetailsSchema.extend({
  plaintiffs: z.array(correctedPartySchema).min(1, '请至少填写一名原告').max(50, '原告最多50名'),
  thirdParties: z.array(correctedPartySchema).max(50, '第三人最多50名').default([]),
  reason: correctionReasonSchema,
  version: z.number({ error: '请提供案件版本号 version' }).int().min(1),
});
export type RegistrationCorrectionInput = z.infer<typeof registrationCorrectionSchema>;

const ref = z.object({ id: z.uuid(), name: z.string() });

export const caseAbilitiesSchema = z.object({
  read: z.boolean(),
  record: z.record(z.string(), z.boolean()).describe('每个环节当前能否记录，键为环节路径'),
  correct: z.boolean(),
  attach: z.boolean(),
  letter: z.boolean(),
});

export const caseSummarySchema = z
  .object({
    id: z.uuid(),
    caseNumber: z.string(),
    court: ref,
    instance: z.enum(CASE_INSTANCES),
    stage: z.enum(CASE_STAGES),
    cause: z.object({ code: z.string(), label: z.string() }),
    domain: z.object({ code: z.string(), label: z.string() }),
    subject: z.string(),
    plaintiffNames: z.array(z.string()),
    defendants: z.array(ref),
    isMajorSensitive: z.boolean(),
    isMass: z.boolean(),
    isEnterprise: z.boolean(),
    isDebt: z.boolean(),
    serviceDate: z.string().nullable(),
    nextHearingAt: z.string().nullable(),
    nextDeadline: z
      .object({ title: z.string(), due: z.string(), isOverdue: z.boolean(), isDueSoon: z.boolean() })
      .nullable(),
    isLost: z.boolean().nullable(),
    version: z.number().int(),
    abilities: caseAbilitiesSchema,
  })
  .meta({ id: 'CaseSummary' });
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const partyViewSchema = z.object({
  id: z.uuid(),
  role: z.enum(['plaintiff', 'third-party']),
  kind: z.enum(['person', 'organisation']),
  name: z.string(),
  idNumberMasked: z.string().nullable(),
  uscc: z.string().nullable(),
});

export const caseEventViewSchema = z.object({
  id: z.number().int(),
  type: z.enum(CASE_EVENT_TYPES),
  label: z.string(),
  occurredOn: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  correctsEventId: z.number().int().nullable(),
  correctedByEventId: z.number().int().nullable(),
  isVoided: z.boolean(),
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export type CaseEventView = z.infer<typeof caseEventViewSchema>;

export const deadlineViewSchema = z.object({
  id: z.uuid(),
  ruleId: z.string(),
  title: z.string(),
  triggerDate: z.string(),
  due: z.string(),
  explanation: z.string(),
  steps: z.array(z.object({ date: z.string(), note: z.string() })),
  warnings: z.array(z.string()),
  status: z.enum(['open', 'done', 'cancelled']),
  doneOn: z.string().nullable(),
  isOverdue: z.boolean(),
  isDueSoon: z.boolean(),
});
export type DeadlineView = z.infer<typeof deadlineViewSchema>;

export const appearanceViewSchema = z.object({
  defendant: ref,
  didHeadAppear: z.boolean(),
  personName: z.string().nullable(),
  personPost: z.string().nullable(),
  countsAsHead: z.boolean(),
  didSpeak: z.boolean(),
  agents: z.array(z.object({ name: z.string(), kind: z.enum(['staff', 'lawyer']) })),
  absenceExcuse: z.string().nullable(),
  absenceProof: z.string().nullable(),
  courtDecision: z.enum(['accepted', 'rejected', 'pending']).nullable(),
  eventId: z.number().int(),
});

export const hearingViewSchema = z.object({
  eventId: z.number().int(),
  scheduledAt: z.string(),
  courtRoom: z.string().nullable(),
  judge: z.string().nullable(),
  noticeReceivedOn: z.string().nullable(),
  isHeadRequested: z.boolean(),
  status: z.enum(['scheduled', 'held', 'cancelled']),
  // A hearing within 5 days with no designated head (issue 3 item 5).
  isAtRisk: z.boolean(),
  appearances: z.array(appearanceViewSchema),
});

export const caseDetailSchema = caseSummarySchema
  .extend({
    typeCode: z.string(),
    disputeId: z.uuid(),
    previousCase: z.object({ id: z.uuid(), caseNumber: z.string() }).nullable(),
    relatedCases: z.array(
      z.object({ id: z.uuid(), caseNumber: z.string(), instance: z.enum(CASE_INSTANCES) }),
    ),
    claims: z.string().nullable(),
    filedOn: z.string().nullable(),
    serviceManner: z.string().nullable(),
    serviceSignedBy: z.string().nullable(),
    designatedHead: z.object({ name: z.string(), post: z.string(), countsAsHead: z.boolean() }).nullable(),
    judgment: z
      .object({
        kind: z.string(),
        result: z.string(),
        isLost: z.boolean(),
        lossReasons: z.array(z.string()),
        servedOn: z.string(),
        requiresPerformance: z.boolean(),
      })
      .nullable(),
    effectiveOn: z.string().nullable(),
    performedOn: z.string().nullable(),
    parties: z.array(partyViewSchema),
    events: z.array(caseEventViewSchema),
    deadlines: z.array(deadlineViewSchema),
    hearings: z.array(hearingViewSchema),
  })
  .meta({ id: 'CaseDetail' });
export type CaseDetail = z.infer<typeof caseDetailSchema>;

const boolQuery = z.enum(['true', 'false']).optional();

export const listCasesQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(60, '搜索词最多60个字符')
    .optional()
    .describe('案号、当事人、被诉行政行为（包含即可）'),
  stage: z.enum(CASE_STAGES, { error: '阶段无效，请从列表中选择' }).optional(),
  instance: z.enum(CASE_INSTANCES, { error: '审级无效，请从列表中选择' }).optional(),
  agencyId: z.uuid({ error: '被告机关标识无效' }).optional(),
  courtId: z.uuid({ error: '法院标识无效' }).optional(),
  causeCode: z.string().max(40).optional(),
  domainCode: z.string().max(40).optional(),
  isMajorSensitive: boolQuery,
  isMass: boolQuery,
  isEnterprise: boolQuery,
  isDebt: boolQuery,
  isLost: boolQuery,
  isOverdue: boolQuery.describe('有已逾期未完成的期限'),
  servedFrom: z.iso.date({ error: '送达日期起应为 YYYY-MM-DD' }).optional(),
  servedTo: z.iso.date({ error: '送达日期止应为 YYYY-MM-DD' }).optional(),
  sort: z
    .enum(['serviceDate', 'nextHearing', 'nextDeadline', 'caseNumber', 'updated'], { error: '排序字段无效' })
    .default('serviceDate'),
  order: z.enum(['asc', 'desc'], { error: '排序方向无效' }).default('desc'),
  page: z.coerce.number().int().min(1, '页码从1开始').default(1),
  pageSize: z.coerce.number().int().min(1).max(200, '每页最多200条').default(20),
});
export type ListCasesQuery = z.infer<typeof listCasesQuerySchema>;

export const correctionSchema = z.object({
  correctsEventId: z.number({ error: '请选择要更正的记录' }).int().positive(),
  reason: correctionReasonSchema,
  // The corrected content of that event (same shape as its step), or void it.
  payload: z.record(z.string(), z.unknown()).nullish(),
  isVoid: z.boolean().default(false),
  version: z.number({ error: '请提供案件版本号 version' }).int().min(1),
});

export const deadlineMoveSchema = z.object({
  title: z.string(),
  ruleId: z.string(),
  change: z.enum(['moved', 'added', 'cancelled']),
  dueBefore: z.string().nullable(),
  dueAfter: z.string().nullable(),
});

export const correctionPreviewSchema = z.object({ moves: z.array(deadlineMoveSchema) });

export const todoItemSchema = z.object({
  kind: z.enum(['deadline', 'hearing-at-risk', 'appearance-unrecorded']),
  case: z.object({ id: z.uuid(), caseNumber: z.string(), subject: z.string(), defendants: z.array(ref) }),
  title: z.string(),
  due: z.string(),
  isOverdue: z.boolean(),
  isDueSoon: z.boolean(),
  explanation: z.string().nullable(),
});

export const listTodosQuerySchema = z.object({
  agencyId: z.uuid({ error: '被告机关标识无效' }).optional(),
  page: z.coerce.number().int().min(1, '页码从1开始').default(1),
  pageSize: z.coerce.number().int().min(1).max(200, '每页最多200条').default(50),
});
