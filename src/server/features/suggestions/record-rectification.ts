// 登记整改完成: after a reply that promised rectification, the addressee records
// the day it was completed (and, if they changed, the measures taken).
import type { RectificationInput } from '../../../shared/api/suggestions';
import { chinaDate } from '../../../shared/domain/china-time';
import { SUGGESTION_KIND_LABELS, type SuggestionKind } from '../../../shared/domain/suggestions';
import type { Db } from '../../db/client';
import { AppError, conflict, fieldError, forbidden, notFound } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { isAddressee } from './suggestions.policy';
import { insertEvent, lockSuggestion, updateSuggestion } from './suggestions.queries';

export async function recordRectification(options: {
  db: Db;
  now: Date;
  principal: Principal;
  id: string;
  input: RectificationInput;
  context: AuditContext;
}): Promise<void> {
  const { db, now, principal, input } = options;
  if (input.rectifiedOn > chinaDate(now)) throw fieldError('rectifiedOn', '整改完成日期不能晚于今天');
  await db.transaction(async (tx) => {
    const row = await lockSuggestion(tx, options.id);
    if (!row) throw notFound('建议与函件');
    if (!isAddressee(principal, row)) throw forbidden('只有主送单位可以登记整改情况');
    if (!row.repliedOn) throw new AppError('CONFLICT', '请先答复，再登记整改完成情况');
    if (row.rectifiedOn) throw new AppError('CONFLICT', `已于${row.rectifiedOn}登记整改完成`);
    if (row.version !== input.version) throw conflict('该记录');
    if (input.rectifiedOn < row.servedOn) {
      throw fieldError('rectifiedOn', `整改完成日期不能早于送达日期（${row.servedOn}）`);
    }
    const measures = input.measures ?? row.rectificationMeasures;
    if (!measures) throw fieldError('measures', '请填写整改措施');
    await updateSuggestion(tx, row.id, {
      rectifiedOn: input.rectifiedOn,
      rectificationMeasures: measures,
      updatedAt: now,
    });
    const facts = { rectifiedOn: input.rectifiedOn, measures };
    await insertEvent(tx, {
      suggestionId: row.id,
      type: 'rectified',
      occurredAt: now,
      actorName: principal.displayName,
      actorOrgName: principal.organisation.name,
      payload: facts,
    });
    await recordAudit(tx, options.context, now, {
      event: 'suggestion.rectified',
      targetType: 'suggestion',
      targetId: row.id,
      targetLabel: `${SUGGESTION_KIND_LABELS[row.kind as SuggestionKind]}${row.documentNumber}`,
      before: { rectifiedOn: null, measures: row.rectificationMeasures },
      after: facts,
    });
  });
}
