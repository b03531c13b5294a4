// The SM3 hash chain over the audit trail: each row's hash covers its own
// content and the previous row's hash, so an altered or removed row breaks the
// chain from there on. Node's crypto provides SM3 (国密, GB/T 32905-2016).
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedAuditFields {
  occurredAt: Date;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  actorOrgId: string | null;
  actorOrgName: string | null;
  event: string;
  targetType: string;
  targetId: string | null;
  targetLabel: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

/** JSON with object keys sorted at every level: jsonb does not keep key order. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function hashAuditRow(fields: HashedAuditFields, prevHash: string): string {
  const content = canonicalJson({
    occurredAt: fields.occurredAt.toISOString(),
    actorType: fields.actorType,
    actorId: fields.actorId,
    actorName: fields.actorName,
    actorOrgId: fields.actorOrgId,
    actorOrgName: fields.actorOrgName,
    event: fields.event,
    targetType: fields.targetType,
    targetId: fields.targetId,
    targetLabel: fields.targetLabel,
    before: fields.before ?? null,
    after: fields.after ?? null,
    ip: fields.ip,
    userAgent: fields.userAgent,
    requestId: fields.requestId,
    prevHash,
  });
  return createHash('sm3').update(content, 'utf8').digest('hex');
}
