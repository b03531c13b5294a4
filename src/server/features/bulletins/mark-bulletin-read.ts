// 阅读回执: the first person of a recipient organisation to open a sent
// bulletin signs for the organisation; later readings change nothing.
import type { Db } from '../../db/client';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { markBulletinRecipientRead } from './bulletins.queries';

export async function markBulletinRead(options: {
  db: Db;
  now: Date;
  principal: Principal;
  bulletin: { id: string; title: string };
  context: AuditContext;
}): Promise<boolean> {
  const { now, principal, bulletin } = options;
  return options.db.transaction(async (tx) => {
    const isFirst = await markBulletinRecipientRead(tx, {
      bulletinId: bulletin.id,
      organisationId: principal.organisation.id,
      at: now,
      userId: principal.kind === 'user' ? principal.id : null,
      userName: principal.displayName,
    });
    if (isFirst) {
      await recordAudit(tx, options.context, now, {
        event: 'bulletin.read',
        targetType: 'bulletin',
        targetId: bulletin.id,
        targetLabel: bulletin.title,
        after: { organisationId: principal.organisation.id, organisation: principal.organisation.name },
      });
    }
    return isFirst;
  });
}
