// 重新计算: a draft run is scored again on today's records, with the scheme's
// current version — provided that version is still for the run's year: once the
// scheme has been moved to another 考核年度 it no longer applies to the run's
// period, as when a run is created, and the recomputation is refused (the run
// keeps its results and version). A published run is frozen: it is never recomputed.

import { eq } from 'drizzle-orm';
import { parsePeriod, runTitleOf } from '../../../shared/domain/assessment/periods';
import type { FrozenSchemeItem, SchemeRules } from '../../../shared/domain/assessment/scheme';
import type { Db } from '../../db/client';
import { assessmentRuns } from '../../db/schema';
import { AppError } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { findScheme, findVersion } from './assessment.queries';
import { lockDraftRun } from './lock-draft-run';
import { writeRunResults } from './write-run-results';

export async function recomputeAssessmentRun(options: {
  db: Db;
  principal: Principal;
  audit: AuditContext;
  now: Date;
  runId: string;
  revision: number;
}): Promise<void> {
  const { db, principal, now } = options;
  await db.transaction(async (tx) => {
    const found = await lockDraftRun(
      tx,
      principal,
      { id: options.runId, revision: options.revision },
      '考核结果已发布，不能重新计算',
    );
    const { run } = found;
    const scheme = (await findScheme(tx, run.schemeId))!;
    const version = (await findVersion(tx, scheme.id, scheme.currentVersion))!;
    const period = parsePeriod(run.period)!;
    if (version.year !== period.year) {
      throw new AppError(
        'CONFLICT',
        `考核期间应在方案的考核年度内：方案现行第${version.version}版的考核年度为${version.year}年，` +
          `不能用于重新计算${period.label}的考核结果；原结果（第${found.schemeVersion}版）保持不变`,
      );
    }
    await tx
      .update(assessmentRuns)
      .set({
        schemeVersionId: version.id,
        computedAt: now,
        computedBy: principal.kind === 'user' ? principal.id : null,
        revision: run.revision + 1,
      })
      .where(eq(assessmentRuns.id, run.id));
    const agencyCount = await writeRunResults(tx, run, version.rules as SchemeRules<FrozenSchemeItem>, now);
    await recordAudit(tx, options.audit, now, {
      event: 'assessment.run.computed',
      targetType: 'assessment-run',
      targetId: run.id,
      targetLabel: runTitleOf(version.name, period.label),
      before: { schemeVersion: found.schemeVersion },
      after: { period: run.period, schemeVersion: version.version, agencyCount },
    });
  });
}
