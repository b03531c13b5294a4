// 终止集中管辖安排: sets the mapping's last day in force. From the next day the region's cases
// go to the next mapping, or to the region's own basic court.
import type { Db } from '../../db/client';
import { AppError, fieldError } from '../../http/errors';
import type { AuditContext } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { auditedJurisdiction } from './courts.present';
import { endJurisdictionIfOpen, findJurisdiction, type JurisdictionRow } from './courts.queries';

export async function endJurisdiction(options: {
  db: Db;
  now: Date;
  mapping: JurisdictionRow;
  effectiveTo: string;
  context: AuditContext;
}) {
  const { db, now, mapping, effectiveTo } = options;
  if (effectiveTo < mapping.effectiveFrom) {
    throw fieldError(
      'effectiveTo',
      `终止日期（${effectiveTo}）不能早于该安排的生效日期（${mapping.effectiveFrom}）`,
    );
  }
  return db.transaction(async (tx) => {
    if (!(await endJurisdictionIfOpen(tx, mapping.id, effectiveTo))) {
      const current = await findJurisdiction(tx, mapping.id);
      throw new AppError(
        'CONFLICT',
        `该管辖安排已于${current?.effectiveTo ?? '此前'}终止（可能刚被他人操作），请刷新后查看`,
      );
    }
    const ended = (await findJurisdiction(tx, mapping.id))!;
    await recordAudit(tx, options.context, now, {
      event: 'jurisdiction.ended',
      targetType: 'jurisdiction',
      targetId: mapping.id,
      targetLabel: `${mapping.regionCode} → ${mapping.courtName}`,
      before: auditedJurisdiction(mapping),
      after: auditedJurisdiction(ended),
    });
    return ended;
  });
}
