// 修改安全策略: password rules, login lockout and session timeouts. Takes effect
// at the next login, password change or request; existing passwords and
// sessions are not re-checked.
import type { z } from 'zod';
import type { updateSecurityPolicySchema } from '../../../shared/api/security-policy';
import type { Db } from '../../db/client';
import { conflict, fieldError } from '../../http/errors';
import type { AuditContext } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { auditedSecurityPolicy, securityPolicyValuesOf } from './security-policy.present';
import { loadSecurityPolicy, type SecurityPolicyRow, saveSecurityPolicy } from './security-policy.queries';

export async function updateSecurityPolicy(options: {
  db: Db;
  now: Date;
  input: z.infer<typeof updateSecurityPolicySchema>;
  context: AuditContext;
}): Promise<SecurityPolicyRow> {
  const { db, now, input } = options;
  // An idle timeout longer than the absolute one would never apply.
  if (input.sessionIdleMinutes > input.sessionAbsoluteHours * 60) {
    throw fieldError('sessionIdleMinutes', '会话空闲超时不能长于会话最长时长');
  }
  return db.transaction(async (tx) => {
    const before = await loadSecurityPolicy(tx);
    const stale = conflict('安全策略');
    if (before.version !== input.version) throw stale;
    const saved = await saveSecurityPolicy(tx, securityPolicyValuesOf(input), input.version, now);
    if (!saved) throw stale;
    await recordAudit(tx, options.context, now, {
      event: 'security-policy.updated',
      targetType: 'security-policy',
      targetId: '1',
      targetLabel: '安全策略',
      before: auditedSecurityPolicy(before),
      after: auditedSecurityPolicy(saved),
    });
    return saved;
  });
}
