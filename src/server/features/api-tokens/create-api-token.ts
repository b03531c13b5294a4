// 新建接口令牌 for a machine client (a court's system). The secret is shown once,
// in the response; only its SHA-256 is stored.
import type { z } from 'zod';
import type { createApiTokenSchema } from '../../../shared/api/api-tokens';
import { PERMISSION_LABELS, PERMISSIONS, TOKEN_PERMISSIONS } from '../../../shared/domain/permissions';
import type { Db } from '../../db/client';
import { apiTokens } from '../../db/schema';
import { fieldError, forbidden } from '../../http/errors';
import { type AuditContext, isInScope, type Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { randomToken, sha256Hex } from '../auth/tokens';
import { findOrganisation } from '../organisations/organisations.queries';
import { auditedApiToken } from './api-tokens.present';
import { findApiToken } from './api-tokens.queries';

export const TOKEN_SECRET_PREFIX = 'fyt_';
const PREFIX_LENGTH = 8;

/** YYYY-MM-DD → the last millisecond of that day in China time (UTC+8, no DST). */
export function endOfChinaDay(date: string): Date {
  return new Date(`${date}T23:59:59.999+08:00`);
}

export async function createApiToken(options: {
  db: Db;
  now: Date;
  principal: Principal;
  input: z.infer<typeof createApiTokenSchema>;
  context: AuditContext;
}) {
  const { db, now, principal, input } = options;
  // created_by references an account: a token never mints tokens.
  if (principal.kind !== 'user') throw forbidden('只有账户可以新建接口令牌');
  const refused = input.permissions.filter((p) => !TOKEN_PERMISSIONS.includes(p));
  if (refused.length > 0) {
    const names = refused.map((p) => `“${PERMISSION_LABELS[p]}”`).join('、');
    const allowed = TOKEN_PERMISSIONS.map((p) => `“${PERMISSION_LABELS[p]}”`).join('、');
    throw fieldError('permissions', `接口令牌不能授予${names}权限，只能授予${allowed}`);
  }
  const expiresAt = input.expiresAt ? endOfChinaDay(input.expiresAt) : null;
  if (expiresAt && expiresAt.getTime() <= now.getTime()) {
    throw fieldError('expiresAt', '失效日期不能早于今天');
  }
  const secret = `${TOKEN_SECRET_PREFIX}${randomToken(32)}`;
  const created = await db.transaction(async (tx) => {
    const org = await findOrganisation(tx, input.organisationId);
    if (!org || !isInScope(principal, org.path)) throw fieldError('organisationId', '令牌所属机构不存在');
    if (org.disabledAt) throw fieldError('organisationId', `机构“${org.name}”已停用，不能为其新建令牌`);
    const [row] = await tx
      .insert(apiTokens)
      .values({
        name: input.name,
        organisationId: org.id,
        // Stored in catalogue order, each once.
        permissions: PERMISSIONS.filter((p) => input.permissions.includes(p)),
        tokenHash: sha256Hex(secret),
        prefix: secret.slice(0, PREFIX_LENGTH),
        createdBy: principal.id,
        createdAt: now,
        expiresAt,
      })
      .returning();
    await recordAudit(tx, options.context, now, {
      event: 'token.created',
      targetType: 'api-token',
      targetId: row!.id,
      targetLabel: row!.name,
      after: auditedApiToken(row!),
    });
    return row!;
  });
  const view = await findApiToken(db, created.id);
  return { token: view!, secret };
}
