// Demo 考核: 柯城区司法局's scheme for the year and its published ranking of the
// last quarter that has ended. 柯城区 rather than the city because that is where
// the story is — the demo's suggestions (one overdue, on 综合行政执法局) and a
// third of the demo cases are the district's — and because a district's results
// are seen by the most demo accounts: its coordinator manages them, the city's
// coordinator and leader read the ranking (the district lies in their scope),
// and 柯城区自然资源和规划局's clerk and head read their own published result.
// Everything goes through the feature's commands with the coordinator's powers,
// so the frozen rules, the records behind each point, the notices to every unit
// and the audit rows are those a user would produce.
import type { SchemeInput } from '../../shared/api/assessment';
import { chinaDate } from '../../shared/domain/china-time';
import { recentPeriods } from '../../shared/domain/periodic-reports';
import type { Db } from '../db/client';
import { createAssessmentRun } from '../features/assessment/create-assessment-run';
import { createAssessmentScheme } from '../features/assessment/create-assessment-scheme';
import { publishAssessmentRun } from '../features/assessment/publish-assessment-run';
import { orgsByIds } from '../features/suggestions/suggestions.queries';
import { SYSTEM_AUDIT_CONTEXT } from '../http/principal';
import { actingFor, type Org } from './seed-demo-suggestions';

/** Seed 002's "两个百分之百" (负责人出庭应诉率, 生效裁判履行率) carry the most points; 败诉率 is a ceiling. */
export function demoSchemeOf(year: number): SchemeInput {
  return {
    name: `${year}年度行政应诉工作考核方案`,
    year,
    baseScore: 100,
    items: [
      { indicatorId: 'head-appearance', weight: 30, target: 100, floor: 60, noData: 'exclude' },
      { indicatorId: 'performance', weight: 20, target: 100, floor: 80, noData: 'exclude' },
      // Lower is better: full points up to 15% lost, none from 50%.
      { indicatorId: 'loss', weight: 20, target: 15, floor: 50, noData: 'exclude' },
      { indicatorId: 'suggestion-reply', weight: 15, target: 100, floor: 0, noData: 'exclude' },
      { indicatorId: 'head-speaking', weight: 15, target: 100, floor: 50, noData: 'exclude' },
    ],
    deductions: [
      { kind: 'head-absent', pointsEach: 2, cap: 10 },
      { kind: 'suggestion-unanswered', pointsEach: 3, cap: 9 },
      { kind: 'suggestion-late', pointsEach: 2, cap: 6 },
      { kind: 'judgment-unperformed', pointsEach: 5, cap: 10 },
      { kind: 'report-late', pointsEach: 1, cap: 5 },
    ],
    grades: { excellent: 90, good: 80, pass: 60 },
  };
}

/**
 * The scheme of the year of the last ended quarter (a quarter's run must lie in
 * its scheme's year), computed and published for that quarter — publishing is
 * refused before a period ends, and the last ended quarter always has.
 */
export async function seedDemoAssessment(options: {
  db: Db;
  now: Date;
  orgIds: Record<string, string>;
}): Promise<{ schemeId: string; runId: string; period: string }> {
  const { db, now, orgIds } = options;
  const byId = await orgsByIds(db, [orgIds['kecheng-sifa']!, orgIds.kecheng!]);
  const org = (key: string): Org => byId.get(orgIds[key]!)!;
  const coordinator = actingFor(org('kecheng-sifa'), 'coordinator', org('kecheng').path);
  const base = { db, now, principal: coordinator, audit: SYSTEM_AUDIT_CONTEXT };

  const quarter = recentPeriods('quarter', chinaDate(now), 2)[1]!;
  const schemeId = await createAssessmentScheme({
    ...base,
    regionPath: coordinator.scope.pathPrefix,
    input: demoSchemeOf(quarter.year),
  });
  const runId = await createAssessmentRun({ ...base, schemeId, period: quarter.key });
  await publishAssessmentRun({ ...base, runId, revision: 1 });
  return { schemeId, runId, period: quarter.key };
}
