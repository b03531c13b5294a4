// The app on a fresh database seeded with the whole demo (cases, suggestions,
// assessment and, with a file store, the published report), for the tests of
// what a first start shows.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { ManualClock } from '../clock';
import type { Database } from '../db/client';
import { seedDemo } from '../demo/seed-demo';
import { buildApp } from '../http/app';
import { DEMO_PASSWORD, TestClient } from './test-app';
import { openTestDatabase } from './test-database';

export interface DemoApp {
  database: Database;
  app: Awaited<ReturnType<typeof buildApp>>;
  dataDir: string;
  seeded: boolean;
  login(username: string): Promise<TestClient>;
  close(): Promise<void>;
}

export async function startDemoApp(now: Date, options: { archiveFiles?: boolean } = {}): Promise<DemoApp> {
  const database = await openTestDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuyuan-test-'));
  const result = await seedDemo({
    db: database.db,
    now,
    password: DEMO_PASSWORD,
    withCases: true,
    dataDir: options.archiveFiles ? dataDir : undefined,
  });
  const app = await buildApp({
    database,
    clock: new ManualClock(now),
    config: { loginRateLimit: 10_000, cookieSecure: false, trustProxy: false, logLevel: 'silent', dataDir },
  });
  await app.ready();
  return {
    database,
    app,
    dataDir,
    seeded: result.seeded,
    async login(username) {
      const client = new TestClient(app);
      const response = await client.login(username, DEMO_PASSWORD);
      expect(response.status).toBe(200);
      return client;
    },
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
