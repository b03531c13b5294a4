// 移动组织机构: a new parent for the organisation and its whole subtree.
import { and, eq } from 'drizzle-orm';
import { type OrgKind, placementProblem } from '../../../shared/domain/organisations';
import type { Db } from '../../db/client';
import { organisations } from '../../db/schema';
import { AppError, conflict, fieldError, forbidden } from '../../http/errors';
import { type AuditContext, isInScope, type Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { auditedOrganisation } from './organisations.present';
import {
  findOrganisation,
  isSiblingNameTaken,
  type OrganisationRow,
  rewriteSubtreePaths,
} from './organisations.queries';

export async function moveOrganisation(options: {
  db: Db;
  now: Date;
  principal: Principal;
  org: OrganisationRow;
  parentId: string;
  version: number;
  context: AuditContext;
}) {
  const { db, now, org } = options;
  return db.transaction(async (tx) => {
    const parent = await findOrganisation(tx, options.parentId);
    if (!parent) throw fieldError('parentId', '新的上级机构不存在');
    if (!isInScope(options.principal, parent.path)) throw forbidden('不能移动到管辖范围以外的机构之下');
    if (parent.path.startsWith(org.path)) throw fieldError('parentId', '不能移动到本机构或其下属机构之下');
    if (parent.id === org.parentId) throw fieldError('parentId', '新的上级机构与原上级相同');
    if (parent.disabledAt) throw fieldError('parentId', `上级机构“${parent.name}”已停用`);
    const problem = placementProblem(
      { kind: org.kind as OrgKind, regionCode: org.regionCode },
      { kind: parent.kind as OrgKind, regionCode: parent.regionCode, name: parent.name },
    );
    if (problem) throw fieldError('parentId', problem.message);
    if (await isSiblingNameTaken(tx, parent.id, org.name, org.id)) {
      throw new AppError('DUPLICATE', `“${parent.name}”下已有名为“${org.name}”的机构`, [
        { field: 'parentId', message: '新的上级下已有同名机构' },
      ]);
    }
    const newPath = `${parent.path}${org.id}/`;
    const [moved] = await tx
      .update(organisations)
      .set({ parentId: parent.id, updatedAt: now, version: org.version + 1 })
      .where(and(eq(organisations.id, org.id), eq(organisations.version, options.version)))
      .returning();
    if (!moved) throw conflict(`机构“${org.name}”`);
    await rewriteSubtreePaths(tx, org.path, newPath);
    await recordAudit(tx, options.context, now, {
      event: 'org.moved',
      targetType: 'organisation',
      targetId: org.id,
      targetLabel: org.name,
      before: auditedOrganisation(org),
      after: auditedOrganisation(moved),
    });
    return { ...moved, path: newPath };
  });
}
