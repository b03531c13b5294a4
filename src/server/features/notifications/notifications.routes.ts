// /api/notifications: the notices of the caller's organisation (reminders,
// escalations, missing reports), and marking one read.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses, idParamSchema, okSchema } from '../../../shared/api/common';
import { listNotificationsQuerySchema, notificationPageSchema } from '../../../shared/api/notifications';
import { NOTIFICATION_KINDS, type NotificationKind } from '../../../shared/domain/notification-kinds';
import { auditContextOf } from '../../http/auth';
import { markRead } from './mark-notification-read';
import { listNotifications } from './notifications.queries';

const tags = ['提醒'];

export async function notificationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/notifications',
    {
      config: { access: 'notification.read' },
      schema: {
        tags,
        summary: '本单位的提醒（未读在前）',
        querystring: listNotificationsQuerySchema,
        response: { 200: notificationPageSchema, ...errorResponses },
      },
    },
    async (req) => {
      const { page, pageSize } = req.query;
      const found = await listNotifications(db, {
        organisationId: req.principal!.organisation.id,
        unreadOnly: req.query.unread === 'true',
        page,
        pageSize,
      });
      return {
        items: found.rows.map((row) => ({
          ...row,
          kind: row.kind as NotificationKind,
          kindLabel: NOTIFICATION_KINDS[row.kind as NotificationKind] ?? '提醒',
          createdAt: row.createdAt.toISOString(),
          readAt: row.readAt?.toISOString() ?? null,
          abilities: { markRead: row.readAt === null },
        })),
        total: found.total,
        unread: found.unread,
        page,
        pageSize,
      };
    },
  );

  r.post(
    '/notifications/:id/read',
    {
      config: { access: 'notification.read' },
      schema: {
        tags,
        summary: '标记提醒已读',
        params: idParamSchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (req) => {
      await markRead({
        db,
        now: app.clock.now(),
        principal: req.principal!,
        id: req.params.id,
        context: auditContextOf(req),
      });
      return { ok: true as const };
    },
  );
}
