// /api/tokens: API tokens of machine clients. Handlers: validate → load →
// authorise → command → present.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  apiTokenSchema,
  createApiTokenSchema,
  createdApiTokenSchema,
  listApiTokensQuerySchema,
  revokeApiTokenSchema,
} from '../../../shared/api/api-tokens';
import { errorResponses, idParamSchema, pageOf } from '../../../shared/api/common';
import { auditContextOf } from '../../http/auth';
import { notFound } from '../../http/errors';
import type { Principal } from '../../http/principal';
import { canReadApiToken } from './api-tokens.policy';
import { presentApiToken } from './api-tokens.present';
import { findApiToken, listApiTokens } from './api-tokens.queries';
import { createApiToken } from './create-api-token';
import { revokeApiToken } from './revoke-api-token';

const tags = ['接口令牌'];

export async function apiTokenRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = app.database.db;

  // Tokens of organisations outside the caller's scope answer 404.
  async function loadVisible(principal: Principal, id: string) {
    const token = await findApiToken(db, id);
    if (!token || !canReadApiToken(principal, token)) throw notFound('接口令牌');
    return token;
  }

  r.get(
    '/tokens',
    {
      config: { access: 'token.read' },
      schema: {
        tags,
        summary: '接口令牌列表（新的在前；includeRevoked=true 时含已吊销的）',
        querystring: listApiTokensQuerySchema,
        response: { 200: pageOf(apiTokenSchema), ...errorResponses },
      },
    },
    async (req) => {
      const principal = req.principal!;
      const q = req.query;
      const { rows, total } = await listApiTokens(db, {
        scope: principal.scope,
        includeRevoked: q.includeRevoked === 'true',
        page: q.page,
        pageSize: q.pageSize,
      });
      return {
        items: rows.map((row) => presentApiToken(principal, row)),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  r.post(
    '/tokens',
    {
      config: { access: 'token.create' },
      schema: {
        tags,
        summary: '新建接口令牌（令牌明文只在此响应中出现一次）',
        body: createApiTokenSchema,
        response: { 201: createdApiTokenSchema, ...errorResponses },
      },
    },
    async (req, reply) => {
      const principal = req.principal!;
      const { token, secret } = await createApiToken({
        db,
        now: app.clock.now(),
        principal,
        input: req.body,
        context: auditContextOf(req),
      });
      return reply.status(201).send({ apiToken: presentApiToken(principal, token), token: secret });
    },
  );

  r.post(
    '/tokens/:id/revoke',
    {
      config: { access: 'token.revoke' },
      schema: {
        tags,
        summary: '吊销接口令牌（立即失效）',
        params: idParamSchema,
        body: revokeApiTokenSchema,
        response: { 200: apiTokenSchema, ...errorResponses },
      },
    },
    async (req) => {
      const principal = req.principal!;
      const token = await loadVisible(principal, req.params.id);
      const revoked = await revokeApiToken({ db, now: app.clock.now(), token, context: auditContextOf(req) });
      return presentApiToken(principal, { ...token, ...revoked });
    },
  );
}
