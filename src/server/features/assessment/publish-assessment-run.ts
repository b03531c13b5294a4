// 发布考核结果: freezes a run (its results are never recomputed or changed
// afterwards) and tells each assessed unit its score, grade and rank (a county
// unit through its government and its 司法局), and a 连续两年考核较差 when this
// result makes or continues one. A region publishes one ranking per period: a
// second scheme's run of a period already published is refused, so that a
// unit has one grade per period and 连续两年考核较差 one reading.
import { eq } from 'drizzle-orm';
import {
  parsePeriod,
  publishedElsewhereText,
  publishedTitleOf,
  runTitleOf,
} from '../../../shared/domain/assessment/periods';
import { GRADE_LABELS, type Grade } from '../../../shared/domain/assessment/scheme';
import { chinaDate } from '../../../shared/domain/china-time';
import type { Db } from '../../db/client';
import { assessmentRuns } from '../../db/schema';
import { AppError } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { notify } from '../notifications/notify';
import { presentGrade } from './assessment.present';
import {
  findPublishedRunOfPeriod,
  legalOfficesBelow,
  lockRegionPeriod,
  poorYearsOf,
  resultsOf,
} from './assessment.queries';
import { lockDraftRun } from './lock-draft-run';

export async function publishAssessmentRun(options: {
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
      '考核结果已发布',
    );
    const { run } = found;
    const period = parsePeriod(run.period)!;
    const label = period.label;
    // Deductions count what is still open at the period's end: publish only once it has ended.
    if (run.toDate >= chinaDate(now)) {
      throw new AppError('CONFLICT', `${label}尚未结束（截至${run.toDate}），不能发布考核结果`);
    }
    await lockRegionPeriod(tx, run.regionPath, run.period);
    const other = await findPublishedRunOfPeriod(tx, run.regionPath, run.period);
    if (other) {
      throw new AppError('CONFLICT', publishedElsewhereText(label, other.schemeName));
    }
    await tx
      .update(assessmentRuns)
      .set({
        status: 'published',
        publishedAt: now,
        publishedBy: principal.kind === 'user' ? principal.id : null,
        revision: run.revision + 1,
      })
      .where(eq(assessmentRuns.id, run.id));
    const results = await resultsOf(tx, run.id);
    // Read after the update: this run's grades count among the published ones.
    const poorYears = await poorYearsOf(
      tx,
      results.map((r) => r.organisationId),
    );
    // A county scored as one unit of the city's run is told through its government and its 司法局.
    const offices = await legalOfficesBelow(
      tx,
      results.map((r) => r.organisationId),
    );
    const title = publishedTitleOf(found.schemeName, label);
    for (const result of results) {
      const score = `得分${result.total}分，等次${GRADE_LABELS[result.grade as Grade]}，在${results.length}个单位中排名第${result.rank}。`;
      const { poorTwoYears } = presentGrade(result.grade, poorYears.get(result.organisationId), period.year);
      const flag = poorTwoYears ? `${poorTwoYears}。` : '';
      const recipients = [
        { organisationId: result.organisationId, body: `本单位${score}${flag && `本单位${flag}`}` },
        ...offices
          .filter((o) => o.parentId === result.organisationId)
          .map((o) => ({
            organisationId: o.id,
            body: `${result.organisationName}${score}${flag && `${result.organisationName}${flag}`}`,
          })),
      ];
      for (const recipient of recipients) {
        await notify(
          tx,
          now,
          {
            organisationId: recipient.organisationId,
            kind: 'assessment.published',
            title,
            body: recipient.body,
            link: `/assessment/runs/${run.id}/results/${result.organisationId}`,
            dedupeKey: `assessment:${run.id}:${recipient.organisationId}`,
          },
          options.audit,
        );
      }
    }
    await recordAudit(tx, options.audit, now, {
      event: 'assessment.run.published',
      targetType: 'assessment-run',
      targetId: run.id,
      targetLabel: runTitleOf(found.schemeName, label),
      after: { period: run.period, schemeVersion: found.schemeVersion, agencyCount: results.length },
    });
  });
}
