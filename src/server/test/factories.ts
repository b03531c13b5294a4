// Data factories for tests: rows written directly, bypassing the API, for the
// state a test starts from.
import { eq } from 'drizzle-orm';
import type { Role } from '../../shared/domain/permissions';
import type { Db } from '../db/client';
import { auditEvents, organisations, users } from '../db/schema';
import { hashPassword } from '../features/auth/passwords';

let counter = 0;

export async function makeUser(
  db: Db,
  options: {
    organisationId: string;
    roles: Role[];
    username?: string;
    password?: string;
    mustChangePassword?: boolean;
    now?: Date;
  },
) {
  counter++;
  const now = options.now ?? new Date('2026-11-01T00:00:00Z');
  const [user] = await db
    .insert(users)
    .values({
      username: options.username ?? `user${counter}`,
      displayName: `测试用户${counter}`,
      organisationId: options.organisationId,
      roles: options.roles,
      passwordHash: await hashPassword(options.password ?? 'Factory-Passw0rd!'),
      mustChangePassword: options.mustChangePassword ?? false,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  return user!;
}

export async function findUserByUsername(db: Db, username: string) {
  const [user] = await db.select().from(users).where(eq(users.username, username));
  return user;
}

export async function findOrgByName(db: Db, name: string) {
  const [org] = await db.select().from(organisations).where(eq(organisations.name, name));
  if (!org) throw new Error(`no organisation named ${name}`);
  return org;
}

export async function auditRowsAfter(db: Db, id: number) {
  const rows = await db.select().from(auditEvents);
  return rows.filter((r) => r.id > id).sort((a, b) => a.id - b.id);
}

export async function lastAuditId(db: Db): Promise<number> {
  const rows = await db.select({ id: auditEvents.id }).from(auditEvents);
  return rows.reduce((max, r) => Math.max(max, r.id), 0);
}

export async function countAuditRows(db: Db): Promise<number> {
  return (await db.select({ id: auditEvents.id }).from(auditEvents)).length;
}
