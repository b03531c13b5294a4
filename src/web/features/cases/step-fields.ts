// The fields of each step of a case, in the order the forms show them, with
// Chinese labels. One table serves the step forms, the correction form
// (prefilled from an event) and the timeline (an event's payload read aloud).
import { CASE_STEPS } from '../../../shared/api/case-steps';
import type { CaseStepType } from '../../../shared/domain/cases/vocabulary';
import {
  AGENT_KIND_OPTIONS,
  APPELLANT_OPTIONS,
  COURT_DECISION_OPTIONS,
  JUDGMENT_KIND_OPTIONS,
  JUDGMENT_RESULT_OPTIONS,
  LOSS_REASON_OPTIONS,
  type Option,
  SERVICE_MANNER_OPTIONS,
} from './case-options';

export type FieldKind =
  | 'date'
  | 'datetime'
  | 'text'
  | 'textarea'
  | 'number'
  | 'boolean'
  | 'select'
  | 'multiselect'
  | 'hearing' // a hearing of this case (its scheduling event id)
  | 'defendant' // a defendant agency of this case
  | 'agents'; // staff and lawyers who appeared

export interface StepField {
  name: string;
  label: string;
  kind: FieldKind;
  required?: boolean;
  options?: Option[];
  max?: number;
  /** Value of a new form. */
  initial?: unknown;
  /** A date that cannot lie in the future (the server refuses it). */
  notFuture?: boolean;
  /** Which hearings a 'hearing' field offers. */
  hearings?: 'open' | 'scheduled';
  /** Shown (and sent) only when this holds for the form's values. */
  visibleWhen?: (values: Record<string, unknown>) => boolean;
  help?: string;
}

export interface StepSpec {
  type: CaseStepType;
  path: string;
  fields: StepField[];
}

const headAppeared = (v: Record<string, unknown>) => v.didHeadAppear === true;
const headAbsent = (v: Record<string, unknown>) => v.didHeadAppear === false;

const FIELDS: Record<CaseStepType, StepField[]> = {
  'service-recorded': [
    { name: 'servedOn', label: '送达日期', kind: 'date', required: true, notFuture: true },
    {
      name: 'manner',
      label: '送达方式',
      kind: 'select',
      required: true,
      options: SERVICE_MANNER_OPTIONS,
      initial: 'direct',
    },
    { name: 'signedBy', label: '签收人', kind: 'text', max: 30 },
  ],
  'head-designated': [
    { name: 'name', label: '出庭负责人姓名', kind: 'text', required: true, max: 30 },
    { name: 'post', label: '出庭负责人职务', kind: 'text', required: true, max: 40 },
    {
      name: 'countsAsHead',
      label: '属于负责人',
      kind: 'boolean',
      required: true,
      initial: true,
      help: '正职、副职及参与分管被诉行政行为的其他负责人属于负责人（法释〔2020〕3号第二条）',
    },
    { name: 'note', label: '备注', kind: 'textarea', max: 500 },
  ],
  'defence-submitted': [
    { name: 'submittedOn', label: '提交日期', kind: 'date', required: true, notFuture: true },
    { name: 'evidenceCount', label: '证据份数', kind: 'number' },
    { name: 'note', label: '备注', kind: 'textarea', max: 1000 },
  ],
  'reported-to-office': [
    { name: 'reportedOn', label: '报告日期', kind: 'date', required: true, notFuture: true },
    { name: 'note', label: '备注', kind: 'textarea', max: 1000 },
  ],
  'hearing-scheduled': [
    { name: 'scheduledAt', label: '开庭时间', kind: 'datetime', required: true },
    { name: 'courtRoom', label: '法庭', kind: 'text', max: 40 },
    { name: 'judge', label: '审判人员', kind: 'text', max: 40 },
    { name: 'noticeReceivedOn', label: '收到开庭通知日期', kind: 'date', notFuture: true },
    {
      name: 'isHeadRequested',
      label: '法院要求负责人出庭',
      kind: 'boolean',
      initial: false,
      help: '法释〔2020〕3号第四条：食品药品安全、生态环境和资源保护、公共卫生安全等案件',
    },
  ],
  'hearing-cancelled': [
    { name: 'hearingEventId', label: '庭次', kind: 'hearing', required: true, hearings: 'scheduled' },
    { name: 'reason', label: '取消原因', kind: 'text', required: true, max: 200 },
  ],
  'appearance-recorded': [
    { name: 'hearingEventId', label: '庭次', kind: 'hearing', required: true, hearings: 'open' },
    { name: 'defendantOrgId', label: '被告机关', kind: 'defendant', required: true },
    { name: 'didHeadAppear', label: '负责人出庭', kind: 'boolean', required: true },
    { name: 'personName', label: '出庭负责人姓名', kind: 'text', max: 30, visibleWhen: headAppeared },
    { name: 'personPost', label: '出庭负责人职务', kind: 'text', max: 40, visibleWhen: headAppeared },
    {
      name: 'countsAsHead',
      label: '属于负责人',
      kind: 'boolean',
      initial: true,
      visibleWhen: headAppeared,
    },
    {
      name: 'didSpeak',
      label: '出庭出声',
      kind: 'boolean',
      initial: true,
      visibleWhen: headAppeared,
      help: '负责人应当就实质性解决争议发表意见（法释〔2020〕3号第十一条）',
    },
    {
      name: 'absenceExcuse',
      label: '未出庭理由',
      kind: 'textarea',
      max: 500,
      visibleWhen: headAbsent,
      help: '不可抗力、意外事件、需要履行他人不能代替的公务等正当理由（第八条）',
    },
    { name: 'absenceProof', label: '理由证明材料', kind: 'text', max: 500, visibleWhen: headAbsent },
    {
      name: 'courtDecision',
      label: '法院审查结论',
      kind: 'select',
      options: COURT_DECISION_OPTIONS,
      visibleWhen: headAbsent,
    },
    { name: 'agents', label: '出庭的工作人员和律师', kind: 'agents' },
  ],
  'judgment-recorded': [
    { name: 'kind', label: '裁判类型', kind: 'select', required: true, options: JUDGMENT_KIND_OPTIONS },
    { name: 'result', label: '裁判结果', kind: 'select', required: true, options: JUDGMENT_RESULT_OPTIONS },
    { name: 'isLost', label: '行政机关败诉', kind: 'boolean', required: true },
    {
      name: 'lossReasons',
      label: '败诉原因',
      kind: 'multiselect',
      options: LOSS_REASON_OPTIONS,
      visibleWhen: (v) => v.isLost === true,
    },
    { name: 'servedOn', label: '裁判文书送达日期', kind: 'date', required: true, notFuture: true },
    { name: 'requiresPerformance', label: '需要履行', kind: 'boolean', required: true },
    { name: 'summary', label: '裁判要旨', kind: 'textarea', max: 2000 },
  ],
  'judgment-filed': [
    { name: 'filedOn', label: '报备日期', kind: 'date', required: true, notFuture: true },
    { name: 'note', label: '备注', kind: 'textarea', max: 500 },
  ],
  'appeal-recorded': [
    { name: 'filedOn', label: '上诉日期', kind: 'date', required: true, notFuture: true },
    { name: 'appellant', label: '上诉人', kind: 'select', required: true, options: APPELLANT_OPTIONS },
    { name: 'note', label: '备注', kind: 'textarea', max: 500 },
  ],
  'effective-marked': [
    { name: 'effectiveOn', label: '生效日期', kind: 'date', required: true, notFuture: true },
  ],
  'performance-recorded': [
    { name: 'performedOn', label: '履行日期', kind: 'date', required: true, notFuture: true },
    { name: 'description', label: '履行情况', kind: 'textarea', required: true, max: 2000 },
    { name: 'proof', label: '履行证明', kind: 'text', max: 500 },
  ],
  'loss-analysis-written': [
    { name: 'analysis', label: '败诉原因分析', kind: 'textarea', required: true, max: 5000 },
    { name: 'measures', label: '整改措施', kind: 'textarea', required: true, max: 5000 },
    { name: 'accountability', label: '责任追究情况', kind: 'textarea', max: 2000 },
  ],
};

export const AGENT_KIND_SELECT = AGENT_KIND_OPTIONS;

/** The steps in the order of a case's life, each with its endpoint path. */
export const STEP_SPECS: StepSpec[] = (Object.keys(CASE_STEPS) as CaseStepType[]).map((type) => ({
  type,
  path: CASE_STEPS[type].path,
  fields: FIELDS[type],
}));

export function stepSpecOf(type: CaseStepType): StepSpec {
  return STEP_SPECS.find((spec) => spec.type === type)!;
}

export function isStepType(type: string): type is CaseStepType {
  return type in CASE_STEPS;
}

export function visibleFields(spec: StepSpec, values: Record<string, unknown>): StepField[] {
  return spec.fields.filter((field) => !field.visibleWhen || field.visibleWhen(values));
}
