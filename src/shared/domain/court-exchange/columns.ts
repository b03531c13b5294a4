// The three kinds of court data (排庭, 出庭情况, 裁判结果) and their columns: the
// Chinese header of the template, the other names court exports use for it,
// whether it is required, an example and a note. The same list drives the
// template, the header search and the per-row report's column names.
import {
  AGENT_KIND_LABELS,
  COURT_DECISION_LABELS,
  JUDGMENT_KIND_LABELS,
  JUDGMENT_RESULT_LABELS,
  LOSS_REASON_LABELS,
} from '../cases/vocabulary';

export const EXCHANGE_KINDS = ['hearings', 'appearances', 'judgments'] as const;
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];

export const EXCHANGE_KIND_LABELS: Record<ExchangeKind, string> = {
  hearings: '排庭',
  appearances: '出庭情况',
  judgments: '裁判结果',
};

export interface ExchangeColumn {
  /** The field of the row input (and of the machine API's row). */
  field: string;
  header: string;
  aliases: readonly string[];
  isRequired: boolean;
  example: string;
  note: string;
}

const labels = (record: Record<string, string>) => Object.values(record).join('、');

const caseNumber: ExchangeColumn = {
  field: 'caseNumber',
  header: '案号',
  aliases: ['案件号', '案件编号'],
  isRequired: true,
  example: '（2026）浙0825行初15号',
  note: '须已在平台登记；括号、空格写法不限',
};
const scheduledAt: ExchangeColumn = {
  field: 'scheduledAt',
  header: '开庭时间',
  aliases: ['开庭日期', '开庭日期时间', '庭审时间', '排期时间'],
  isRequired: true,
  example: '2026-03-05 09:30',
  note: '日期和时刻，如 2026-03-05 09:30、2026年3月5日 上午9:30',
};

export const EXCHANGE_COLUMNS: Record<ExchangeKind, readonly ExchangeColumn[]> = {
  hearings: [
    caseNumber,
    scheduledAt,
    {
      field: 'courtRoom',
      header: '法庭',
      aliases: ['审判庭', '开庭地点', '法庭名称'],
      isRequired: false,
      example: '第三法庭',
      note: '',
    },
    {
      field: 'judge',
      header: '审判人员',
      aliases: ['承办法官', '审判长', '主审法官', '承办人'],
      isRequired: false,
      example: '王法官',
      note: '',
    },
    {
      field: 'noticeReceivedOn',
      header: '开庭通知送达日期',
      aliases: ['通知送达日期', '传票送达日期', '收到开庭通知日期'],
      isRequired: false,
      example: '2026-02-27',
      note: '开庭通知送达行政机关的日期',
    },
    {
      field: 'isHeadRequested',
      header: '是否通知负责人出庭',
      aliases: ['通知负责人出庭', '要求负责人出庭', '是否要求负责人出庭'],
      isRequired: false,
      example: '是',
      note: '是/否；空白视为“否”',
    },
  ],
  appearances: [
    caseNumber,
    scheduledAt,
    {
      field: 'defendant',
      header: '被告机关',
      aliases: ['被告', '被告名称', '行政机关', '被诉行政机关'],
      isRequired: true,
      example: '柯城区自然资源和规划局',
      note: '须为本案被告的全称',
    },
    {
      field: 'didHeadAppear',
      header: '负责人是否出庭',
      aliases: ['负责人出庭', '行政机关负责人是否出庭', '是否出庭'],
      isRequired: true,
      example: '是',
      note: '是/否',
    },
    {
      field: 'personName',
      header: '出庭负责人姓名',
      aliases: ['出庭人员姓名', '出庭人姓名', '出庭负责人', '出庭人员'],
      isRequired: false,
      example: '林国庆',
      note: '负责人出庭时必填',
    },
    {
      field: 'personPost',
      header: '职务',
      aliases: ['出庭人员职务', '出庭负责人职务', '出庭人职务'],
      isRequired: false,
      example: '局长',
      note: '',
    },
    {
      field: 'countsAsHead',
      header: '是否属于负责人',
      aliases: ['属于负责人', '是否负责人'],
      isRequired: false,
      example: '是',
      note: '正职、副职及分管负责人为“是”（法释〔2020〕3号第二条）',
    },
    {
      field: 'didSpeak',
      header: '是否发言',
      aliases: ['出庭是否发言', '出声'],
      isRequired: false,
      example: '是',
      note: '是/否',
    },
    {
      field: 'agents',
      header: '代理人',
      aliases: ['委托代理人', '出庭代理人'],
      isRequired: false,
      example: '张明（工作人员）、李华（律师）',
      note: `姓名后括注类别（${labels(AGENT_KIND_LABELS)}），多人用顿号分隔；负责人未出庭时必填`,
    },
    {
      field: 'absenceExcuse',
      header: '未出庭理由',
      aliases: ['不出庭理由', '未出庭原因'],
      isRequired: false,
      example: '',
      note: '负责人未出庭时必填',
    },
    {
      field: 'absenceProof',
      header: '理由证明材料',
      aliases: ['证明材料', '未出庭证明材料'],
      isRequired: false,
      example: '',
      note: '',
    },
    {
      field: 'courtDecision',
      header: '法院审查结论',
      aliases: ['审查结论', '法院审查意见', '理由是否认可'],
      isRequired: false,
      example: '',
      note: labels(COURT_DECISION_LABELS),
    },
  ],
  judgments: [
    caseNumber,
    {
      field: 'kind',
      header: '裁判类型',
      aliases: ['裁判文书类型', '文书类型', '结案方式'],
      isRequired: true,
      example: '判决',
      note: labels(JUDGMENT_KIND_LABELS),
    },
    {
      field: 'result',
      header: '裁判结果',
      aliases: ['判决结果', '裁判结论', '结案结果'],
      isRequired: true,
      example: '驳回诉讼请求',
      note: labels(JUDGMENT_RESULT_LABELS),
    },
    {
      field: 'isLost',
      header: '是否败诉',
      aliases: ['行政机关是否败诉', '败诉'],
      isRequired: true,
      example: '否',
      note: '是/否',
    },
    {
      field: 'lossReasons',
      header: '败诉原因',
      aliases: ['败诉理由'],
      isRequired: false,
      example: '',
      note: `败诉时必填，可多选，用顿号分隔：${labels(LOSS_REASON_LABELS)}`,
    },
    {
      field: 'servedOn',
      header: '送达日期',
      aliases: ['裁判文书送达日期', '文书送达日期', '送达时间'],
      isRequired: true,
      example: '2026-10-20',
      note: '裁判文书送达行政机关的日期',
    },
    {
      field: 'requiresPerformance',
      header: '是否需要履行',
      aliases: ['需要履行', '是否需履行'],
      isRequired: true,
      example: '否',
      note: '是/否',
    },
    {
      field: 'summary',
      header: '裁判要旨',
      aliases: ['判决要旨', '裁判摘要', '备注'],
      isRequired: false,
      example: '',
      note: '',
    },
  ],
};

/** The Chinese header of a field (for messages); the field itself when unknown. */
export function columnOf(kind: ExchangeKind, field: string): string {
  return EXCHANGE_COLUMNS[kind].find((c) => c.field === field)?.header ?? field;
}

/** The columns that identify a row of each kind (idempotency key). */
export const EXCHANGE_KEYS: Record<ExchangeKind, readonly string[]> = {
  hearings: ['caseNumber', 'scheduledAt'],
  appearances: ['caseNumber', 'scheduledAt', 'defendant'],
  judgments: ['caseNumber'],
};

export const ROW_OUTCOMES = ['created', 'updated', 'unchanged', 'rejected', 'skipped-blank'] as const;
export type RowOutcome = (typeof ROW_OUTCOMES)[number];
export const ROW_OUTCOME_LABELS: Record<RowOutcome, string> = {
  created: '新增',
  updated: '更新',
  unchanged: '无变化',
  rejected: '不予导入',
  'skipped-blank': '空行跳过',
};
