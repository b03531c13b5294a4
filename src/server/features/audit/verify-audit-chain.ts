// Walks the audit trail in id order and recomputes every SM3 hash; names the
// first row whose content or link to its predecessor does not match.
import { asc, gt } from 'drizzle-orm';
import type { AuditVerification } from '../../../shared/api/audit';
import type { Db } from '../../db/client';
import { auditEvents } from '../../db/schema';
import { GENESIS_HASH, hashAuditRow } from './audit-chain';

const BATCH = 2000;

export async function verifyAuditChain(db: Db): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.id, lastId))
      .orderBy(asc(auditEvents.id))
      .limit(BATCH);
    if (rows.length === 0) return { ok: true, checked, firstBroken: null };
    for (const row of rows) {
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          checked,
          firstBroken: { id: row.id, reason: '与前一条记录的链接不符：其前序记录被删除、插入或改动' },
        };
      }
      if (hashAuditRow(row, row.prevHash) !== row.hash) {
        return {
          ok: false,
          checked,
          firstBroken: { id: row.id, reason: '记录内容与其哈希值不符：该记录被改动' },
        };
      }
      prevHash = row.hash;
      lastId = row.id;
      checked++;
    }
  }
}
