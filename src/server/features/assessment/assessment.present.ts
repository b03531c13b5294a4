// What the API answers for schemes, runs and results: the frozen rules in
// words, Chinese labels for every status and grade, and the caller's abilities.
import type { PresentedRules, ResultRecord } from '../../../shared/api/assessment';
import { RUN_STATUS_LABELS } from '../../../shared/api/assessment';
import { parsePeriod } from '../../../shared/domain/assessment/periods';
import { itemRuleText } from '../../../shared/domain/assessment/rule-text';
import {
  DEDUCTION_LABELS,
  type FrozenSchemeItem,
  GRADE_LABELS,
  type Grade,
  NO_DATA_LABELS,
  type SchemeRules,
} from '../../../shared/domain/assessment/scheme';
import { poorTwoYearsOf } from '../../../shared/domain/assessment/scoring';
import { chinaDate } from '../../../shared/domain/china-time';
import { definitionKeyLabel, requireIndicator } from '../../../shared/domain/indicators/compute';
import { findVariant, isLowerBetter } from '../../../shared/domain/indicators/definitions';
import type { assessmentResultRecords, assessmentRuns } from '../../db/schema';
import type { Principal } from '../../http/principal';
import { canManageRegion } from './assessment.policy';

export function presentRules(rules: SchemeRules<FrozenSchemeItem>): PresentedRules {
  const { excellent, good, pass } = rules.grades;
  return {
    baseScore: rules.baseScore,
    items: rules.items.map((item) => {
      const indicator = requireIndicator(item.indicatorId);
      return {
        indicatorId: item.indicatorId,
        weight: item.weight,
        target: item.target,
        floor: item.floor,
        noData: item.noData,
        indicatorName: indicator.name,
        variantId: item.variantId,
        // The key is for machines; people read its label (a variant no longer defined says so).
        variantName: findVariant(indicator, item.variantId)?.name ?? '已停用的口径',
        definitionKey: item.definitionKey,
        definitionLabel: definitionKeyLabel(item.definitionKey),
        isLowerBetter: isLowerBetter(item.indicatorId),
        ruleText: itemRuleText(item),
        noDataLabel: NO_DATA_LABELS[item.noData],
      };
    }),
    deductions: rules.deductions.map((d) => ({
      ...d,
      name: DEDUCTION_LABELS[d.kind].name,
      unit: DEDUCTION_LABELS[d.kind].unit,
      ruleText: `${DEDUCTION_LABELS[d.kind].rule}每${DEDUCTION_LABELS[d.kind].unit}扣${d.pointsEach}分，最多扣${d.cap}分。`,
    })),
    grades: rules.grades,
    gradeText: `${excellent}分及以上为优秀，${good}分及以上为良好，${pass}分及以上为合格，低于${pass}分为较差。`,
  };
}

type RunRow = typeof assessmentRuns.$inferSelect;

export function presentRun(
  row: { run: RunRow; schemeName: string; schemeVersion: number; regionName: string | null },
  principal: Principal,
  now: Date,
) {
  const { run } = row;
  const isDraft = run.status === 'draft';
  const canManage = canManageRegion(principal, run.regionPath);
  const isPeriodOpen = run.toDate >= chinaDate(now);
  return {
    id: run.id,
    schemeId: run.schemeId,
    schemeName: row.schemeName,
    schemeVersion: row.schemeVersion,
    regionName: row.regionName ?? '',
    period: run.period,
    periodLabel: parsePeriod(run.period)?.label ?? run.period,
    from: run.fromDate,
    to: run.toDate,
    status: run.status as 'draft' | 'published',
    statusLabel: RUN_STATUS_LABELS[run.status as 'draft' | 'published'],
    isPeriodOpen,
    computedAt: run.computedAt.toISOString(),
    publishedAt: run.publishedAt?.toISOString() ?? null,
    revision: run.revision,
    abilities: { canCompute: canManage && isDraft, canPublish: canManage && isDraft && !isPeriodOpen },
  };
}

export function presentGrade(grade: string, poorYears: number[] | undefined, upToYear: number) {
  const pair = poorTwoYearsOf(poorYears ?? [], upToYear);
  return {
    grade: grade as Grade,
    gradeLabel: GRADE_LABELS[grade as Grade],
    poorTwoYears: pair ? `连续两年考核较差（${pair[0]}、${pair[1]}年度）` : null,
  };
}

export function presentRecord(row: typeof assessmentResultRecords.$inferSelect): ResultRecord {
  return {
    id: row.id,
    caseId: row.caseId,
    suggestionId: row.suggestionId,
    number: row.number,
    title: row.title,
    date: row.onDate,
    hearingAt: row.hearingAt,
    isInNumerator: row.isInNumerator,
    agencyName: row.agencyName,
  };
}
