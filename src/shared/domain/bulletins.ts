// 信息通报 (seed 000 §三(一)): what a court reports to the government side and
// what the government side reports to the court. The categories depend on the
// sender's side; an organisation's kind decides its side.
import type { OrgKind } from './organisations';

export const BULLETIN_SIDES = ['court', 'government'] as const;
export type BulletinSide = (typeof BULLETIN_SIDES)[number];
export const BULLETIN_SIDE_LABELS: Record<BulletinSide, string> = {
  court: '法院通报',
  government: '政府通报',
};

// Seed 000 §三(一)1: 区法院建立审判工作通报制度.
export const COURT_BULLETIN_CATEGORIES = [
  'judicial-interpretation', // 新颁布的司法解释、司法政策及规范性文件
  'case-trend', // 行政案件态势分析
  'major-case', // 重大敏感行政案件受理、处理情况
  'act-problem', // 行政审判中发现的行政行为普遍或突出问题
  'head-appearance', // 行政机关负责人出庭应诉情况
  'judicial-suggestion', // 司法建议情况
  'court-other', // 其他
] as const;

// Seed 000 §三(一)2: 区政府组织有关部门建立行政执法工作通报制度.
export const GOVERNMENT_BULLETIN_CATEGORIES = [
  'lawful-administration', // 推进依法行政的重要事项和措施
  'enforcement-statistics', // 行政执法案件统计和分析
  'major-enforcement', // 重大复杂行政执法、行政复议案件受理办理情况
  'trial-opinion', // 对行政审判和非诉执行工作的意见建议
  'suggestion-feedback', // 司法建议落实情况反馈
  'reconsideration-problem', // 行政复议中发现的问题
  'government-other', // 其他
] as const;

export const BULLETIN_CATEGORIES = [...COURT_BULLETIN_CATEGORIES, ...GOVERNMENT_BULLETIN_CATEGORIES] as const;
export type BulletinCategory = (typeof BULLETIN_CATEGORIES)[number];

export const BULLETIN_CATEGORY_LABELS: Record<BulletinCategory, string> = {
  'judicial-interpretation': '新颁布的司法解释、司法政策及规范性文件',
  'case-trend': '行政案件态势分析',
  'major-case': '重大敏感行政案件受理、处理情况',
  'act-problem': '行政审判中发现的行政行为普遍或突出问题',
  'head-appearance': '行政机关负责人出庭应诉情况',
  'judicial-suggestion': '司法建议情况',
  'court-other': '其他',
  'lawful-administration': '推进依法行政的重要事项和措施',
  'enforcement-statistics': '行政执法案件统计和分析',
  'major-enforcement': '重大复杂行政执法、行政复议案件受理办理情况',
  'trial-opinion': '对行政审判和非诉执行工作的意见建议',
  'suggestion-feedback': '司法建议落实情况反馈',
  'reconsideration-problem': '行政复议中发现的问题',
  'government-other': '其他',
};

export function categoriesOfSide(side: BulletinSide): readonly BulletinCategory[] {
  return side === 'court' ? COURT_BULLETIN_CATEGORIES : GOVERNMENT_BULLETIN_CATEGORIES;
}

/** The side an organisation sends from; procuratorates and others send nothing here. */
export function bulletinSideOf(kind: OrgKind): BulletinSide | null {
  if (kind === 'court') return 'court';
  if (kind === 'government' || kind === 'legal-office' || kind === 'agency' || kind === 'township') {
    return 'government';
  }
  return null;
}

export const BULLETIN_STATUSES = ['draft', 'sent'] as const;
export type BulletinStatus = (typeof BULLETIN_STATUSES)[number];
export const BULLETIN_STATUS_LABELS: Record<BulletinStatus, string> = { draft: '草稿', sent: '已发送' };

// A bulletin carries at most this many attachments.
export const MAX_BULLETIN_ATTACHMENTS = 10;
