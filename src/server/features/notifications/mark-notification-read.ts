// 已读: someone of the organisation has seen the notice; the first reader is kept.
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import type { AuditContext, Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { findNotification, markNotificationRead } from './notifications.queries';

export async function markRead(options: {
  db: Db;
  now: Date;
  principal: Principal;
  id: string;
  context: AuditContext;
}): Promise<void> {
  const { principal, now } = options;
  await options.db.transaction(async (tx) => {
    const notice = await findNotification(tx, options.id);
    // Another organisation's notice does not exist for the caller.
    if (!notice || notice.organisationId !== principal.organisation.id) {
      throw new AppError('NOT_FOUND', '提醒不存在或无权查看');
    }
    const userId = principal.kind === 'user' ? principal.id : null;
    if (!(await markNotificationRead(tx, notice.id, userId, now))) return;
    await recordAudit(tx, options.context, now, {
      event: 'notification.read',
      targetType: 'notification',
      targetId: notice.id,
      targetLabel: notice.title,
      before: { readAt: null },
      after: { readAt: now.toISOString() },
    });
  });
}
