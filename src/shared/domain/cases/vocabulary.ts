// The words of the case register: stages, step types, results, loss reasons,
// with their Chinese labels (domain.md §2.1–2.2).

export const CASE_STAGES = [
  'registered', // 已登记，尚未记录送达
  'defending', // 答辩举证期
  'pending-hearing', // 待开庭
  'in-trial', // 审理中（已开庭）
  'judged', // 已裁判，上诉期内
  'appealed', // 已上诉（进入上一审级）
  'effective', // 已生效，待履行
  'performed', // 已履行
  'closed', // 已结案（生效且无须履行）
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

export const CASE_STAGE_LABELS: Record<CaseStage, string> = {
  registered: '已登记',
  defending: '答辩举证',
  'pending-hearing': '待开庭',
  'in-trial': '审理中',
  judged: '已裁判',
  appealed: '已上诉',
  effective: '已生效待履行',
  performed: '已履行',
  closed: '已结案',
};

export const CASE_EVENT_TYPES = [
  'registered',
  'service-recorded',
  'head-designated',
  'defence-submitted',
  'reported-to-office',
  'hearing-scheduled',
  'hearing-cancelled',
  'appearance-recorded',
  'judgment-recorded',
  'judgment-filed',
  'appeal-recorded',
  'effective-marked',
  'performance-recorded',
  'loss-analysis-written',
  'correction',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];
export type CaseStepType = Exclude<CaseEventType, 'registered' | 'correction'>;

export const CASE_EVENT_LABELS: Record<CaseEventType, string> = {
  registered: '登记案件',
  'service-recorded': '记录送达',
  'head-designated': '确定出庭负责人',
  'defence-submitted': '提交答辩状及证据',
  'reported-to-office': '向司法局报告',
  'hearing-scheduled': '安排开庭',
  'hearing-cancelled': '取消开庭',
  'appearance-recorded': '记录出庭情况',
  'judgment-recorded': '记录裁判结果',
  'judgment-filed': '裁判文书报备',
  'appeal-recorded': '记录上诉',
  'effective-marked': '裁判生效',
  'performance-recorded': '记录履行情况',
  'loss-analysis-written': '败诉分析',
  correction: '更正记录',
};

// The stages in which each step may be recorded (house style: the allowed
// transitions in one table). The resulting stage is projected from the facts,
// see fold-case.ts.
export const STEP_ALLOWED_IN: Record<CaseStepType, readonly CaseStage[]> = {
  'service-recorded': ['registered'],
  'head-designated': ['registered', 'defending', 'pending-hearing', 'in-trial'],
  'defence-submitted': ['defending'],
  'reported-to-office': ['defending', 'pending-hearing', 'in-trial'],
  'hearing-scheduled': ['defending', 'pending-hearing', 'in-trial'],
  'hearing-cancelled': ['defending', 'pending-hearing', 'in-trial'],
  'appearance-recorded': ['defending', 'pending-hearing', 'in-trial'],
  'judgment-recorded': ['defending', 'pending-hearing', 'in-trial'],
  'judgment-filed': ['judged', 'appealed', 'effective', 'performed', 'closed'],
  'appeal-recorded': ['judged'],
  'effective-marked': ['judged'],
  'performance-recorded': ['effective'],
  'loss-analysis-written': ['judged', 'appealed', 'effective', 'performed', 'closed'],
};

export const SERVICE_MANNERS = ['direct', 'mail', 'electronic', 'public-notice'] as const;
export const SERVICE_MANNER_LABELS: Record<(typeof SERVICE_MANNERS)[number], string> = {
  direct: '直接送达',
  mail: '邮寄送达',
  electronic: '电子送达',
  'public-notice': '公告送达',
};

export const JUDGMENT_KINDS = ['judgment', 'ruling', 'mediation'] as const;
export const JUDGMENT_KIND_LABELS: Record<(typeof JUDGMENT_KINDS)[number], string> = {
  judgment: '判决',
  ruling: '裁定',
  mediation: '调解',
};

// domain.md §2.1 step 7.
export const JUDGMENT_RESULTS = [
  'dismiss-claims', // 驳回诉讼请求
  'revoke', // 撤销/部分撤销
  'order-redo', // 责令重作
  'confirm-illegal', // 确认违法
  'confirm-void', // 确认无效
  'order-performance', // 责令履行
  'modify', // 变更
  'payment', // 给付/赔偿
  'withdrawal-allowed', // 准予撤诉
  'dismiss-suit', // 驳回起诉
  'mediated', // 调解
  'other',
] as const;
export type JudgmentResult = (typeof JUDGMENT_RESULTS)[number];
export const JUDGMENT_RESULT_LABELS: Record<JudgmentResult, string> = {
  'dismiss-claims': '驳回诉讼请求',
  revoke: '撤销/部分撤销',
  'order-redo': '责令重作',
  'confirm-illegal': '确认违法',
  'confirm-void': '确认无效',
  'order-performance': '责令履行',
  modify: '变更',
  payment: '给付/赔偿',
  'withdrawal-allowed': '准予撤诉',
  'dismiss-suit': '驳回起诉',
  mediated: '调解',
  other: '其他',
};

export const LOSS_REASONS = [
  'facts-unclear', // 事实不清/证据不足
  'wrong-law', // 适用法律错误
  'procedure', // 程序违法
  'beyond-authority', // 超越职权
  'abuse-of-authority', // 滥用职权
  'obviously-improper', // 明显不当
  'nonperformance', // 不履行职责
] as const;
export type LossReason = (typeof LOSS_REASONS)[number];
export const LOSS_REASON_LABELS: Record<LossReason, string> = {
  'facts-unclear': '事实不清、证据不足',
  'wrong-law': '适用法律错误',
  procedure: '违反法定程序',
  'beyond-authority': '超越职权',
  'abuse-of-authority': '滥用职权',
  'obviously-improper': '明显不当',
  nonperformance: '不履行法定职责',
};

export const APPELLANTS = ['agency', 'plaintiff', 'third-party'] as const;
export const APPELLANT_LABELS: Record<(typeof APPELLANTS)[number], string> = {
  agency: '行政机关',
  plaintiff: '原告',
  'third-party': '第三人',
};

export const AGENT_KINDS = ['staff', 'lawyer'] as const;
export const AGENT_KIND_LABELS: Record<(typeof AGENT_KINDS)[number], string> = {
  staff: '工作人员',
  lawyer: '律师',
};

export const COURT_DECISIONS = ['accepted', 'rejected', 'pending'] as const;
export const COURT_DECISION_LABELS: Record<(typeof COURT_DECISIONS)[number], string> = {
  accepted: '法院认可',
  rejected: '法院不予认可',
  pending: '待法院审查',
};

export const CASE_INSTANCES = [
  'first',
  'second',
  'retrial',
  'retrial-review',
  'non-litigation-review',
  'other',
] as const;
export type CaseInstance = (typeof CASE_INSTANCES)[number];
export const CASE_INSTANCE_LABELS: Record<CaseInstance, string> = {
  first: '一审',
  second: '二审',
  retrial: '再审',
  'retrial-review': '再审审查',
  'non-litigation-review': '非诉执行审查',
  other: '其他',
};

/** The instance (审级) a type code stands for. */
export function instanceOfTypeCode(typeCode: string): CaseInstance {
  if (typeCode === '行初' || typeCode === '行赔初') return 'first';
  if (typeCode === '行终' || typeCode === '行赔终') return 'second';
  if (typeCode === '行再' || typeCode === '行赔再') return 'retrial';
  if (['行申', '行赔申', '行监', '行赔监', '行抗', '行赔抗'].includes(typeCode)) return 'retrial-review';
  if (typeCode === '行审' || typeCode === '行审复') return 'non-litigation-review';
  return 'other';
}

export const CASE_FLAGS = ['isMajorSensitive', 'isMass', 'isEnterprise', 'isDebt'] as const;
export const CASE_FLAG_LABELS: Record<(typeof CASE_FLAGS)[number], string> = {
  isMajorSensitive: '重大敏感',
  isMass: '群体性',
  isEnterprise: '涉企',
  isDebt: '涉债务',
};
