// /api/auth: log in, log out, who am I, change password.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  changePasswordRequestSchema,
  loginRequestSchema,
  passwordRulesSchema,
  sessionResponseSchema,
} from '../../../shared/api/auth';
import { errorResponseSchema, errorResponses, okSchema } from '../../../shared/api/common';
import { describePasswordRules } from '../../../shared/domain/password-policy';
import { auditContextOf } from '../../http/auth';
import { AppError } from '../../http/errors';
import type { Principal } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { loadSecurityPolicy, passwordRulesOf } from '../security-policy/security-policy.queries';
import { presentSession } from './auth.present';
import { changePassword } from './change-password';
import { loadUserPrincipal } from './load-principal';
import { logIn } from './log-in';
import { endSession, SESSION_COOKIE } from './sessions';

function requireSession(
  principal: Principal | null,
): Principal & { session: { id: string; csrfToken: string } } {
  if (!principal?.session) throw new AppError('UNAUTHENTICATED', '此操作须以账户登录');
  return principal as Principal & { session: { id: string; csrfToken: string } };
}

export async function authRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: app.config.cookieSecure,
  };
  const clearCookie = (reply: FastifyReply) => reply.clearCookie(SESSION_COOKIE, cookieOptions);

  r.post(
    '/auth/login',
    {
      config: { access: 'public', rateLimit: { max: app.config.loginRateLimit, timeWindow: '1 minute' } },
      schema: {
        tags: ['认证'],
        summary: '登录：设置会话 Cookie，返回写请求所需的 csrfToken',
        body: loginRequestSchema,
        response: {
          200: sessionResponseSchema,
          423: errorResponseSchema,
          429: errorResponseSchema,
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const result = await logIn({
        db: app.database.db,
        now: app.clock.now(),
        username: req.body.username,
        password: req.body.password,
        context: auditContextOf(req),
      });
      reply.setCookie(SESSION_COOKIE, result.sessionToken, cookieOptions);
      const loaded = await loadUserPrincipal(app.database.db, result.userId);
      return presentSession(loaded!.principal, result.csrfToken);
    },
  );

  r.post(
    '/auth/logout',
    {
      config: { access: 'session' },
      schema: { tags: ['认证'], summary: '退出登录', response: { 200: okSchema, ...errorResponses } },
    },
    async (req, reply) => {
      const principal = requireSession(req.principal);
      const now = app.clock.now();
      await app.database.db.transaction(async (tx) => {
        await endSession(tx, principal.session.id, now);
        await recordAudit(tx, auditContextOf(req), now, {
          event: 'auth.logout',
          targetType: 'user',
          targetId: principal.id,
          targetLabel: principal.name,
        });
      });
      clearCookie(reply);
      return { ok: true as const };
    },
  );

  r.get(
    '/auth/me',
    {
      config: { access: 'session' },
      schema: {
        tags: ['认证'],
        summary: '当前账户、权限与 csrfToken',
        response: { 200: sessionResponseSchema, ...errorResponses },
      },
    },
    async (req) => {
      const principal = requireSession(req.principal);
      return presentSession(principal, principal.session.csrfToken);
    },
  );

  r.post(
    '/auth/change-password',
    {
      config: { access: 'session' },
      schema: {
        tags: ['认证'],
        summary: '修改本人密码',
        body: changePasswordRequestSchema,
        response: { 200: sessionResponseSchema, ...errorResponses },
      },
    },
    async (req) => {
      const principal = requireSession(req.principal);
      await changePassword({
        db: app.database.db,
        now: app.clock.now(),
        principal,
        currentPassword: req.body.currentPassword,
        newPassword: req.body.newPassword,
        context: auditContextOf(req),
      });
      const loaded = await loadUserPrincipal(app.database.db, principal.id, principal.session);
      return presentSession(loaded!.principal, principal.session.csrfToken);
    },
  );

  r.get(
    '/auth/password-rules',
    {
      config: { access: 'session' },
      schema: {
        tags: ['认证'],
        summary: '当前密码规则',
        response: { 200: passwordRulesSchema, ...errorResponses },
      },
    },
    async () => {
      const rules = passwordRulesOf(await loadSecurityPolicy(app.database.db));
      return { ...rules, description: describePasswordRules(rules) };
    },
  );
}
