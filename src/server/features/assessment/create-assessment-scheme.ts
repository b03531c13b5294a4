// 新建考核方案: the coordinator's scheme for its region, version 1.
import type { SchemeInput } from '../../../shared/api/assessment';
import type { Db } from '../../db/client';
import { assessmentSchemes, assessmentSchemeVersions } from '../../db/schema';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { freezeSchemeRules } from './freeze-scheme-rules';
import { refuseDuplicateScheme } from './refuse-duplicate-scheme';

export async function createAssessmentScheme(options: {
  db: Db;
  principal: Principal;
  audit: AuditContext;
  now: Date;
  regionPath: string;
  input: SchemeInput;
}): Promise<string> {
  const { db, principal, now, regionPath, input } = options;
  const rules = await freezeSchemeRules(db, regionPath, input);
  return db.transaction(async (tx) => {
    await refuseDuplicateScheme(tx, { regionPath, year: input.year, name: input.name });
    const [scheme] = await tx
      .insert(assessmentSchemes)
      .values({ regionPath, ownerOrgId: principal.organisation.id, createdAt: now, updatedAt: now })
      .returning({ id: assessmentSchemes.id });
    await tx.insert(assessmentSchemeVersions).values({
      schemeId: scheme!.id,
      version: 1,
      name: input.name,
      year: input.year,
      rules,
      createdBy: principal.kind === 'user' ? principal.id : null,
      createdAt: now,
    });
    await recordAudit(tx, options.audit, now, {
      event: 'assessment.scheme.created',
      targetType: 'assessment-scheme',
      targetId: scheme!.id,
      targetLabel: input.name,
      after: { version: 1, name: input.name, year: input.year, rules },
    });
    return scheme!.id;
  });
}
