// 登记法院信息: court details for an organisation of kind 'court' that has none yet (a court
// added to the organisation tree after the demo seed, or one of another region).
import type { z } from 'zod';
import type { createCourtSchema } from '../../../shared/api/courts';
import type { Db } from '../../db/client';
import { AppError, fieldError } from '../../http/errors';
import type { AuditContext } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { findOrganisation } from '../organisations/organisations.queries';
import { checkCourtFields } from './check-court-fields';
import { courtFieldsOf } from './courts.present';
import { findCourt, insertCourt } from './courts.queries';

export async function createCourt(options: {
  db: Db;
  now: Date;
  input: z.infer<typeof createCourtSchema>;
  context: AuditContext;
}) {
  const { db, now } = options;
  const { organisationId, ...fields } = options.input;
  return db.transaction(async (tx) => {
    const org = await findOrganisation(tx, organisationId);
    if (!org) throw fieldError('organisationId', '所选机构不存在');
    if (org.kind !== 'court')
      throw fieldError('organisationId', `“${org.name}”不是法院类机构，不能登记法院信息`);
    if (org.disabledAt) throw fieldError('organisationId', `“${org.name}”已停用`);
    const existing = await findCourt(tx, organisationId);
    if (existing) {
      throw new AppError(
        'DUPLICATE',
        `${org.name}已登记法院信息（法院代字“${existing.courtCode}”），请改用编辑`,
        [{ field: 'organisationId', message: '该法院已登记法院信息' }],
      );
    }
    await checkCourtFields(tx, fields);
    const created = await insertCourt(tx, organisationId, fields);
    await recordAudit(tx, options.context, now, {
      event: 'court.created',
      targetType: 'court',
      targetId: organisationId,
      targetLabel: org.name,
      after: courtFieldsOf(created),
    });
    return created;
  });
}
