// SQL of 信息通报: the bulletin with its recipients and attachments, the inbox
// of an organisation (unread first), its sent list, and the organisations a
// sender may address.
import { and, asc, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { CHINA_OFFSET_MS } from '../../../shared/domain/china-time';
import type { Db } from '../../db/client';
import { escapeLike } from '../../db/like';
import {
  bulletinAttachments,
  bulletinRecipients,
  bulletins,
  courtJurisdictions,
  litigationCases,
  organisations,
  storedFiles,
} from '../../db/schema';

export type BulletinRow = typeof bulletins.$inferSelect & { senderName: string };

const bulletinColumns = { bulletin: bulletins, senderName: organisations.name };
const flatten = (row: { bulletin: typeof bulletins.$inferSelect; senderName: string }): BulletinRow => ({
  ...row.bulletin,
  senderName: row.senderName,
});

export async function findBulletin(db: Db, id: string): Promise<BulletinRow | undefined> {
  const [row] = await db
    .select(bulletinColumns)
    .from(bulletins)
    .innerJoin(organisations, eq(organisations.id, bulletins.senderOrgId))
    .where(eq(bulletins.id, id));
  return row && flatten(row);
}

export async function lockBulletin(db: Db, id: string) {
  const [row] = await db.select().from(bulletins).where(eq(bulletins.id, id)).for('update');
  return row;
}

export async function insertBulletin(db: Db, values: typeof bulletins.$inferInsert) {
  const [row] = await db.insert(bulletins).values(values).returning();
  return row!;
}

export async function updateBulletin(db: Db, id: string, values: Partial<typeof bulletins.$inferInsert>) {
  await db.update(bulletins).set(values).where(eq(bulletins.id, id));
}

export async function replaceBulletinRecipients(db: Db, bulletinId: string, organisationIds: string[]) {
  await db.delete(bulletinRecipients).where(eq(bulletinRecipients.bulletinId, bulletinId));
  await db
    .insert(bulletinRecipients)
    .values(organisationIds.map((organisationId, sortOrder) => ({ bulletinId, organisationId, sortOrder })));
}

export type BulletinRecipientRow = Awaited<ReturnType<typeof bulletinRecipientsOf>>[number];

export async function bulletinRecipientsOf(db: Db, bulletinIds: string[]) {
  if (bulletinIds.length === 0) return [];
  return db
    .select({
      bulletinId: bulletinRecipients.bulletinId,
      organisationId: bulletinRecipients.organisationId,
      name: organisations.name,
      readAt: bulletinRecipients.readAt,
      readByName: bulletinRecipients.readByName,
    })
    .from(bulletinRecipients)
    .innerJoin(organisations, eq(organisations.id, bulletinRecipients.organisationId))
    .where(inArray(bulletinRecipients.bulletinId, bulletinIds))
    .orderBy(asc(bulletinRecipients.sortOrder));
}

export async function markBulletinRecipientRead(
  db: Db,
  values: { bulletinId: string; organisationId: string; at: Date; userId: string | null; userName: string },
): Promise<boolean> {
  const rows = await db
    .update(bulletinRecipients)
    .set({ readAt: values.at, readBy: values.userId, readByName: values.userName })
    .where(
      and(
        eq(bulletinRecipients.bulletinId, values.bulletinId),
        eq(bulletinRecipients.organisationId, values.organisationId),
        isNull(bulletinRecipients.readAt),
      ),
    )
    .returning({ bulletinId: bulletinRecipients.bulletinId });
  return rows.length > 0;
}

export type BulletinAttachmentRow = Awaited<ReturnType<typeof bulletinAttachmentsOf>>[number];

export async function bulletinAttachmentsOf(db: Db, bulletinIds: string[]) {
  if (bulletinIds.length === 0) return [];
  return db
    .select({
      id: bulletinAttachments.id,
      bulletinId: bulletinAttachments.bulletinId,
      fileName: storedFiles.originalName,
      size: storedFiles.size,
      mimeType: storedFiles.mimeType,
      sha256: storedFiles.sha256,
    })
    .from(bulletinAttachments)
    .innerJoin(storedFiles, eq(storedFiles.id, bulletinAttachments.fileId))
    .where(inArray(bulletinAttachments.bulletinId, bulletinIds))
    .orderBy(asc(bulletinAttachments.createdAt), asc(bulletinAttachments.id));
}

export async function insertBulletinAttachment(db: Db, values: typeof bulletinAttachments.$inferInsert) {
  const [row] = await db.insert(bulletinAttachments).values(values).returning();
  return row!;
}

export async function deleteBulletinAttachment(db: Db, bulletinId: string, attachmentId: string) {
  const rows = await db
    .delete(bulletinAttachments)
    .where(and(eq(bulletinAttachments.id, attachmentId), eq(bulletinAttachments.bulletinId, bulletinId)))
    .returning({ fileId: bulletinAttachments.fileId });
  return rows[0];
}

export async function caseNumberOf(db: Db, caseId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ caseNumber: litigationCases.caseNumber })
    .from(litigationCases)
    .where(eq(litigationCases.id, caseId));
  return row?.caseNumber;
}

/** China dates as the instants bounding [from, to]. */
function sentBetween(column: SQL | typeof bulletins.sentAt, from?: string, to?: string): SQL[] {
  const instant = (date: string, days: number) =>
    new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000 - CHINA_OFFSET_MS).toISOString();
  const conditions: SQL[] = [];
  if (from) conditions.push(sql`${column} >= ${instant(from, 0)}::timestamptz`);
  if (to) conditions.push(sql`${column} < ${instant(to, 1)}::timestamptz`);
  return conditions;
}

export async function listInbox(
  db: Db,
  options: {
    organisationId: string;
    category?: string;
    unreadOnly: boolean;
    from?: string;
    to?: string;
    page: number;
    pageSize: number;
  },
) {
  const received = and(
    eq(bulletinRecipients.organisationId, options.organisationId),
    eq(bulletins.status, 'sent'),
  )!;
  const conditions: SQL[] = [received, ...sentBetween(bulletins.sentAt, options.from, options.to)];
  if (options.category) conditions.push(eq(bulletins.category, options.category));
  if (options.unreadOnly) conditions.push(isNull(bulletinRecipients.readAt));
  const where = and(...conditions);
  const from = () =>
    db
      .select({ n: count() })
      .from(bulletinRecipients)
      .innerJoin(bulletins, eq(bulletins.id, bulletinRecipients.bulletinId));
  const [rows, [total], [unread]] = await Promise.all([
    db
      .select({ ...bulletinColumns, readAt: bulletinRecipients.readAt })
      .from(bulletinRecipients)
      .innerJoin(bulletins, eq(bulletins.id, bulletinRecipients.bulletinId))
      .innerJoin(organisations, eq(organisations.id, bulletins.senderOrgId))
      .where(where)
      .orderBy(sql`${bulletinRecipients.readAt} is null desc`, desc(bulletins.sentAt), asc(bulletins.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    from().where(where),
    from().where(and(received, isNull(bulletinRecipients.readAt))),
  ]);
  return { rows: rows.map(flatten), total: total?.n ?? 0, unread: unread?.n ?? 0 };
}

export async function listSent(
  db: Db,
  options: {
    organisationId: string;
    category?: string;
    status?: string;
    from?: string;
    to?: string;
    page: number;
    pageSize: number;
  },
) {
  const at = sql`coalesce(${bulletins.sentAt}, ${bulletins.updatedAt})`;
  const conditions: SQL[] = [
    eq(bulletins.senderOrgId, options.organisationId),
    ...sentBetween(at, options.from, options.to),
  ];
  if (options.category) conditions.push(eq(bulletins.category, options.category));
  if (options.status) conditions.push(eq(bulletins.status, options.status));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select(bulletinColumns)
      .from(bulletins)
      .innerJoin(organisations, eq(organisations.id, bulletins.senderOrgId))
      .where(where)
      .orderBy(desc(at), asc(bulletins.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ n: count() }).from(bulletins).where(where),
  ]);
  return { rows: rows.map(flatten), total: total?.n ?? 0 };
}

export type DirectoryOrg = { id: string; name: string; kind: string; regionCode: string; path: string };

/** Enabled organisations of the given kinds, optionally matching a name. */
export async function enabledOrganisationsOf(db: Db, kinds: string[], q?: string): Promise<DirectoryOrg[]> {
  const conditions: SQL[] = [isNull(organisations.disabledAt), inArray(organisations.kind, kinds)];
  if (q) conditions.push(sql`${organisations.name} like ${`%${escapeLike(q)}%`}`);
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      regionCode: organisations.regionCode,
      path: organisations.path,
    })
    .from(organisations)
    .where(and(...conditions))
    .orderBy(asc(organisations.regionCode), asc(organisations.kind), asc(organisations.name));
}

/** Each court's regions on a day: its own and those it hears under 集中管辖. */
export async function courtRegionsOn(db: Db, date: string): Promise<Map<string, string[]>> {
  const rows = await db
    .select({ courtId: courtJurisdictions.courtId, regionCode: courtJurisdictions.regionCode })
    .from(courtJurisdictions)
    .where(
      and(
        sql`${courtJurisdictions.effectiveFrom} <= ${date}`,
        sql`(${courtJurisdictions.effectiveTo} is null or ${courtJurisdictions.effectiveTo} >= ${date})`,
      ),
    );
  const regions = new Map<string, string[]>();
  for (const r of rows) regions.set(r.courtId, [...(regions.get(r.courtId) ?? []), r.regionCode]);
  return regions;
}
