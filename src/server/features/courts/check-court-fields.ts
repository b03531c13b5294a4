// The checks every write of court details runs: the 法院代字 by the 案号 rules and its fit
// with the level, the dates in order, and the code not used by another court.
import type { CourtFields } from '../../../shared/api/courts';
import { courtCodeProblem, courtLevelProblem } from '../../../shared/domain/jurisdiction';
import type { Db } from '../../db/client';
import { AppError, fieldError } from '../../http/errors';
import { findCourtByCode } from './courts.queries';

export async function checkCourtFields(db: Db, fields: CourtFields, exceptId?: string): Promise<void> {
  const codeProblem = courtCodeProblem(fields.courtCode);
  if (codeProblem) throw fieldError('courtCode', codeProblem);
  const levelProblem = courtLevelProblem(fields.courtCode, fields.level);
  if (levelProblem) throw fieldError('level', levelProblem);
  if (fields.effectiveFrom && fields.obsoleteFrom && fields.obsoleteFrom <= fields.effectiveFrom) {
    throw fieldError(
      'obsoleteFrom',
      `停用日期（${fields.obsoleteFrom}）应晚于启用日期（${fields.effectiveFrom}）`,
    );
  }
  const holder = await findCourtByCode(db, fields.courtCode, exceptId);
  if (holder) {
    throw new AppError('DUPLICATE', `法院代字“${fields.courtCode}”已由${holder.name}使用`, [
      { field: 'courtCode', message: `该法院代字已由${holder.name}使用` },
    ]);
  }
}
