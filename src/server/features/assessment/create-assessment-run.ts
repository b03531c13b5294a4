// 计算考核结果: a new run of a scheme for a quarter or a year, computed at
// once with the scheme's current version (which is thereby frozen).

import { parsePeriod, runTitleOf } from '../../../shared/domain/assessment/periods';
import type { FrozenSchemeItem, SchemeRules } from '../../../shared/domain/assessment/scheme';
import { chinaDate } from '../../../shared/domain/china-time';
import type { Db } from '../../db/client';
import { assessmentRuns } from '../../db/schema';
import { AppError, fieldError, notFound } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { canManageRegion } from './assessment.policy';
import { findRunOfPeriod, findScheme, findVersion } from './assessment.queries';
import { writeRunResults } from './write-run-results';

export async function createAssessmentRun(options: {
  db: Db;
  principal: Principal;
  audit: AuditContext;
  now: Date;
  schemeId: string;
  period: string;
}): Promise<string> {
  const { db, principal, now } = options;
  const period = parsePeriod(options.period);
  if (!period) throw fieldError('period', '考核期间应为季度（如 2026-Q3）或年度（如 2026）');
  return db.transaction(async (tx) => {
    const scheme = await findScheme(tx, options.schemeId, { forUpdate: true });
    if (!scheme || !canManageRegion(principal, scheme.regionPath)) throw notFound('考核方案');
    const version = (await findVersion(tx, scheme.id, scheme.currentVersion))!;
    if (period.year !== version.year) {
      throw fieldError('period', `考核期间应在方案的考核年度（${version.year}年）内`);
    }
    if (period.from > chinaDate(now)) throw fieldError('period', `${period.label}尚未开始，不能计算`);
    if (await findRunOfPeriod(tx, scheme.id, period.period)) {
      throw new AppError('DUPLICATE', `该方案${period.label}的考核结果已存在，请打开后重新计算`, [
        { field: 'period', message: `${period.label}的考核结果已存在` },
      ]);
    }
    const userId = principal.kind === 'user' ? principal.id : null;
    const [run] = await tx
      .insert(assessmentRuns)
      .values({
        schemeId: scheme.id,
        schemeVersionId: version.id,
        regionPath: scheme.regionPath,
        period: period.period,
        periodKind: period.kind,
        fromDate: period.from,
        toDate: period.to,
        status: 'draft',
        computedAt: now,
        computedBy: userId,
        createdAt: now,
      })
      .returning();
    const agencyCount = await writeRunResults(tx, run!, version.rules as SchemeRules<FrozenSchemeItem>, now);
    await recordAudit(tx, options.audit, now, {
      event: 'assessment.run.computed',
      targetType: 'assessment-run',
      targetId: run!.id,
      targetLabel: runTitleOf(version.name, period.label),
      after: { period: period.period, schemeVersion: version.version, agencyCount },
    });
    return run!.id;
  });
}
