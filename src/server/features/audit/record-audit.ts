// Writes one audit row inside the caller's transaction. An advisory lock held
// to the end of the transaction orders concurrent writers, so every row's
// prev_hash is the hash of the row committed just before it.
import { desc, sql } from 'drizzle-orm';
import type { AuditEvent, AuditTargetType } from '../../../shared/domain/audit-events';
import { maskForAudit } from '../../../shared/domain/mask';
import type { Db } from '../../db/client';
import { auditEvents } from '../../db/schema';
import type { AuditContext } from '../../http/principal';
import { GENESIS_HASH, hashAuditRow } from './audit-chain';

const AUDIT_CHAIN_LOCK = 7_200_002;

export interface AuditEntry {
  event: AuditEvent;
  targetType: AuditTargetType;
  targetId?: string | null;
  targetLabel?: string | null;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(tx: Db, context: AuditContext, at: Date, entry: AuditEntry): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx
    .select({ hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.id))
    .limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;
  // Round to the millisecond: the hash is recomputed from what the database returns.
  const fields = {
    occurredAt: new Date(at.getTime()),
    actorType: context.actorType,
    actorId: context.actorId,
    actorName: context.actorName,
    actorOrgId: context.actorOrgId,
    actorOrgName: context.actorOrgName,
    event: entry.event,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    targetLabel: entry.targetLabel ?? null,
    before: entry.before === undefined ? null : maskForAudit(entry.before),
    after: entry.after === undefined ? null : maskForAudit(entry.after),
    ip: context.ip,
    userAgent: context.userAgent,
    requestId: context.requestId,
  };
  await tx.insert(auditEvents).values({ ...fields, prevHash, hash: hashAuditRow(fields, prevHash) });
}
