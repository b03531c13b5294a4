// Scores a run's region under the run's scheme version and stores the
// results and their records, replacing a draft's previous results. The caller
// holds the run row locked in the same transaction.
import type { FrozenSchemeItem, SchemeRules } from '../../../shared/domain/assessment/scheme';
import { chinaDate } from '../../../shared/domain/china-time';
import type { Db } from '../../db/client';
import { assessmentResultRecords, assessmentResults } from '../../db/schema';
import { deleteDraftResults } from './assessment.queries';
import { scoreRegion } from './score-region';

const CHUNK = 500;

export async function writeRunResults(
  tx: Db,
  run: { id: string; regionPath: string; fromDate: string; toDate: string },
  rules: SchemeRules<FrozenSchemeItem>,
  now: Date,
): Promise<number> {
  await deleteDraftResults(tx, run.id);
  const { scores, records } = await scoreRegion({
    db: tx,
    regionPath: run.regionPath,
    from: run.fromDate,
    to: run.toDate,
    today: chinaDate(now),
    rules,
  });
  if (scores.length > 0) {
    await tx.insert(assessmentResults).values(
      scores.map((s) => ({
        runId: run.id,
        organisationId: s.agency.id,
        organisationName: s.agency.name,
        organisationPath: s.agency.path,
        itemPoints: s.itemPoints,
        deductionPoints: s.deductionPoints,
        total: s.total,
        grade: s.grade,
        rank: s.rank,
        items: s.items,
        deductions: s.deductions,
      })),
    );
  }
  for (let i = 0; i < records.length; i += CHUNK) {
    await tx
      .insert(assessmentResultRecords)
      .values(records.slice(i, i + CHUNK).map((r) => ({ ...r, runId: run.id })));
  }
  return scores.length;
}
