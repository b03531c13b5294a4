// SQL of the notices: an organisation's list (unread first, newest first) and marking one read.
import { and, asc, count, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { notifications, users } from '../../db/schema';

export async function listNotifications(
  db: Db,
  options: { organisationId: string; unreadOnly: boolean; page: number; pageSize: number },
) {
  const conditions: SQL[] = [eq(notifications.organisationId, options.organisationId)];
  if (options.unreadOnly) conditions.push(isNull(notifications.readAt));
  const where = and(...conditions);
  const [rows, [total], [unread]] = await Promise.all([
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        title: notifications.title,
        body: notifications.body,
        link: notifications.link,
        createdAt: notifications.createdAt,
        readAt: notifications.readAt,
        readByName: users.displayName,
      })
      .from(notifications)
      .leftJoin(users, eq(users.id, notifications.readBy))
      .where(where)
      .orderBy(sql`${notifications.readAt} is not null`, desc(notifications.createdAt), asc(notifications.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ n: count() }).from(notifications).where(where),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.organisationId, options.organisationId), isNull(notifications.readAt))),
  ]);
  return { rows, total: total?.n ?? 0, unread: unread?.n ?? 0 };
}

export async function findNotification(db: Db, id: string) {
  const [row] = await db.select().from(notifications).where(eq(notifications.id, id));
  return row;
}

/** Marks a notice read once; returns false when it already was. */
export async function markNotificationRead(db: Db, id: string, userId: string | null, at: Date) {
  const rows = await db
    .update(notifications)
    .set({ readAt: at, readBy: userId })
    .where(and(eq(notifications.id, id), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length > 0;
}
