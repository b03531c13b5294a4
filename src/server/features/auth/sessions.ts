// Database-backed sessions: idle and absolute expiry from the security policy.
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organisations, securityPolicy, sessions, users } from '../../db/schema';
import { DEFAULT_SECURITY_POLICY } from '../security-policy/security-policy.queries';
import { type LoadedUserPrincipal, userPrincipalColumns, userPrincipalOf } from './load-principal';
import { randomToken, sha256Hex } from './tokens';

export const SESSION_COOKIE = 'fuyuan_session';
const TOUCH_EVERY_MS = 30_000; // last_seen_at is refreshed at most this often

export async function createSession(
  tx: Db,
  options: { userId: string; now: Date; ip: string | null; userAgent: string | null },
): Promise<{ token: string; id: string; csrfToken: string }> {
  const token = randomToken();
  const id = sha256Hex(token);
  const csrfToken = randomToken(24);
  await tx.insert(sessions).values({
    id,
    userId: options.userId,
    csrfToken,
    createdAt: options.now,
    lastSeenAt: options.now,
    ip: options.ip,
    userAgent: options.userAgent?.slice(0, 500) ?? null,
  });
  return { token, id, csrfToken };
}

export type SessionLookup =
  | { status: 'none' }
  | { status: 'expired' }
  | { status: 'active'; user: LoadedUserPrincipal };

/**
 * The session of a cookie and its user's Principal, with the policy's expiry, in one
 * statement: every API request starts here, and each round trip to the database costs
 * more than the lookups themselves.
 */
export async function resolveSession(db: Db, token: string, now: Date): Promise<SessionLookup> {
  const id = sha256Hex(token);
  const [row] = await db
    .select({
      csrfToken: sessions.csrfToken,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      endedAt: sessions.endedAt,
      idleMinutes: securityPolicy.sessionIdleMinutes,
      absoluteHours: securityPolicy.sessionAbsoluteHours,
      ...userPrincipalColumns,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(securityPolicy, eq(securityPolicy.id, 1))
    .where(eq(sessions.id, id));
  if (!row || row.endedAt) return { status: 'none' };
  const idleMs = (row.idleMinutes ?? DEFAULT_SECURITY_POLICY.sessionIdleMinutes) * 60_000;
  const absoluteMs = (row.absoluteHours ?? DEFAULT_SECURITY_POLICY.sessionAbsoluteHours) * 3_600_000;
  const isIdle = now.getTime() - row.lastSeenAt.getTime() > idleMs;
  const isTooOld = now.getTime() - row.createdAt.getTime() > absoluteMs;
  if (isIdle || isTooOld) {
    await db
      .update(sessions)
      .set({ endedAt: now })
      .where(and(eq(sessions.id, id), isNull(sessions.endedAt)));
    return { status: 'expired' };
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  return { status: 'active', user: userPrincipalOf(row, { id, csrfToken: row.csrfToken }) };
}

export async function endSession(tx: Db, id: string, now: Date): Promise<void> {
  await tx
    .update(sessions)
    .set({ endedAt: now })
    .where(and(eq(sessions.id, id), isNull(sessions.endedAt)));
}

/** Ends every open session of a user (disable, password reset, role change). */
export async function endUserSessions(tx: Db, userId: string, now: Date, exceptId?: string): Promise<void> {
  const open = await tx
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.endedAt)));
  for (const s of open) if (s.id !== exceptId) await endSession(tx, s.id, now);
}
