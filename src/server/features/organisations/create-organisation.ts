// 新建组织机构.
import type { z } from 'zod';
import type { createOrganisationSchema } from '../../../shared/api/organisations';
import { type OrgKind, placementProblem } from '../../../shared/domain/organisations';
import type { Db } from '../../db/client';
import { organisations } from '../../db/schema';
import { AppError, fieldError, forbidden } from '../../http/errors';
import { type AuditContext, isInScope, type Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { auditedOrganisation } from './organisations.present';
import { findOrganisation, isSiblingNameTaken, isUsccTaken } from './organisations.queries';

export async function createOrganisation(options: {
  db: Db;
  now: Date;
  principal: Principal;
  input: z.infer<typeof createOrganisationSchema>;
  context: AuditContext;
}) {
  const { db, now, principal, input } = options;
  return db.transaction(async (tx) => {
    const parent = input.parentId ? await findOrganisation(tx, input.parentId) : null;
    if (input.parentId && !parent) throw fieldError('parentId', '上级机构不存在');
    if (parent && !isInScope(principal, parent.path)) throw forbidden('不能在管辖范围以外新建机构');
    if (!parent && !principal.scope.all) throw forbidden('只有系统管理员可以新建顶级机构');
    if (parent?.disabledAt) throw fieldError('parentId', `上级机构“${parent.name}”已停用`);
    const problem = placementProblem(
      { kind: input.kind, regionCode: input.regionCode },
      parent ? { kind: parent.kind as OrgKind, regionCode: parent.regionCode, name: parent.name } : null,
    );
    if (problem) throw fieldError(problem.field, problem.message);
    if (await isSiblingNameTaken(tx, input.parentId, input.name)) {
      throw new AppError('DUPLICATE', `同一上级下已有名为“${input.name}”的机构`, [
        { field: 'name', message: '同一上级下已有同名机构' },
      ]);
    }
    const uscc = input.uscc ?? null;
    if (uscc && (await isUsccTaken(tx, uscc))) {
      throw new AppError('DUPLICATE', `统一社会信用代码 ${uscc} 已被其他机构使用`, [
        { field: 'uscc', message: '该统一社会信用代码已被其他机构使用' },
      ]);
    }
    const id = crypto.randomUUID();
    const [created] = await tx
      .insert(organisations)
      .values({
        id,
        parentId: input.parentId,
        path: `${parent?.path ?? '/'}${id}/`,
        name: input.name,
        kind: input.kind,
        regionCode: input.regionCode,
        uscc,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(tx, options.context, now, {
      event: 'org.created',
      targetType: 'organisation',
      targetId: id,
      targetLabel: input.name,
      after: auditedOrganisation(created!),
    });
    return created!;
  });
}
