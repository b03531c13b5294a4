// 吊销接口令牌: from this moment the token answers 401. A revoked token stays
// listed (includeRevoked) so that its audit rows keep a name.
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { apiTokens } from '../../db/schema';
import { AppError } from '../../http/errors';
import type { AuditContext } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { auditedApiToken } from './api-tokens.present';
import type { ApiTokenRow } from './api-tokens.queries';

export async function revokeApiToken(options: {
  db: Db;
  now: Date;
  token: ApiTokenRow;
  context: AuditContext;
}): Promise<ApiTokenRow> {
  const { db, now, token } = options;
  const alreadyRevoked = () => new AppError('CONFLICT', `接口令牌“${token.name}”已被吊销，无需重复操作`);
  if (token.revokedAt) throw alreadyRevoked();
  return db.transaction(async (tx) => {
    // The revoked_at condition settles two simultaneous revocations: one wins.
    const [revoked] = await tx
      .update(apiTokens)
      .set({ revokedAt: now })
      .where(and(eq(apiTokens.id, token.id), isNull(apiTokens.revokedAt)))
      .returning();
    if (!revoked) throw alreadyRevoked();
    await recordAudit(tx, options.context, now, {
      event: 'token.revoked',
      targetType: 'api-token',
      targetId: token.id,
      targetLabel: token.name,
      before: auditedApiToken(token),
      after: auditedApiToken(revoked),
    });
    return revoked;
  });
}
