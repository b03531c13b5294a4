// 答复: the addressee's written reply — date, content, adoption (采纳/部分采纳/
// 未采纳 with the reason), rectification measures and, when already done, the
// day rectification was completed. On time or late follows from the due date.
// The issuer (and the registering office) is told. One reply per record.
import type { ReplySuggestionInput } from '../../../shared/api/suggestions';
import { chinaDate } from '../../../shared/domain/china-time';
import {
  ADOPTION_LABELS,
  isReplyOnTime,
  SUGGESTION_KIND_LABELS,
  type SuggestionKind,
} from '../../../shared/domain/suggestions';
import type { Db } from '../../db/client';
import { AppError, conflict, fieldError, forbidden, notFound } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { notify } from '../notifications/notify';
import { suggestionAbilities } from './suggestions.policy';
import { insertEvent, lockSuggestion, updateSuggestion } from './suggestions.queries';

export async function replyToSuggestion(options: {
  db: Db;
  now: Date;
  principal: Principal;
  id: string;
  input: ReplySuggestionInput;
  context: AuditContext;
}): Promise<void> {
  const { db, now, principal, input } = options;
  const today = chinaDate(now);
  if (input.repliedOn > today) throw fieldError('repliedOn', '答复日期不能晚于今天');
  if (input.rectifiedOn && input.rectifiedOn > today)
    throw fieldError('rectifiedOn', '整改完成日期不能晚于今天');
  await db.transaction(async (tx) => {
    const row = await lockSuggestion(tx, options.id);
    if (!row) throw notFound('建议与函件');
    if (row.repliedOn)
      throw new AppError(
        'CONFLICT',
        `该${SUGGESTION_KIND_LABELS[row.kind as SuggestionKind]}已于${row.repliedOn}答复，不能重复答复`,
      );
    if (!suggestionAbilities(principal, row).reply) throw forbidden('只有主送单位可以答复');
    if (row.version !== input.version) throw conflict('该记录');
    if (input.repliedOn < row.servedOn) {
      throw fieldError('repliedOn', `答复日期不能早于送达日期（${row.servedOn}）`);
    }
    if (input.rectifiedOn && input.rectifiedOn < row.servedOn) {
      throw fieldError('rectifiedOn', `整改完成日期不能早于送达日期（${row.servedOn}）`);
    }
    const isOnTime = isReplyOnTime(input.repliedOn, row.dueOn);
    await updateSuggestion(tx, row.id, {
      repliedOn: input.repliedOn,
      replyContent: input.content,
      adoption: input.adoption,
      adoptionReason: input.adoptionReason,
      rectificationMeasures: input.rectificationMeasures,
      rectifiedOn: input.rectifiedOn ?? null,
      repliedBy: principal.kind === 'user' ? principal.id : null,
      repliedAt: now,
      updatedAt: now,
    });
    const facts = {
      repliedOn: input.repliedOn,
      adoption: input.adoption,
      adoptionReason: input.adoptionReason,
      rectificationMeasures: input.rectificationMeasures,
      rectifiedOn: input.rectifiedOn ?? null,
      dueOn: row.dueOn,
      isOnTime,
    };
    await insertEvent(tx, {
      suggestionId: row.id,
      type: 'replied',
      occurredAt: now,
      actorName: principal.displayName,
      actorOrgName: principal.organisation.name,
      payload: facts,
    });
    const label = `${SUGGESTION_KIND_LABELS[row.kind as SuggestionKind]}${row.documentNumber}`;
    for (const organisationId of new Set([row.issuerOrgId, row.registeredOrgId])) {
      if (!organisationId || organisationId === row.addresseeOrgId) continue;
      await notify(tx, now, {
        organisationId,
        kind: 'suggestion.replied',
        title: `${label}已答复`,
        body: `${principal.organisation.name}于${input.repliedOn}答复（${ADOPTION_LABELS[input.adoption]}${isOnTime ? '' : '，逾期答复'}）。`,
        link: `/suggestions/${row.id}`,
        dedupeKey: `suggestion:${row.id}:replied:${organisationId}`,
      });
    }
    await recordAudit(tx, options.context, now, {
      event: 'suggestion.replied',
      targetType: 'suggestion',
      targetId: row.id,
      targetLabel: label,
      after: { ...facts, content: input.content },
    });
  });
}
