// 新增集中管辖安排 (ALL Art. 18 ¶2): from a date, one court hears a region's cases of a scope.
// Two mappings of one region and scope never cover the same day, so that the court proposed
// at intake is never a guess between two.
import type { z } from 'zod';
import type { createJurisdictionSchema } from '../../../shared/api/courts';
import { CASE_SCOPE_LABELS, findOverlappingMapping } from '../../../shared/domain/jurisdiction';
import type { Db } from '../../db/client';
import { AppError, fieldError } from '../../http/errors';
import type { AuditContext } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { auditedJurisdiction } from './courts.present';
import {
  findCourt,
  findJurisdiction,
  insertJurisdiction,
  listJurisdictions,
  lockJurisdictions,
} from './courts.queries';

export async function createJurisdiction(options: {
  db: Db;
  now: Date;
  input: z.infer<typeof createJurisdictionSchema>;
  context: AuditContext;
}) {
  const { db, now, input } = options;
  const effectiveTo = input.effectiveTo ?? null;
  if (effectiveTo !== null && effectiveTo < input.effectiveFrom) {
    throw fieldError('effectiveTo', `终止日期（${effectiveTo}）不能早于生效日期（${input.effectiveFrom}）`);
  }
  return db.transaction(async (tx) => {
    const court = await findCourt(tx, input.courtId);
    if (!court) throw fieldError('courtId', '所选法院不存在或尚未登记法院信息');
    await lockJurisdictions(tx);
    const candidate = { ...input, effectiveTo };
    const sameRegion = await listJurisdictions(tx, {
      regionCode: input.regionCode,
      caseScope: input.caseScope,
    });
    const overlapping = findOverlappingMapping(sameRegion, candidate);
    if (overlapping) {
      const period = `${overlapping.effectiveFrom}至${overlapping.effectiveTo ?? '今'}`;
      throw new AppError(
        'VALIDATION_FAILED',
        `与已有的管辖安排重叠：行政区划 ${overlapping.regionCode} 的${CASE_SCOPE_LABELS[input.caseScope]}` +
          `在${period}由${overlapping.courtName}管辖（依据：${overlapping.basis}）。` +
          '请先终止该安排，或调整生效日期',
        [
          {
            field: 'effectiveFrom',
            message: `与${overlapping.courtName}自${overlapping.effectiveFrom}起的管辖安排重叠`,
          },
        ],
      );
    }
    const id = await insertJurisdiction(tx, {
      courtId: input.courtId,
      regionCode: input.regionCode,
      caseScope: input.caseScope,
      effectiveFrom: input.effectiveFrom,
      effectiveTo,
      basis: input.basis,
    });
    const created = (await findJurisdiction(tx, id))!;
    await recordAudit(tx, options.context, now, {
      event: 'jurisdiction.created',
      targetType: 'jurisdiction',
      targetId: id,
      targetLabel: `${input.regionCode} → ${court.name}`,
      after: auditedJurisdiction(created),
    });
    return created;
  });
}
