// The first paragraph of each narrative section, written from the figures when
// a draft is made, for the coordinator to edit: 总体情况 states the numbers,
// 主要问题 names the weak points the numbers show, 下一步 the matching measures.
// On 刷新数据 (redraftNarrative) a section still as written from the old figures
// is written again from the new ones; a section the coordinator changed is kept
// and named, so they can check it against the new figures.
import { isDeepStrictEqual } from 'node:util';
import type { Narrative, ReportData } from '../../../shared/api/periodic-reports';
import {
  changeLabel,
  NARRATIVE_SECTION_LABELS,
  NARRATIVE_SECTIONS,
  type NarrativeSection,
} from '../../../shared/domain/periodic-reports';

const indicatorOf = (data: ReportData, id: string) => data.indicators.find((i) => i.indicatorId === id);

function rateSentence(data: ReportData, id: string, name: string): string | null {
  const v = indicatorOf(data, id);
  if (!v || v.denominator === 0) return null;
  return `${name}${v.rateLabel}（${v.numerator}/${v.denominator}）`;
}

export function draftNarrative(data: ReportData): Narrative {
  const c = data.cases;
  const rates = [
    rateSentence(data, 'head-appearance', '行政机关负责人出庭应诉率'),
    rateSentence(data, 'head-speaking', '出庭出声率'),
    rateSentence(data, 'performance', '生效裁判履行率'),
    rateSentence(data, 'loss', '败诉率'),
    rateSentence(data, 'suggestion-reply', '司法建议反馈率'),
  ].filter((s): s is string => s !== null);
  const overview =
    `本期（${data.periodLabel}），${data.regionName}共收到行政诉讼案件${c.received}件，` +
    `同比${changeLabel(c.received, c.receivedLastYear)}（上年同期${c.receivedLastYear}件）；` +
    `送达裁判${c.judged}件，其中行政机关败诉${c.lost}件。` +
    (rates.length > 0 ? `${rates.join('，')}。` : '') +
    `本期收到司法建议${data.suggestions.received}件，已答复${data.suggestions.answered}件。`;

  const problems: string[] = [];
  const absent = data.agencies.filter((a) => {
    const v = a.values.find((x) => x.indicatorId === 'head-appearance');
    return v && v.denominator > 0 && v.numerator < v.denominator;
  });
  if (absent.length > 0) {
    problems.push(`${absent.map((a) => a.agencyName).join('、')}负责人出庭应诉率未达到100%。`);
  }
  if (data.byLossReason.length > 0) {
    problems.push(
      `败诉原因主要为${data.byLossReason
        .slice(0, 3)
        .map((g) => `${g.label}（${g.count}件）`)
        .join('、')}。`,
    );
  }
  const unanswered = data.suggestions.received - data.suggestions.answered;
  if (unanswered > 0) problems.push(`尚有${unanswered}件司法建议未答复。`);

  const measures: string[] = [];
  if (absent.length > 0) measures.push('落实行政机关负责人出庭应诉制度，对未出庭的单位予以督促');
  if (data.byLossReason.length > 0) measures.push('针对败诉原因开展案例研讨和执法规范化整改');
  if (unanswered > 0) measures.push('督促有关单位按期答复司法建议');
  measures.push('加强与人民法院的沟通协调，做好行政应诉工作的统计分析和通报');

  return {
    overview,
    problems: problems.length > 0 ? problems.join('') : '本期未发现突出问题。',
    suggestions: `下一步，${measures.map((m, i) => `${'一二三四五'[i]}是${m}`).join('；')}。`,
  };
}

export interface RedraftedNarrative {
  narrative: Narrative;
  /** Whether any figure differs between the two snapshots (the time of computing aside). */
  figuresChanged: boolean;
  /** Sections still as generated from the old figures, now written from the new ones (and so changed). */
  redrafted: NarrativeSection[];
  /** Sections the coordinator changed, kept as they are although the figures changed. */
  needsReview: NarrativeSection[];
}

const figuresOf = ({ computedAt: _computedAt, ...figures }: ReportData) =>
  // A snapshot read back from jsonb has lost undefined members and key order; compare as JSON values.
  JSON.parse(JSON.stringify(figures)) as unknown;

/**
 * The narrative after 刷新数据. What was generated is not stored: draftNarrative is a pure
 * function of the snapshot, so drafting again from the old snapshot gives it back. Should the
 * wording of draftNarrative change between releases, an untouched section then counts as edited:
 * it is kept and named for review, never overwritten.
 */
export function redraftNarrative(
  current: Narrative,
  before: ReportData,
  after: ReportData,
): RedraftedNarrative {
  const figuresChanged = !isDeepStrictEqual(figuresOf(before), figuresOf(after));
  const previous = draftNarrative(before);
  const next = draftNarrative(after);
  const narrative = { ...current };
  const redrafted: NarrativeSection[] = [];
  const needsReview: NarrativeSection[] = [];
  for (const section of NARRATIVE_SECTIONS) {
    if (current[section].trim() === previous[section].trim()) {
      narrative[section] = next[section];
      if (next[section] !== current[section]) redrafted.push(section);
    } else if (figuresChanged) {
      needsReview.push(section);
    }
  }
  return { narrative, figuresChanged, redrafted, needsReview };
}

/** What to tell the coordinator about sections kept after 刷新数据, or null when there are none. */
export function reviewWarningOf(needsReview: readonly NarrativeSection[]): string | null {
  if (needsReview.length === 0) return null;
  const names = needsReview.map((s) => `“${NARRATIVE_SECTION_LABELS[s]}”`).join('、');
  return `数据已更新，但${names}经您修改过，系统保留了您的文字，其中的数字可能与刷新后的统计表不一致，请核对后保存。`;
}
