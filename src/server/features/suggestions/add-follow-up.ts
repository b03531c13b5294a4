// 跟踪: a note by the issuing side or the coordinating office on how the
// suggestion is being carried out (a visit, a call, a check of rectification).
import type { FollowUpInput } from '../../../shared/api/suggestions';
import { SUGGESTION_KIND_LABELS, type SuggestionKind } from '../../../shared/domain/suggestions';
import type { Db } from '../../db/client';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { insertEvent, type SuggestionRow } from './suggestions.queries';

export async function addFollowUp(options: {
  db: Db;
  now: Date;
  principal: Principal;
  row: SuggestionRow;
  input: FollowUpInput;
  context: AuditContext;
}): Promise<void> {
  const { db, now, principal, row, input } = options;
  await db.transaction(async (tx) => {
    await insertEvent(tx, {
      suggestionId: row.id,
      type: 'followed-up',
      occurredAt: now,
      actorName: principal.displayName,
      actorOrgName: principal.organisation.name,
      payload: { note: input.note },
    });
    await recordAudit(tx, options.context, now, {
      event: 'suggestion.followed-up',
      targetType: 'suggestion',
      targetId: row.id,
      targetLabel: `${SUGGESTION_KIND_LABELS[row.kind as SuggestionKind]}${row.documentNumber}`,
      after: { note: input.note },
    });
  });
}
