// One scheme per region, 考核年度 and name: two same-named schemes of a year
// would each rank the region's units for the same periods, and nobody could
// tell which ranking is meant. Called inside the saving transaction; the
// region's lock makes the check and the save one step for concurrent saves.
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { findSchemeNamed, lockRegionSchemeNames } from './assessment.queries';

export async function refuseDuplicateScheme(
  tx: Db,
  scheme: { regionPath: string; year: number; name: string; exceptId?: string },
): Promise<void> {
  await lockRegionSchemeNames(tx, scheme.regionPath);
  if (await findSchemeNamed(tx, scheme)) {
    const message = `本地区已有${scheme.year}年度的考核方案“${scheme.name}”，请换一个名称，或打开原方案修改`;
    throw new AppError('DUPLICATE', message, [{ field: 'name', message }]);
  }
}
