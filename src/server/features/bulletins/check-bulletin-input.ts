// The checks a bulletin's content passes when saved: the category belongs to
// the sender's side (seed 000 lists the court's and the government's
// separately), every recipient is one the sender may address, and a linked
// case is one the sender can see.
import type { SaveBulletin } from '../../../shared/api/bulletins';
import {
  BULLETIN_CATEGORY_LABELS,
  BULLETIN_SIDE_LABELS,
  type BulletinSide,
  bulletinSideOf,
  categoriesOfSide,
} from '../../../shared/domain/bulletins';
import type { Db } from '../../db/client';
import { AppError, fieldError, forbidden } from '../../http/errors';
import type { Principal } from '../../http/principal';
import { loadVisibleCase } from '../cases/load-case-views';
import { addressableOrganisations } from './bulletin-directory';

export async function checkBulletinInput(
  db: Db,
  principal: Principal,
  now: Date,
  input: SaveBulletin,
): Promise<{ side: BulletinSide; caseNumber: string | null }> {
  const side = bulletinSideOf(principal.organisation.kind);
  if (!side) throw forbidden('本单位不属于法院或政府一方，不能发送信息通报');
  const allowed = categoriesOfSide(side);
  if (!allowed.includes(input.category)) {
    throw fieldError(
      'category',
      `“${BULLETIN_CATEGORY_LABELS[input.category]}”不是${BULLETIN_SIDE_LABELS[side]}的类别，请从以下类别中选择：${allowed
        .map((c) => BULLETIN_CATEGORY_LABELS[c])
        .join('、')}`,
    );
  }
  const unique = [...new Set(input.recipientIds)];
  if (unique.length !== input.recipientIds.length) {
    throw fieldError('recipientIds', '接收单位有重复，请检查');
  }
  const { items } = await addressableOrganisations(db, principal, now);
  const addressable = new Set(items.map((o) => o.id));
  const index = input.recipientIds.findIndex((id) => !addressable.has(id));
  if (index >= 0) {
    throw fieldError(
      `recipientIds.${index}`,
      '该接收单位不在本单位可通报的范围内（法院通报本辖区的政府部门，政府一方通报本地区的单位和法院），请从列表中选择',
    );
  }
  let caseNumber: string | null = null;
  if (input.caseId) {
    try {
      caseNumber = (await loadVisibleCase(db, principal, input.caseId)).row.caseNumber;
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') {
        throw fieldError('caseId', '关联案件不存在或不在本人可见范围内，请重新选择');
      }
      throw error;
    }
  }
  return { side, caseNumber };
}
