// 修改考核方案. A version no run has used is edited in place; once results
// were computed with it, the edit becomes a new version and the runs keep
// pointing at the one (and its frozen rules) they were computed with.
import { and, eq } from 'drizzle-orm';
import type { SchemeInput } from '../../../shared/api/assessment';
import type { Db } from '../../db/client';
import { assessmentSchemes, assessmentSchemeVersions } from '../../db/schema';
import { conflict, notFound } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { findScheme, findVersion, isVersionUsed } from './assessment.queries';
import { freezeSchemeRules } from './freeze-scheme-rules';
import { refuseDuplicateScheme } from './refuse-duplicate-scheme';

export async function updateAssessmentScheme(options: {
  db: Db;
  principal: Principal;
  audit: AuditContext;
  now: Date;
  schemeId: string;
  revision: number;
  input: SchemeInput;
}): Promise<{ version: number; isNewVersion: boolean }> {
  const { db, principal, now, input } = options;
  return db.transaction(async (tx) => {
    const scheme = await findScheme(tx, options.schemeId, { forUpdate: true });
    if (!scheme) throw notFound('考核方案');
    if (scheme.revision !== options.revision) throw conflict('考核方案');
    const rules = await freezeSchemeRules(tx, scheme.regionPath, input);
    await refuseDuplicateScheme(tx, {
      regionPath: scheme.regionPath,
      year: input.year,
      name: input.name,
      exceptId: scheme.id,
    });
    const current = (await findVersion(tx, scheme.id, scheme.currentVersion))!;
    const isNewVersion = await isVersionUsed(tx, current.id);
    const version = isNewVersion ? current.version + 1 : current.version;
    const fields = { name: input.name, year: input.year, rules };
    if (isNewVersion) {
      await tx.insert(assessmentSchemeVersions).values({
        schemeId: scheme.id,
        version,
        ...fields,
        createdBy: principal.kind === 'user' ? principal.id : null,
        createdAt: now,
      });
    } else {
      await tx
        .update(assessmentSchemeVersions)
        .set(fields)
        .where(and(eq(assessmentSchemeVersions.id, current.id)));
    }
    await tx
      .update(assessmentSchemes)
      .set({ currentVersion: version, updatedAt: now, revision: scheme.revision + 1 })
      .where(eq(assessmentSchemes.id, scheme.id));
    await recordAudit(tx, options.audit, now, {
      event: 'assessment.scheme.updated',
      targetType: 'assessment-scheme',
      targetId: scheme.id,
      targetLabel: input.name,
      before: { version: current.version, name: current.name, year: current.year, rules: current.rules },
      after: { version, isNewVersion, ...fields },
    });
    return { version, isNewVersion };
  });
}
