// 起草信息通报: saves a draft of the caller's organisation; attachments are
// uploaded to the draft, then it is sent.
import type { SaveBulletin } from '../../../shared/api/bulletins';
import type { Db } from '../../db/client';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { insertBulletin, replaceBulletinRecipients } from './bulletins.queries';
import { checkBulletinInput } from './check-bulletin-input';

export async function createBulletin(options: {
  db: Db;
  now: Date;
  principal: Principal;
  input: SaveBulletin;
  context: AuditContext;
}): Promise<string> {
  const { db, now, principal, input } = options;
  const { side, caseNumber } = await checkBulletinInput(db, principal, now, input);
  return db.transaction(async (tx) => {
    const row = await insertBulletin(tx, {
      senderOrgId: principal.organisation.id,
      senderSide: side,
      category: input.category,
      title: input.title,
      body: input.body,
      caseId: input.caseId,
      status: 'draft',
      createdBy: principal.kind === 'user' ? principal.id : null,
      createdByName: principal.displayName,
      createdAt: now,
      updatedAt: now,
    });
    await replaceBulletinRecipients(tx, row.id, input.recipientIds);
    await recordAudit(tx, options.context, now, {
      event: 'bulletin.drafted',
      targetType: 'bulletin',
      targetId: row.id,
      targetLabel: input.title,
      after: { ...input, caseNumber },
    });
    return row.id;
  });
}
