// Authentication and action-level authorisation for every /api route.
// Each route declares `config.access`; this hook resolves the caller (session
// cookie or Bearer token), enforces CSRF on cookie-authenticated writes and
// checks the declared permission. Record-level checks stay in *.policy.ts.

import { eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Permission } from '../../shared/domain/permissions';
import { apiTokens } from '../db/schema';
import { recordAudit } from '../features/audit/record-audit';
import { loadTokenPrincipal } from '../features/auth/load-principal';
import { resolveSession, SESSION_COOKIE } from '../features/auth/sessions';
import { sha256Hex } from '../features/auth/tokens';
import { AppError } from './errors';
import type { AuditContext, Principal } from './principal';

/**
 * - public: anyone
 * - session: any signed-in user, even one who must still change the password
 * - authenticated: a signed-in user or token with nothing pending
 * - a permission: authenticated and holding it
 */
export type Access = 'public' | 'session' | 'authenticated' | Permission;

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function auditContextOf(req: FastifyRequest): AuditContext {
  const p = req.principal;
  return {
    actorType: p ? p.kind : 'anonymous',
    actorId: p?.id ?? null,
    actorName: p?.name ?? null,
    actorOrgId: p?.organisation.id ?? null,
    actorOrgName: p?.organisation.name ?? null,
    ip: req.ip ?? null,
    userAgent: req.headers['user-agent']?.slice(0, 500) ?? null,
    requestId: String(req.id),
  };
}

async function authenticate(app: FastifyInstance, req: FastifyRequest): Promise<Principal | null> {
  const { db } = app.database;
  const now = app.clock.now();
  const authorization = req.headers.authorization;
  if (authorization?.startsWith('Bearer ')) {
    const secret = authorization.slice('Bearer '.length).trim();
    const [token] = await db
      .select()
      .from(apiTokens)
      .where(eq(apiTokens.tokenHash, sha256Hex(secret)));
    if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) {
      throw new AppError('UNAUTHENTICATED', '接口令牌无效、已吊销或已过期');
    }
    const principal = await loadTokenPrincipal(db, token);
    if (!principal) throw new AppError('UNAUTHENTICATED', '接口令牌所属机构不存在');
    req.principal = principal;
    // Every use of a token is audited.
    await db.transaction(async (tx) => {
      await tx.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, token.id));
      await recordAudit(tx, auditContextOf(req), now, {
        event: 'token.used',
        targetType: 'api-token',
        targetId: token.id,
        targetLabel: token.name,
        after: { method: req.method, path: req.url.split('?')[0] },
      });
    });
    return principal;
  }
  const cookie = req.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const session = await resolveSession(db, cookie, now);
  if (session.status === 'expired') throw new AppError('SESSION_EXPIRED', '登录已超时，请重新登录');
  if (session.status === 'none') return null;
  const { principal, disabled, orgDisabled } = session.user;
  if (disabled || orgDisabled) return null;
  return principal;
}

export function registerAuth(app: FastifyInstance): void {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (req) => {
    const access = req.routeOptions.config.access;
    if (access === undefined) return; // not an API route (static files, 404)
    req.principal = await authenticate(app, req);
    if (access === 'public') return;
    const principal = req.principal;
    if (!principal) throw new AppError('UNAUTHENTICATED', '请先登录');
    if (principal.session && !SAFE_METHODS.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (sent !== principal.session.csrfToken) {
        throw new AppError('CSRF_FAILED', '请求缺少有效的 X-CSRF-Token，请刷新页面后重试');
      }
    }
    if (access === 'session') return;
    if (principal.mustChangePassword) throw new AppError('PASSWORD_CHANGE_REQUIRED', '请先修改初始密码');
    if (access === 'authenticated') return;
    if (!principal.permissions.has(access)) throw new AppError('FORBIDDEN', '没有执行此操作的权限');
  });
}
