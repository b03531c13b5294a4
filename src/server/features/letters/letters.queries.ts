// SQL of letters and document-number series (文号).
import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import {
  caseLetters,
  documentCounters,
  documentSeries,
  organisations,
  storedFiles,
  users,
} from '../../db/schema';

export type SeriesRow = typeof documentSeries.$inferSelect;

export async function findSeries(
  db: Db,
  organisationId: string,
  code: string,
): Promise<SeriesRow | undefined> {
  const [row] = await db
    .select()
    .from(documentSeries)
    .where(and(eq(documentSeries.organisationId, organisationId), eq(documentSeries.code, code)));
  return row;
}

/** An organisation's series with the number last taken in `year` (0 when none). */
export async function listSeries(db: Db, organisationId: string, year: number) {
  return db
    .select({
      id: documentSeries.id,
      code: documentSeries.code,
      pattern: documentSeries.pattern,
      organisationId: documentSeries.organisationId,
      organisationName: organisations.name,
      lastNumber: sql<number>`coalesce(${documentCounters.lastNumber}, 0)`.mapWith(Number),
    })
    .from(documentSeries)
    .innerJoin(organisations, eq(organisations.id, documentSeries.organisationId))
    .leftJoin(
      documentCounters,
      and(eq(documentCounters.seriesId, documentSeries.id), eq(documentCounters.year, year)),
    )
    .where(eq(documentSeries.organisationId, organisationId))
    .orderBy(asc(documentSeries.code));
}

export async function upsertSeries(
  tx: Db,
  values: { organisationId: string; code: string; pattern: string },
): Promise<SeriesRow> {
  const [row] = await tx
    .insert(documentSeries)
    .values(values)
    .onConflictDoUpdate({
      target: [documentSeries.organisationId, documentSeries.code],
      set: { pattern: values.pattern },
    })
    .returning();
  return row!;
}

/**
 * Takes the next number of a series for a year. The upsert locks the counter
 * row until the transaction ends: a concurrent caller waits and then gets the
 * following number, and a rolled-back transaction gives its number back, so
 * numbers have neither gaps nor duplicates.
 */
export async function takeNextNumber(tx: Db, seriesId: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(documentCounters)
    .values({ seriesId, year, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [documentCounters.seriesId, documentCounters.year],
      set: { lastNumber: sql`${documentCounters.lastNumber} + 1` },
    })
    .returning({ lastNumber: documentCounters.lastNumber });
  return row!.lastNumber;
}

export async function insertLetter(tx: Db, values: typeof caseLetters.$inferInsert): Promise<{ id: string }> {
  const [row] = await tx.insert(caseLetters).values(values).returning({ id: caseLetters.id });
  return row!;
}

const addressee = alias(organisations, 'addressee');
const issuer = alias(organisations, 'issuer');

function selectLetters(db: Db) {
  return db
    .select({
      id: caseLetters.id,
      caseId: caseLetters.caseId,
      kind: caseLetters.kind,
      documentNumber: caseLetters.documentNumber,
      title: caseLetters.title,
      addresseeId: addressee.id,
      addresseeName: addressee.name,
      issuerId: issuer.id,
      issuerName: issuer.name,
      createdByName: users.displayName,
      createdAt: caseLetters.createdAt,
      fileName: storedFiles.originalName,
      mimeType: storedFiles.mimeType,
      size: storedFiles.size,
      sha256: storedFiles.sha256,
    })
    .from(caseLetters)
    .innerJoin(addressee, eq(addressee.id, caseLetters.addresseeOrgId))
    .innerJoin(issuer, eq(issuer.id, caseLetters.issuingOrgId))
    .innerJoin(storedFiles, eq(storedFiles.id, caseLetters.fileId))
    .leftJoin(users, eq(users.id, caseLetters.createdBy));
}

export type LetterRow = Awaited<ReturnType<typeof listLetters>>[number];

export async function listLetters(db: Db, caseId: string) {
  return selectLetters(db)
    .where(eq(caseLetters.caseId, caseId))
    .orderBy(asc(caseLetters.createdAt), asc(caseLetters.sequence));
}

export async function findLetter(db: Db, id: string): Promise<LetterRow | undefined> {
  const [row] = await selectLetters(db).where(eq(caseLetters.id, id));
  return row;
}
