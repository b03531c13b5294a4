// SQL of courts (beside their organisation rows) and of 集中管辖 mappings.
import { and, asc, count, desc, eq, ilike, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { CourtFields } from '../../../shared/api/courts';
import type { Db } from '../../db/client';
import { escapeLike } from '../../db/like';
import { courtJurisdictions, courts, organisations } from '../../db/schema';

export type CourtRow = typeof courts.$inferSelect & { name: string; organisationDisabled: boolean };
export type JurisdictionRow = typeof courtJurisdictions.$inferSelect & {
  courtName: string;
  courtCode: string;
};

const courtColumns = {
  organisationId: courts.organisationId,
  courtCode: courts.courtCode,
  systemCode: courts.systemCode,
  level: courts.level,
  regionCode: courts.regionCode,
  effectiveFrom: courts.effectiveFrom,
  obsoleteFrom: courts.obsoleteFrom,
  name: organisations.name,
  organisationDisabled: sql<boolean>`${organisations.disabledAt} is not null`,
};

// Supreme court first, then by code: 浙, 浙08, 浙0802, …
const levelRank = sql`case ${courts.level} when 'supreme' then 0 when 'high' then 1 when 'intermediate' then 2 else 3 end`;

export async function listCourts(
  db: Db,
  options: { q?: string; level?: string; page: number; pageSize: number },
): Promise<{ rows: CourtRow[]; total: number }> {
  const conditions: SQL[] = [];
  if (options.q) {
    const pattern = `%${escapeLike(options.q)}%`;
    conditions.push(or(ilike(organisations.name, pattern), ilike(courts.courtCode, pattern))!);
  }
  if (options.level) conditions.push(eq(courts.level, options.level));
  const where = and(...conditions);
  const [rows, [total]] = await Promise.all([
    db
      .select(courtColumns)
      .from(courts)
      .innerJoin(organisations, eq(organisations.id, courts.organisationId))
      .where(where)
      .orderBy(levelRank, asc(courts.courtCode))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ n: count() })
      .from(courts)
      .innerJoin(organisations, eq(organisations.id, courts.organisationId))
      .where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}

export async function listAllCourts(db: Db): Promise<CourtRow[]> {
  return db
    .select(courtColumns)
    .from(courts)
    .innerJoin(organisations, eq(organisations.id, courts.organisationId))
    .orderBy(levelRank, asc(courts.courtCode));
}

export async function findCourt(db: Db, organisationId: string): Promise<CourtRow | undefined> {
  const [row] = await db
    .select(courtColumns)
    .from(courts)
    .innerJoin(organisations, eq(organisations.id, courts.organisationId))
    .where(eq(courts.organisationId, organisationId));
  return row;
}

export async function findCourtByCode(db: Db, courtCode: string, exceptId?: string) {
  const conditions = [eq(courts.courtCode, courtCode)];
  if (exceptId) conditions.push(ne(courts.organisationId, exceptId));
  const [row] = await db
    .select(courtColumns)
    .from(courts)
    .innerJoin(organisations, eq(organisations.id, courts.organisationId))
    .where(and(...conditions));
  return row;
}

/** Organisations of kind 'court' that have no court details yet. */
export async function listUnregisteredCourtOrganisations(db: Db) {
  return db
    .select({
      organisationId: organisations.id,
      name: organisations.name,
      regionCode: organisations.regionCode,
    })
    .from(organisations)
    .leftJoin(courts, eq(courts.organisationId, organisations.id))
    .where(
      and(eq(organisations.kind, 'court'), isNull(courts.organisationId), isNull(organisations.disabledAt)),
    )
    .orderBy(asc(organisations.name));
}

/** Updates the court only while it still holds `previous`; undefined when it does not. */
export async function updateCourtIfUnchanged(
  db: Db,
  organisationId: string,
  previous: CourtFields,
  values: CourtFields,
) {
  const same = (column: PgColumn, value: string | null) =>
    value === null ? isNull(column) : eq(column, value);
  const [row] = await db
    .update(courts)
    .set(values)
    .where(
      and(
        eq(courts.organisationId, organisationId),
        eq(courts.courtCode, previous.courtCode),
        same(courts.systemCode, previous.systemCode),
        eq(courts.level, previous.level),
        eq(courts.regionCode, previous.regionCode),
        same(courts.effectiveFrom, previous.effectiveFrom),
        same(courts.obsoleteFrom, previous.obsoleteFrom),
      ),
    )
    .returning();
  return row;
}

export async function insertCourt(db: Db, organisationId: string, values: CourtFields) {
  const [row] = await db
    .insert(courts)
    .values({ organisationId, ...values })
    .returning();
  return row!;
}

const jurisdictionColumns = {
  id: courtJurisdictions.id,
  courtId: courtJurisdictions.courtId,
  regionCode: courtJurisdictions.regionCode,
  caseScope: courtJurisdictions.caseScope,
  effectiveFrom: courtJurisdictions.effectiveFrom,
  effectiveTo: courtJurisdictions.effectiveTo,
  basis: courtJurisdictions.basis,
  courtName: organisations.name,
  courtCode: courts.courtCode,
};

function selectJurisdictions(db: Db) {
  return db
    .select(jurisdictionColumns)
    .from(courtJurisdictions)
    .innerJoin(organisations, eq(organisations.id, courtJurisdictions.courtId))
    .innerJoin(courts, eq(courts.organisationId, courtJurisdictions.courtId));
}

export async function listJurisdictions(
  db: Db,
  filters: { regionCode?: string; courtId?: string; caseScope?: string } = {},
): Promise<JurisdictionRow[]> {
  const conditions: SQL[] = [];
  if (filters.regionCode) conditions.push(eq(courtJurisdictions.regionCode, filters.regionCode));
  if (filters.courtId) conditions.push(eq(courtJurisdictions.courtId, filters.courtId));
  if (filters.caseScope) conditions.push(eq(courtJurisdictions.caseScope, filters.caseScope));
  return selectJurisdictions(db)
    .where(and(...conditions))
    .orderBy(asc(courtJurisdictions.regionCode), desc(courtJurisdictions.effectiveFrom));
}

export async function findJurisdiction(db: Db, id: string): Promise<JurisdictionRow | undefined> {
  const [row] = await selectJurisdictions(db).where(eq(courtJurisdictions.id, id));
  return row;
}

/**
 * Serialises writers of mappings to the end of the transaction, so that two overlapping
 * mappings entered at the same moment cannot both pass the overlap check.
 */
export async function lockJurisdictions(db: Db): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(7200101)`);
}

export async function insertJurisdiction(db: Db, values: typeof courtJurisdictions.$inferInsert) {
  const [row] = await db.insert(courtJurisdictions).values(values).returning({ id: courtJurisdictions.id });
  return row!.id;
}

/** Sets the last day of a mapping still open; false when it has been ended meanwhile. */
export async function endJurisdictionIfOpen(db: Db, id: string, effectiveTo: string): Promise<boolean> {
  const rows = await db
    .update(courtJurisdictions)
    .set({ effectiveTo })
    .where(and(eq(courtJurisdictions.id, id), isNull(courtJurisdictions.effectiveTo)))
    .returning({ id: courtJurisdictions.id });
  return rows.length > 0;
}
