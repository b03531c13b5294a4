// 设置文号规则: creates or changes one of the caller organisation's numbering
// series. Changing the pattern keeps the year's counter: numbering goes on.
import type { Db } from '../../db/client';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { findSeries, type SeriesRow, upsertSeries } from './letters.queries';

export async function saveDocumentSeries(options: {
  db: Db;
  now: Date;
  principal: Principal;
  code: string;
  pattern: string;
  context: AuditContext;
}): Promise<SeriesRow> {
  const { db, now, principal, code, pattern } = options;
  return db.transaction(async (tx) => {
    const before = await findSeries(tx, principal.organisation.id, code);
    const saved = await upsertSeries(tx, { organisationId: principal.organisation.id, code, pattern });
    await recordAudit(tx, options.context, now, {
      event: 'document-series.saved',
      targetType: 'document-series',
      targetId: saved.id,
      targetLabel: `${principal.organisation.name} ${code}`,
      before: before ? { pattern: before.pattern } : null,
      after: { pattern: saved.pattern },
    });
    return saved;
  });
}
