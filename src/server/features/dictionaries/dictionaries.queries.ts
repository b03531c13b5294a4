// SQL of the 案由 / 管理领域 dictionaries.
import { and, asc, eq, ne } from 'drizzle-orm';
import type { DictionaryKind } from '../../../shared/api/dictionaries';
import type { Db } from '../../db/client';
import { dictionaryEntries } from '../../db/schema';

export type DictionaryEntryRow = typeof dictionaryEntries.$inferSelect;
export interface DictionaryEntryValues {
  label: string;
  sortOrder: number;
  disabled: boolean;
}

export async function listDictionaryEntries(
  db: Db,
  kind: DictionaryKind,
  includeDisabled: boolean,
): Promise<DictionaryEntryRow[]> {
  const conditions = [eq(dictionaryEntries.kind, kind)];
  if (!includeDisabled) conditions.push(eq(dictionaryEntries.disabled, false));
  return db
    .select()
    .from(dictionaryEntries)
    .where(and(...conditions))
    .orderBy(asc(dictionaryEntries.sortOrder), asc(dictionaryEntries.code));
}

export async function findDictionaryEntry(db: Db, kind: DictionaryKind, code: string) {
  const [row] = await db
    .select()
    .from(dictionaryEntries)
    .where(and(eq(dictionaryEntries.kind, kind), eq(dictionaryEntries.code, code)));
  return row;
}

/** Another entry of the kind with the same label, if any. */
export async function findEntryByLabel(db: Db, kind: DictionaryKind, label: string, exceptCode: string) {
  const [row] = await db
    .select()
    .from(dictionaryEntries)
    .where(
      and(
        eq(dictionaryEntries.kind, kind),
        eq(dictionaryEntries.label, label),
        ne(dictionaryEntries.code, exceptCode),
      ),
    );
  return row;
}

/** A new code; undefined when another writer created it first. */
export async function insertDictionaryEntry(
  db: Db,
  kind: DictionaryKind,
  code: string,
  values: DictionaryEntryValues,
) {
  const [row] = await db
    .insert(dictionaryEntries)
    .values({ kind, code, ...values })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** Updates the entry only while it still holds `previous`; undefined when it does not. */
export async function updateDictionaryEntryIfUnchanged(
  db: Db,
  kind: DictionaryKind,
  code: string,
  previous: DictionaryEntryValues,
  values: DictionaryEntryValues,
) {
  const [row] = await db
    .update(dictionaryEntries)
    .set(values)
    .where(
      and(
        eq(dictionaryEntries.kind, kind),
        eq(dictionaryEntries.code, code),
        eq(dictionaryEntries.label, previous.label),
        eq(dictionaryEntries.sortOrder, previous.sortOrder),
        eq(dictionaryEntries.disabled, previous.disabled),
      ),
    )
    .returning();
  return row;
}
