// The legal periods (法定期限) the platform computes, one row per rule and version (domain.md §3).
// A rule whose law changed keeps both versions with non-overlapping effective dates; the trigger
// date picks the version (a reconsideration case before 2024 follows the old law, §2.3).
//
// Effective dates are stated only where certain:
// - 行政诉讼法 2014 revision in force 2015-05-01 (the article numbers below are from it; the 2017
//   amendment added a paragraph to Art. 25 and renumbered nothing). Before that date the 1989
//   law applied with other periods (e.g. 10 days to answer); it is not modelled.
// - 行政复议法 1999 in force 1999-10-01 (its Art. 43; the 2009 and 2017 amendments kept the
//   article numbers), replaced by the 2023 revision in force 2024-01-01.
// - The SPC documents and the local 滨州 mechanism: effective date left null (not verified here).
//
// `findRule` (find-rule.ts) picks the version in force on a trigger date.
export type PeriodUnit = 'calendar-days' | 'working-days' | 'months';

/**
 * 'next-working-day': a last day that is a holiday or rest day moves to the first working day
 * after it (ALL interpretation 2018 Art. 48; Civil Code Art. 203). 'none': it never moves.
 */
export type EndDayRule = 'next-working-day' | 'none';

export interface LegalBasis {
  /** Title of the law or document, without book-title marks: '中华人民共和国行政诉讼法'. */
  law: string;
  /** Which text: '2014年、2017年修正', '法释〔2018〕1号'. */
  version: string;
  article: string;
}

export interface PeriodRule {
  id: string;
  /** Counts from 1 per id, in order of effective date. */
  version: number;
  /** Chinese name of the period, e.g. '答辩和举证期限'. */
  name: string;
  /** The event that starts it, e.g. '送达应诉通知书之日'. */
  trigger: string;
  length: number;
  unit: PeriodUnit;
  endDay: EndDayRule;
  basis: LegalBasis;
  /** First day in force (inclusive), null when not known or not bounded. */
  effectiveFrom: string | null;
  /** Last day in force (inclusive), null while still in force. */
  effectiveTo: string | null;
  /** Local rules a locality may change (length and unit); statutory ones it may not. */
  localOverridable: boolean;
}

const ALL = '中华人民共和国行政诉讼法';
const ALL_VERSION = '2014年、2017年修正';
const ALL_FROM = '2015-05-01';
const ARL = '中华人民共和国行政复议法';
const ARL_OLD_VERSION = '1999年通过，2009年、2017年修正';
const ARL_OLD_FROM = '1999-10-01';
const ARL_OLD_TO = '2023-12-31';
const ARL_NEW_VERSION = '2023年修订';
const ARL_NEW_FROM = '2024-01-01';
const BINZHOU = '滨州市创新实施“3632”行政应诉长效工作机制';
const BINZHOU_VERSION = '2018年8月13日发布，山东省人民政府法制办公室网';
const BINZHOU_ARTICLES = '一、明确三方职责之二；二、落实六项制度之二（“两报告一备案一通报”制度）';

// Defaults of a row: first version, still in force, moved off a holiday, fixed by law.
type RuleDefaults = Pick<PeriodRule, 'version' | 'endDay' | 'localOverridable' | 'effectiveTo'>;
const STATUTORY: RuleDefaults = {
  version: 1,
  endDay: 'next-working-day',
  localOverridable: false,
  effectiveTo: null,
};

export const PERIOD_RULES: readonly PeriodRule[] = [
  // ── 行政诉讼 (administrative litigation, §2.1) ──
  {
    ...STATUTORY,
    id: 'litigation.defence',
    name: '答辩和举证期限',
    trigger: '送达应诉通知书之日',
    length: 15,
    unit: 'calendar-days',
    basis: { law: ALL, version: ALL_VERSION, article: '第六十七条' },
    effectiveFrom: ALL_FROM,
  },
  {
    ...STATUTORY,
    id: 'litigation.appeal.judgment',
    name: '判决上诉期限',
    trigger: '判决书送达之日',
    length: 15,
    unit: 'calendar-days',
    basis: { law: ALL, version: ALL_VERSION, article: '第八十五条' },
    effectiveFrom: ALL_FROM,
  },
  {
    ...STATUTORY,
    id: 'litigation.appeal.ruling',
    name: '裁定上诉期限',
    trigger: '裁定书送达之日',
    length: 10,
    unit: 'calendar-days',
    basis: { law: ALL, version: ALL_VERSION, article: '第八十五条' },
    effectiveFrom: ALL_FROM,
  },
  {
    ...STATUTORY,
    id: 'court.first-instance',
    name: '第一审审理期限',
    trigger: '立案之日',
    length: 6,
    unit: 'months',
    basis: { law: ALL, version: ALL_VERSION, article: '第八十一条' },
    effectiveFrom: ALL_FROM,
  },
  {
    ...STATUTORY,
    id: 'court.simplified',
    name: '简易程序审理期限',
    trigger: '立案之日',
    length: 45,
    unit: 'calendar-days',
    basis: { law: ALL, version: ALL_VERSION, article: '第八十三条' },
    effectiveFrom: ALL_FROM,
  },
  {
    ...STATUTORY,
    id: 'court.second-instance',
    name: '第二审审理期限',
    trigger: '收到上诉状之日',
    length: 3,
    unit: 'months',
    basis: { law: ALL, version: ALL_VERSION, article: '第八十八条' },
    effectiveFrom: ALL_FROM,
  },

  // ── 行政复议 (administrative reconsideration, §2.3) ──
  // Old law Art. 40 ¶2: its "五日""七日" are working days; every other period (the 10-day reply,
  // the 60-day decision) is in calendar days.
  {
    ...STATUTORY,
    id: 'reconsideration.acceptance',
    name: '受理审查期限',
    trigger: '收到行政复议申请之日',
    length: 5,
    unit: 'working-days',
    basis: { law: ARL, version: ARL_OLD_VERSION, article: '第十七条、第四十条' },
    effectiveFrom: ARL_OLD_FROM,
    effectiveTo: ARL_OLD_TO,
  },
  // 2023 law Art. 88 ¶2: its "三日""五日""七日""十日" are working days; longer ones are calendar days.
  {
    ...STATUTORY,
    version: 2,
    id: 'reconsideration.acceptance',
    name: '受理审查期限',
    trigger: '收到行政复议申请之日',
    length: 5,
    unit: 'working-days',
    basis: { law: ARL, version: ARL_NEW_VERSION, article: '第三十条、第八十八条' },
    effectiveFrom: ARL_NEW_FROM,
  },
  {
    ...STATUTORY,
    id: 'reconsideration.reply',
    name: '被申请人答复期限',
    trigger: '收到行政复议申请书副本或者申请笔录复印件之日',
    length: 10,
    unit: 'calendar-days',
    basis: { law: ARL, version: ARL_OLD_VERSION, article: '第二十三条' },
    effectiveFrom: ARL_OLD_FROM,
    effectiveTo: ARL_OLD_TO,
  },
  {
    ...STATUTORY,
    version: 2,
    id: 'reconsideration.reply',
    name: '被申请人答复期限',
    trigger: '收到行政复议申请书副本或者申请笔录复印件之日',
    length: 10,
    unit: 'working-days',
    basis: { law: ARL, version: ARL_NEW_VERSION, article: '第四十八条、第八十八条' },
    effectiveFrom: ARL_NEW_FROM,
  },
  {
    ...STATUTORY,
    id: 'reconsideration.decision',
    name: '行政复议决定期限',
    trigger: '受理行政复议申请之日',
    length: 60,
    unit: 'calendar-days',
    basis: { law: ARL, version: ARL_OLD_VERSION, article: '第三十一条' },
    effectiveFrom: ARL_OLD_FROM,
    effectiveTo: ARL_OLD_TO,
  },
  {
    ...STATUTORY,
    version: 2,
    id: 'reconsideration.decision',
    name: '行政复议决定期限',
    trigger: '受理行政复议申请之日',
    length: 60,
    unit: 'calendar-days',
    basis: { law: ARL, version: ARL_NEW_VERSION, article: '第六十二条' },
    effectiveFrom: ARL_NEW_FROM,
  },
  // The 意见书 report period is new in the 2023 law; an older case has no version of this rule.
  {
    ...STATUTORY,
    id: 'reconsideration.opinion-report',
    name: '行政复议意见书纠正情况报送期限',
    trigger: '收到行政复议意见书之日',
    length: 60,
    unit: 'calendar-days',
    basis: { law: ARL, version: ARL_NEW_VERSION, article: '第七十六条' },
    effectiveFrom: ARL_NEW_FROM,
  },

  // ── 司法建议 (judicial suggestions, §2.4) ──
  {
    ...STATUTORY,
    id: 'judicial-suggestion.reply',
    name: '司法建议书面回复期限',
    trigger: '收到司法建议之日',
    length: 2,
    unit: 'months',
    // "Normally" two months: the court may set another period in the suggestion itself.
    basis: {
      law: '最高人民法院关于综合治理类司法建议工作若干问题的规定',
      version: '法释〔2023〕11号',
      article: '第八条',
    },
    effectiveFrom: null,
  },
  {
    ...STATUTORY,
    id: 'judicial-suggestion.reply.normative-document',
    name: '规范性文件处理建议书面答复期限',
    trigger: '收到司法建议之日',
    length: 60,
    unit: 'calendar-days',
    basis: {
      law: '最高人民法院关于适用《中华人民共和国行政诉讼法》的解释',
      version: '法释〔2018〕1号',
      article: '第一百四十九条',
    },
    effectiveFrom: null,
  },

  // ── Local rules (seed 002, 滨州 "3632" mechanism), changeable by the locality ──
  // The text says "5日", not "5个工作日", so these are calendar days; the general end-day rule
  // (Civil Code Art. 203) moves a last day that falls on a day off.
  {
    ...STATUTORY,
    localOverridable: true,
    id: 'local.litigation.report-to-office',
    name: '应诉情况报告司法行政机关期限',
    trigger: '举证期限届满之日',
    length: 5,
    unit: 'calendar-days',
    // "并于举证期限届满之日起5日内向同级政府法制机构报告" (part 一, point 二; again in part 二, point 二).
    basis: { law: BINZHOU, version: BINZHOU_VERSION, article: BINZHOU_ARTICLES },
    effectiveFrom: null,
  },
  {
    ...STATUTORY,
    localOverridable: true,
    id: 'local.judgment.filing',
    name: '裁判文书备案期限',
    trigger: '收到人民法院裁判文书之日',
    length: 5,
    unit: 'calendar-days',
    // "收到法院裁判文书之日起5日内向同级法制办备案" (part 一, point 二). Part 二, point 二 words it
    // as "终审判决或裁定"; the broader wording is followed so first-instance judgments are filed too.
    basis: { law: BINZHOU, version: BINZHOU_VERSION, article: BINZHOU_ARTICLES },
    effectiveFrom: null,
  },
];
