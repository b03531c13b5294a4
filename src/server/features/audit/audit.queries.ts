// SQL of the audit log screen: filters by actor, event, target and time.
import { and, count, desc, eq, gte, ilike, lte, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { listAuditQuerySchema } from '../../../shared/api/audit';
import type { Db } from '../../db/client';
import { escapeLike } from '../../db/like';
import { auditEvents } from '../../db/schema';

export async function listAuditEvents(db: Db, query: z.infer<typeof listAuditQuerySchema>) {
  const conditions = [];
  if (query.actor) conditions.push(ilike(auditEvents.actorName, `%${escapeLike(query.actor)}%`));
  if (query.event) conditions.push(eq(auditEvents.event, query.event));
  if (query.targetType) conditions.push(eq(auditEvents.targetType, query.targetType));
  if (query.target) {
    const pattern = `%${escapeLike(query.target)}%`;
    conditions.push(or(ilike(auditEvents.targetLabel, pattern), ilike(auditEvents.targetId, pattern)));
  }
  if (query.from) conditions.push(gte(auditEvents.occurredAt, new Date(query.from)));
  if (query.to) conditions.push(lte(auditEvents.occurredAt, new Date(query.to)));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
