// Opening the database as configured and migrating it: shared by the server
// and the command-line tools.
import path from 'node:path';
import { type Database, openDatabase } from './db/client';
import { runMigrations } from './db/migrate';
import type { Env } from './env';

export async function openConfiguredDatabase(env: Env): Promise<Database> {
  const database = await openDatabase(
    env.databaseUrl ? { url: env.databaseUrl } : { pgliteDir: path.join(env.dataDir, 'pglite') },
  );
  await runMigrations(database);
  return database;
}
