// A fresh, migrated database per test file: in-memory PGlite by default, or a
// new database on the PostgreSQL server of TEST_DATABASE_URL when
// FUYUAN_TEST_DB=postgres (the same integration suite runs on both).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../db/client';
import { runMigrations } from '../db/migrate';

export function testDatabaseMode(): 'pglite' | 'postgres' {
  return process.env.FUYUAN_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

export async function openTestDatabase(): Promise<Database> {
  if (testDatabaseMode() === 'pglite') {
    const database = await openDatabase({});
    await runMigrations(database);
    return database;
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('FUYUAN_TEST_DB=postgres needs TEST_DATABASE_URL');
  const name = `fuyuan_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  await runMigrations(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      await dropDatabase(adminUrl, name);
    },
  };
}

// WITH (FORCE) ends our own leftover sessions, but a role without
// pg_signal_backend may not end an autovacuum worker that happens to be on the
// database ("must be a member of the role whose process is being terminated"):
// such a worker finishes in moments, so try again a few times.
async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const dropper = new pg.Client({ connectionString: adminUrl });
  await dropper.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        return;
      } catch (error) {
        if (attempt >= 10) throw error;
        await new Promise((resolve) => setTimeout(resolve, 300 * attempt));
      }
    }
  } finally {
    await dropper.end();
  }
}
