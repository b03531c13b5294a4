// Applies the checked-in SQL migrations at start-up. On PostgreSQL an advisory
// lock keeps two starting servers from migrating at once.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type pg from 'pg';
import { type Database, rowsOf } from './client';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));
const MIGRATION_LOCK = 7_200_001;

export async function runMigrations(database: Database): Promise<void> {
  if (database.mode === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  const client = await database.pool!.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migratePg(drizzlePg(client as unknown as pg.Pool), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

interface JournalEntry {
  tag: string;
  when: number;
}

let journal: JournalEntry[] | undefined;

/** The checked-in migrations' journal, read once: it cannot change while the process runs. */
function readJournal(): JournalEntry[] {
  journal ??= (
    JSON.parse(fs.readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as {
      entries: JournalEntry[];
    }
  ).entries;
  return journal;
}

/** The last applied migration's name and how many are applied. */
export async function migrationStatus(database: Database): Promise<{ migration: string; applied: number }> {
  const rows = rowsOf<{ created_at: string | number; n: string | number }>(
    await database.db.execute(
      sql`SELECT max(created_at) AS created_at, count(*) AS n FROM drizzle.__drizzle_migrations`,
    ),
  );
  const last = Number(rows[0]?.created_at ?? 0);
  const entry = readJournal().find((e) => e.when === last);
  return { migration: entry?.tag ?? 'none', applied: Number(rows[0]?.n ?? 0) };
}
