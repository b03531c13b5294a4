// 编辑组织机构: name (rename), region code, 统一社会信用代码.
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { updateOrganisationSchema } from '../../../shared/api/organisations';
import { type OrgKind, placementProblem } from '../../../shared/domain/organisations';
import type { Db } from '../../db/client';
import { organisations } from '../../db/schema';
import { AppError, conflict, fieldError } from '../../http/errors';
import type { AuditContext } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { auditedOrganisation } from './organisations.present';
import {
  findOrganisation,
  isSiblingNameTaken,
  isUsccTaken,
  type OrganisationRow,
} from './organisations.queries';

export async function updateOrganisation(options: {
  db: Db;
  now: Date;
  org: OrganisationRow;
  input: z.infer<typeof updateOrganisationSchema>;
  context: AuditContext;
}) {
  const { db, now, org, input } = options;
  return db.transaction(async (tx) => {
    const parent = org.parentId ? await findOrganisation(tx, org.parentId) : null;
    const problem = placementProblem(
      { kind: org.kind as OrgKind, regionCode: input.regionCode },
      parent ? { kind: parent.kind as OrgKind, regionCode: parent.regionCode, name: parent.name } : null,
    );
    if (problem) throw fieldError(problem.field, problem.message);
    if (await isSiblingNameTaken(tx, org.parentId, input.name, org.id)) {
      throw new AppError('DUPLICATE', `同一上级下已有名为“${input.name}”的机构`, [
        { field: 'name', message: '同一上级下已有同名机构' },
      ]);
    }
    if (input.uscc && (await isUsccTaken(tx, input.uscc, org.id))) {
      throw new AppError('DUPLICATE', `统一社会信用代码 ${input.uscc} 已被其他机构使用`, [
        { field: 'uscc', message: '该统一社会信用代码已被其他机构使用' },
      ]);
    }
    const [updated] = await tx
      .update(organisations)
      .set({
        name: input.name,
        regionCode: input.regionCode,
        uscc: input.uscc,
        updatedAt: now,
        version: org.version + 1,
      })
      .where(and(eq(organisations.id, org.id), eq(organisations.version, input.version)))
      .returning();
    if (!updated) throw conflict(`机构“${org.name}”`);
    await recordAudit(tx, options.context, now, {
      event: 'org.updated',
      targetType: 'organisation',
      targetId: org.id,
      targetLabel: updated.name,
      before: auditedOrganisation(org),
      after: auditedOrganisation(updated),
    });
    return updated;
  });
}
