// 建议与函件 (domain.md §2.4): judicial suggestions and their siblings share one
// shape — issue → addressee (and copies) → due reply → reply with adoption and
// rectification → follow-up. Pure rules: kinds and who issues them, number
// patterns, which period rule sets the reply date, the status of the day, and
// which reminders are due.
import type { OrgKind } from './organisations';
import {
  type Calendar,
  computeDeadline,
  type DeadlineStep,
  findRule,
  formatChineseDate,
  isInForce,
  ruleVersions,
} from './periods';

export const SUGGESTION_KINDS = [
  'judicial', // 司法建议 (court)
  'procuratorial', // 检察建议 (procuratorate, usually not on the platform)
  'reconsideration-opinion', // 行政复议意见书 (2023 行政复议法 Art. 76)
  'reconsideration-suggestion', // 行政复议建议书
  'appearance-suggestion', // 负责人出庭建议书 (seed 002; generated on the case page)
  'performance-suggestion', // 履行生效裁判建议书 (seed 002; generated on the case page)
  'reminder-letter', // 提醒函 / 风险提示 (seed 003)
  'supervision-notice', // 行政执法监督通知书 (seed 001)
] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export const SUGGESTION_KIND_LABELS: Record<SuggestionKind, string> = {
  judicial: '司法建议',
  procuratorial: '检察建议',
  'reconsideration-opinion': '行政复议意见书',
  'reconsideration-suggestion': '行政复议建议书',
  'appearance-suggestion': '负责人出庭建议书',
  'performance-suggestion': '履行生效裁判建议书',
  'reminder-letter': '提醒函',
  'supervision-notice': '行政执法监督通知书',
};

/**
 * How a record enters the register:
 * - issued: written by an organisation on the platform and numbered from its series;
 * - received: a paper from outside, registered by the legal-affairs office with its number as received;
 * - case-letter: generated on a case page (src/server/features/letters) and registered there.
 */
export type SuggestionOrigin = 'issued' | 'received' | 'case-letter';

export interface SuggestionKindRule {
  origin: SuggestionOrigin;
  /** The kind of organisation whose people issue or register it here. */
  registeredBy: OrgKind;
  /** The document series (document_series.code) an issued kind is numbered from. */
  seriesCode: string | null;
  /**
   * Copied automatically: 'legal-office' — the legal-affairs office of the addressee's region
   * (seed 000: a court's judicial suggestion goes to the office too); 'court' — the court that
   * hears the addressee's region (seed 000: reconsideration opinions are copied to the court).
   */
  autoCopy: 'legal-office' | 'court' | null;
}

export const SUGGESTION_KIND_RULES: Record<SuggestionKind, SuggestionKindRule> = {
  judicial: {
    origin: 'issued',
    registeredBy: 'court',
    seriesCode: 'judicial-suggestion',
    autoCopy: 'legal-office',
  },
  procuratorial: { origin: 'received', registeredBy: 'legal-office', seriesCode: null, autoCopy: null },
  'reconsideration-opinion': {
    origin: 'issued',
    registeredBy: 'legal-office',
    seriesCode: 'reconsideration-opinion',
    autoCopy: 'court',
  },
  'reconsideration-suggestion': {
    origin: 'issued',
    registeredBy: 'legal-office',
    seriesCode: 'reconsideration-suggestion',
    autoCopy: 'court',
  },
  // Same series as the letters feature (SUGGESTION_SERIES in shared/api/letters.ts).
  'appearance-suggestion': {
    origin: 'case-letter',
    registeredBy: 'legal-office',
    seriesCode: 'suggestion',
    autoCopy: null,
  },
  'performance-suggestion': {
    origin: 'case-letter',
    registeredBy: 'legal-office',
    seriesCode: 'suggestion',
    autoCopy: null,
  },
  'reminder-letter': {
    origin: 'issued',
    registeredBy: 'legal-office',
    seriesCode: 'reminder-letter',
    autoCopy: null,
  },
  'supervision-notice': {
    origin: 'issued',
    registeredBy: 'legal-office',
    seriesCode: 'supervision-notice',
    autoCopy: null,
  },
};

/** Kinds an organisation of this kind may issue or register in the register itself. */
export function registrableKinds(orgKind: OrgKind): SuggestionKind[] {
  return SUGGESTION_KINDS.filter((kind) => {
    const rule = SUGGESTION_KIND_RULES[kind];
    return rule.origin !== 'case-letter' && rule.registeredBy === orgKind;
  });
}

/** A court's judicial suggestions: 法院代字 + 法建〔年份〕序号号, e.g. 浙0825法建〔2026〕3号. */
export function judicialSuggestionPattern(courtCode: string): string {
  return `${courtCode}法建〔{year}〕{n}号`;
}

const FULL_WIDTH_DIGITS = /[０-９]/g;

/**
 * The key two spellings of one number share: no spaces, ASCII digits, 〔〕 for every bracket
 * pair used around the year (〔〕 [] 【】 () （） ［］). 检〔2026〕3号 = 检[2026]3号 = 检（２０２６）３号.
 */
export function documentNumberKey(number: string): string {
  return number
    .replace(/\s+/g, '')
    .replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[[【(（［]/g, '〔')
    .replace(/[\]】)）］]/g, '〕');
}

/**
 * The period rule of the reply, or null when no law sets one (the paper states its own date):
 * - 司法建议: 2 months (法释〔2023〕11号 Art. 8); on an unlawful normative document (规范性文件)
 *   60 days (SPC interpretation 法释〔2018〕1号 Art. 149);
 * - 行政复议意见书: correction reported within 60 days (2023 行政复议法 Art. 76).
 */
export function replyRuleId(kind: SuggestionKind, concernsNormativeDocument: boolean): string | null {
  if (kind === 'judicial') {
    return concernsNormativeDocument
      ? 'judicial-suggestion.reply.normative-document'
      : 'judicial-suggestion.reply';
  }
  if (kind === 'reconsideration-opinion') return 'reconsideration.opinion-report';
  return null;
}

export const ADOPTIONS = ['adopted', 'partly', 'not-adopted'] as const;
export type Adoption = (typeof ADOPTIONS)[number];
export const ADOPTION_LABELS: Record<Adoption, string> = {
  adopted: '采纳',
  partly: '部分采纳',
  'not-adopted': '未采纳',
};

export const SUGGESTION_STATUSES = ['pending', 'due-soon', 'overdue', 'replied'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];
export const SUGGESTION_STATUS_LABELS: Record<SuggestionStatus, string> = {
  pending: '待答复',
  'due-soon': '即将到期',
  overdue: '已逾期',
  replied: '已答复',
};

/** "即将到期": the due date is at most this many days away, as the first reminder. */
export const DUE_SOON_DAYS = 7;

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function suggestionStatus(
  record: { dueOn: string | null; repliedOn: string | null },
  today: string,
): SuggestionStatus {
  if (record.repliedOn) return 'replied';
  if (!record.dueOn) return 'pending';
  if (record.dueOn < today) return 'overdue';
  return daysBetween(today, record.dueOn) <= DUE_SOON_DAYS ? 'due-soon' : 'pending';
}

/** A reply is on time when given on or before the last day; with no due date it always is. */
export function isReplyOnTime(repliedOn: string, dueOn: string | null): boolean {
  return dueOn === null || repliedOn <= dueOn;
}

/**
 * The reminders due today for an unanswered record: 7 days and 1 day before the due date
 * (a record registered late gets the one whose window it is in), and the escalation the day
 * after it. Each has a stable key, so a daily run sends each once (notifications.dedupe_key).
 */
export type ReminderStep =
  | { key: 'due-7' | 'due-1'; daysLeft: number }
  | { key: 'overdue'; daysLate: number };

export function remindersDue(
  record: { dueOn: string | null; repliedOn: string | null },
  today: string,
): ReminderStep[] {
  if (record.repliedOn || !record.dueOn) return [];
  const daysLeft = daysBetween(today, record.dueOn);
  if (daysLeft < 0) return [{ key: 'overdue', daysLate: -daysLeft }];
  if (daysLeft <= 1) return [{ key: 'due-1', daysLeft }];
  if (daysLeft <= DUE_SOON_DAYS) return [{ key: 'due-7', daysLeft }];
  return [];
}

/** The nearest people's government strictly above an organisation (its superior, 上级). */
export function superiorGovernment<T extends { kind: string }>(
  ancestorsNearestFirst: readonly T[],
): T | null {
  return ancestorsNearestFirst.find((org) => org.kind === 'government') ?? null;
}

export interface ReplyDue {
  dueOn: string;
  ruleId: string | null;
  explanation: string;
  steps: DeadlineStep[];
  warnings: string[];
}

/**
 * The reply's last day, explained like a case deadline. A date stated in the paper itself wins
 * (法释〔2023〕11号 Art. 8 says "normally" two months: the court may set another); otherwise the
 * kind's period rule from the service date; a kind without a rule (or a rule not yet in force on
 * that date, e.g. 行政复议意见书 before 2024) has no due date.
 */
export function replyDue(options: {
  kind: SuggestionKind;
  concernsNormativeDocument: boolean;
  servedOn: string;
  statedDueOn: string | null;
  calendar: Calendar;
}): ReplyDue | null {
  const { kind, servedOn, statedDueOn, calendar } = options;
  const ruleId = replyRuleId(kind, options.concernsNormativeDocument);
  const label = SUGGESTION_KIND_LABELS[kind];
  if (statedDueOn) {
    const legal = ruleId ? legalPeriodNote(ruleId, servedOn) : '';
    return {
      dueOn: statedDueOn,
      ruleId: null,
      explanation: `按${label}载明的期限，应于${formatChineseDate(statedDueOn)}前书面答复${legal}。`,
      steps: [
        { date: servedOn, note: `收到${label}` },
        { date: statedDueOn, note: `${label}载明的答复期限` },
      ],
      warnings: [],
    };
  }
  if (!ruleId || !ruleVersions(ruleId).some((rule) => isInForce(rule, servedOn))) return null;
  const deadline = computeDeadline({ rule: findRule(ruleId, servedOn), trigger: servedOn, calendar });
  return {
    dueOn: deadline.due,
    ruleId,
    explanation: deadline.explanation,
    steps: deadline.steps,
    warnings: deadline.warnings,
  };
}

function legalPeriodNote(ruleId: string, servedOn: string): string {
  const rule = ruleVersions(ruleId).find((r) => isInForce(r, servedOn));
  if (!rule) return '';
  const unit = rule.unit === 'months' ? '个月' : rule.unit === 'working-days' ? '个工作日' : '日';
  return `（${rule.basis.law}${rule.basis.article}规定的一般期限为${rule.length}${unit}）`;
}
