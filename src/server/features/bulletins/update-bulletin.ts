// 修改信息通报草稿: category, title, body, recipients and linked case.
import type { SaveBulletin } from '../../../shared/api/bulletins';
import type { Db } from '../../db/client';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { replaceBulletinRecipients, updateBulletin as updateRow } from './bulletins.queries';
import { checkBulletinInput } from './check-bulletin-input';
import { lockDraft } from './lock-draft';

export async function updateBulletin(options: {
  db: Db;
  now: Date;
  principal: Principal;
  id: string;
  input: SaveBulletin;
  version: number;
  context: AuditContext;
}): Promise<void> {
  const { db, now, principal, input } = options;
  const { caseNumber } = await checkBulletinInput(db, principal, now, input);
  await db.transaction(async (tx) => {
    const row = await lockDraft(tx, principal, options.id, options.version);
    await updateRow(tx, row.id, {
      category: input.category,
      title: input.title,
      body: input.body,
      caseId: input.caseId,
      updatedAt: now,
      version: row.version + 1,
    });
    await replaceBulletinRecipients(tx, row.id, input.recipientIds);
    await recordAudit(tx, options.context, now, {
      event: 'bulletin.updated',
      targetType: 'bulletin',
      targetId: row.id,
      targetLabel: input.title,
      before: { category: row.category, title: row.title, body: row.body, caseId: row.caseId },
      after: { ...input, caseNumber },
    });
  });
}
