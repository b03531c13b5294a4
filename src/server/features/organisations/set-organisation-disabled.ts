// 停用 / 启用组织机构. An organisation with enabled sub-units or accounts is not
// disabled: those go first, so that no one is left in a disabled unit unawares.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisations } from '../../db/schema';
import { AppError, conflict } from '../../http/errors';
import type { AuditContext } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { auditedOrganisation } from './organisations.present';
import {
  countEnabledChildren,
  countEnabledUsers,
  findOrganisation,
  type OrganisationRow,
} from './organisations.queries';

export async function setOrganisationDisabled(options: {
  db: Db;
  now: Date;
  org: OrganisationRow;
  disabled: boolean;
  version: number;
  context: AuditContext;
}) {
  const { db, now, org, disabled } = options;
  return db.transaction(async (tx) => {
    if (disabled) {
      if (org.disabledAt) throw new AppError('CONFLICT', `机构“${org.name}”已是停用状态`);
      const children = await countEnabledChildren(tx, org.id);
      if (children > 0) {
        throw new AppError('CONFLICT', `机构“${org.name}”下还有${children}个启用的下属机构，请先停用或移走`);
      }
      const accounts = await countEnabledUsers(tx, org.id);
      if (accounts > 0) {
        throw new AppError('CONFLICT', `机构“${org.name}”下还有${accounts}个启用的账户，请先停用或调出`);
      }
    } else {
      if (!org.disabledAt) throw new AppError('CONFLICT', `机构“${org.name}”已是启用状态`);
      const parent = org.parentId ? await findOrganisation(tx, org.parentId) : null;
      if (parent?.disabledAt)
        throw new AppError('CONFLICT', `上级机构“${parent.name}”已停用，请先启用上级机构`);
    }
    const [updated] = await tx
      .update(organisations)
      .set({ disabledAt: disabled ? now : null, updatedAt: now, version: org.version + 1 })
      .where(and(eq(organisations.id, org.id), eq(organisations.version, options.version)))
      .returning();
    if (!updated) throw conflict(`机构“${org.name}”`);
    await recordAudit(tx, options.context, now, {
      event: disabled ? 'org.disabled' : 'org.enabled',
      targetType: 'organisation',
      targetId: org.id,
      targetLabel: org.name,
      before: auditedOrganisation(org),
      after: auditedOrganisation(updated),
    });
    return updated;
  });
}
