// Opens the database: embedded PGlite in the data directory when no URL is
// given, otherwise a PostgreSQL server. Both speak the same SQL and run the
// same migrations.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseMode = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  mode: DatabaseMode;
  /** The server URL in PostgreSQL mode. */
  url?: string;
  close(): Promise<void>;
  pglite?: PGlite;
  pool?: pg.Pool;
}

export interface OpenOptions {
  /** postgres://… ; without it PGlite is used. */
  url?: string;
  /** PGlite data directory; omitted means in memory (tests). */
  pgliteDir?: string;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // An idle connection the server ends (a restart, an administrator, a dropped test database)
    // emits 'error' on the pool; unheard, it would crash the process. The pool replaces it.
    pool.on('error', (error) => {
      process.stderr.write(`数据库空闲连接已断开，将重新连接：${error.message}\n`);
    });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return { db, mode: 'postgres', url: options.url, pool, close: () => pool.end() };
  }
  if (options.pgliteDir) fs.mkdirSync(path.dirname(options.pgliteDir), { recursive: true });
  const client = options.pgliteDir ? new PGlite(options.pgliteDir) : new PGlite();
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, mode: 'pglite', pglite: client, close: () => client.close() };
}

/** Rows of a raw `db.execute(sql…)`, whichever driver answered. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
