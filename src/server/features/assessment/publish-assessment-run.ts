// 发布考核结果: freezes a run (its results are never recomputed or changed
// afterwards) and tells each assessed unit its score, grade and rank (a county
// unit through its government and its 司法局).
import { eq } from 'drizzle-orm';
import { parsePeriod } from '../../../shared/domain/assessment/periods';
import { GRADE_LABELS, type Grade } from '../../../shared/domain/assessment/scheme';
import { chinaDate } from '../../../shared/domain/china-time';
import type { Db } from '../../db/client';
import { assessmentRuns } from '../../db/schema';
import { AppError } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { notify } from '../notifications/notify';
import { legalOfficesBelow, resultsOf } from './assessment.queries';
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
    const label = parsePeriod(run.period)!.label;
    // Deductions count what is still open at the period's end: publish only once it has ended.
    if (run.toDate >= chinaDate(now)) {
      throw new AppError('CONFLICT', `${label}尚未结束（截至${run.toDate}），不能发布考核结果`);
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
    // A county scored as one unit of the city's run is told through its government and its 司法局.
    const offices = await legalOfficesBelow(
      tx,
      results.map((r) => r.organisationId),
    );
    for (const result of results) {
      const score = `得分${result.total}分，等次${GRADE_LABELS[result.grade as Grade]}，在${results.length}个单位中排名第${result.rank}。`;
      const recipients = [
        { organisationId: result.organisationId, body: `本单位${score}` },
        ...offices
          .filter((o) => o.parentId === result.organisationId)
          .map((o) => ({ organisationId: o.id, body: `${result.organisationName}${score}` })),
      ];
      for (const recipient of recipients) {
        await notify(
          tx,
          now,
          {
            organisationId: recipient.organisationId,
            kind: 'assessment.published',
            title: `${found.schemeName}（${label}）考核结果已发布`,
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
      targetLabel: `${found.schemeName}（${label}）`,
      after: { period: run.period, schemeVersion: found.schemeVersion, agencyCount: results.length },
    });
  });
}
