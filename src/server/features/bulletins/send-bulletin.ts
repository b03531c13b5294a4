// 发送信息通报: the draft becomes read-only and each recipient organisation
// gets a notice. The recipients are checked again: one may have been disabled
// since the draft was saved.
import { BULLETIN_CATEGORY_LABELS, type BulletinCategory } from '../../../shared/domain/bulletins';
import type { Db } from '../../db/client';
import { fieldError } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { notify } from '../notifications/notify';
import { addressableOrganisations } from './bulletin-directory';
import { bulletinRecipientsOf, updateBulletin } from './bulletins.queries';
import { lockDraft } from './lock-draft';

export async function sendBulletin(options: {
  db: Db;
  now: Date;
  principal: Principal;
  id: string;
  version: number;
  context: AuditContext;
}): Promise<void> {
  const { db, now, principal } = options;
  const { items } = await addressableOrganisations(db, principal, now);
  const addressable = new Set(items.map((o) => o.id));
  await db.transaction(async (tx) => {
    const row = await lockDraft(tx, principal, options.id, options.version);
    const recipients = await bulletinRecipientsOf(tx, [row.id]);
    const stale = recipients.find((r) => !addressable.has(r.organisationId));
    if (stale) {
      throw fieldError('recipientIds', `“${stale.name}”已停用或不在可通报的范围内，请修改接收单位后再发送`);
    }
    await updateBulletin(tx, row.id, {
      status: 'sent',
      sentAt: now,
      sentBy: principal.kind === 'user' ? principal.id : null,
      sentByName: principal.displayName,
      updatedAt: now,
      version: row.version + 1,
    });
    await recordAudit(tx, options.context, now, {
      event: 'bulletin.sent',
      targetType: 'bulletin',
      targetId: row.id,
      targetLabel: row.title,
      before: { status: 'draft' },
      after: { status: 'sent', recipients: recipients.map((r) => r.name) },
    });
    const category = BULLETIN_CATEGORY_LABELS[row.category as BulletinCategory];
    for (const r of recipients) {
      await notify(
        tx,
        now,
        {
          organisationId: r.organisationId,
          kind: 'bulletin.received',
          title: `${principal.organisation.name}：${row.title}`,
          body: `收到信息通报（${category}），请查阅。`,
          link: `/bulletins/${row.id}`,
          dedupeKey: `bulletin.received:${row.id}:${r.organisationId}`,
        },
        options.context,
      );
    }
  });
}
