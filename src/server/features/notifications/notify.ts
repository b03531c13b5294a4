// 发送提醒: one notice to the people of an organisation. Idempotent by
// `dedupeKey` — a reminder sent once is never sent again — and audited in the
// caller's transaction (jobs send as the system).
import type { NotificationKind } from '../../../shared/domain/notification-kinds';
import type { Db } from '../../db/client';
import { notifications } from '../../db/schema';
import { type AuditContext, SYSTEM_AUDIT_CONTEXT } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';

export interface NoticeInput {
  organisationId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** A page of the web app, e.g. `/suggestions/<id>`. */
  link?: string | null;
  dedupeKey: string;
}

/** Returns false when a notice with this dedupe key was already sent. */
export async function notify(
  tx: Db,
  now: Date,
  notice: NoticeInput,
  context: AuditContext = SYSTEM_AUDIT_CONTEXT,
): Promise<boolean> {
  const [row] = await tx
    .insert(notifications)
    .values({ ...notice, link: notice.link ?? null, createdAt: now })
    .onConflictDoNothing({ target: notifications.dedupeKey })
    .returning({ id: notifications.id });
  if (!row) return false;
  await recordAudit(tx, context, now, {
    event: 'notification.sent',
    targetType: 'notification',
    targetId: row.id,
    targetLabel: notice.title,
    after: notice,
  });
  return true;
}
