// /api/security-policy: the one policy set by the security administrator.
// Handlers: validate → load → authorise → command → present.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponses } from '../../../shared/api/common';
import { securityPolicySchema, updateSecurityPolicySchema } from '../../../shared/api/security-policy';
import { auditContextOf } from '../../http/auth';
import { presentSecurityPolicy } from './security-policy.present';
import { loadSecurityPolicy } from './security-policy.queries';
import { updateSecurityPolicy } from './update-security-policy';

const tags = ['安全策略'];

export async function securityPolicyRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  r.get(
    '/security-policy',
    {
      config: { access: 'security-policy.read' },
      schema: {
        tags,
        summary: '当前安全策略（尚未保存过时为默认值，version 为 0）',
        response: { 200: securityPolicySchema, ...errorResponses },
      },
    },
    async (req) => presentSecurityPolicy(req.principal!, await loadSecurityPolicy(db)),
  );

  r.put(
    '/security-policy',
    {
      config: { access: 'security-policy.update' },
      schema: {
        tags,
        summary: '修改安全策略（密码规则、登录锁定、会话超时）',
        body: updateSecurityPolicySchema,
        response: { 200: securityPolicySchema, ...errorResponses },
      },
    },
    async (req) => {
      const saved = await updateSecurityPolicy({
        db,
        now: app.clock.now(),
        input: req.body,
        context: auditContextOf(req),
      });
      return presentSecurityPolicy(req.principal!, saved);
    },
  );
}
