// 编辑法院信息: 法院代字, system code, level, region and dates of a court.
import type { z } from 'zod';
import type { updateCourtSchema } from '../../../shared/api/courts';
import type { Db } from '../../db/client';
import { conflict } from '../../http/errors';
import type { AuditContext } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { checkCourtFields } from './check-court-fields';
import { courtFieldsOf } from './courts.present';
import { type CourtRow, updateCourtIfUnchanged } from './courts.queries';

export async function updateCourt(options: {
  db: Db;
  now: Date;
  court: CourtRow;
  input: z.infer<typeof updateCourtSchema>;
  context: AuditContext;
}) {
  const { db, now, court, input } = options;
  const { previous, ...fields } = input;
  return db.transaction(async (tx) => {
    await checkCourtFields(tx, fields, court.organisationId);
    // The table has no version column: the values the client read stand in for one.
    const updated = await updateCourtIfUnchanged(
      tx,
      court.organisationId,
      { ...previous, level: previous.level as typeof fields.level },
      fields,
    );
    if (!updated) throw conflict(`法院“${court.name}”的信息`);
    await recordAudit(tx, options.context, now, {
      event: 'court.updated',
      targetType: 'court',
      targetId: court.organisationId,
      targetLabel: court.name,
      before: courtFieldsOf(court),
      after: courtFieldsOf(updated),
    });
    return updated;
  });
}
