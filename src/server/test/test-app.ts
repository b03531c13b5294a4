// The test server: the real HTTP app on a fresh database with the demo
// locality, a hand-moved clock, and clients that keep their session cookie and
// CSRF token like a browser does.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { ManualClock } from '../clock';
import type { Database } from '../db/client';
import { type SeedResult, seedDemo } from '../demo/seed-demo';
import { type AppConfig, buildApp } from '../http/app';
import { openTestDatabase } from './test-database';

export const DEMO_PASSWORD = 'Demo-Passw0rd!';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  clock: ManualClock;
  demo: SeedResult;
  /** A client not signed in. */
  anonymous(): TestClient;
  /** A client signed in as a demo account (or any account and password). */
  login(username: string, password?: string): Promise<TestClient>;
  close(): Promise<void>;
}

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

export class TestClient {
  cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(
    private readonly app: FastifyInstance,
    readonly remoteAddress = '127.0.0.1',
  ) {}

  async request<T = any>(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const allHeaders: Record<string, string> = { ...headers };
    if (this.cookie) allHeaders.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET' && !('x-csrf-token' in allHeaders)) {
      allHeaders['x-csrf-token'] = this.csrfToken;
    }
    const response = await this.app.inject({
      method,
      url,
      headers: allHeaders,
      remoteAddress: this.remoteAddress,
      ...(body === undefined ? {} : { payload: body as InjectOptions['payload'] }),
    });
    const setCookie = response.cookies.find((c) => c.name === 'fuyuan_session');
    if (setCookie) this.cookie = setCookie.value ? `fuyuan_session=${setCookie.value}` : undefined;
    const isJson = String(response.headers['content-type'] ?? '').includes('json');
    return {
      status: response.statusCode,
      body: (isJson ? response.json() : response.body) as T,
      headers: response.headers as Record<string, unknown>,
    };
  }

  get<T = any>(url: string, headers?: Record<string, string>) {
    return this.request<T>('GET', url, undefined, headers);
  }
  post<T = any>(url: string, body: unknown = {}, headers?: Record<string, string>) {
    return this.request<T>('POST', url, body, headers);
  }
  put<T = any>(url: string, body: unknown = {}, headers?: Record<string, string>) {
    return this.request<T>('PUT', url, body, headers);
  }

  async login(username: string, password: string): Promise<TestResponse> {
    const response = await this.post('/api/auth/login', { username, password });
    if (response.status === 200) this.csrfToken = response.body.csrfToken;
    return response;
  }
}

export async function createTestApp(
  options: { loginRateLimit?: number; now?: Date; config?: Partial<AppConfig> } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  // Stored files go to a temporary data directory, removed on close.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuyuan-test-'));
  const clock = new ManualClock(options.now ?? new Date('2026-11-02T01:00:00Z'));
  const demo = await seedDemo({
    db: database.db,
    now: clock.now(),
    password: DEMO_PASSWORD,
    withCases: false,
  });
  const app = await buildApp({
    database,
    clock,
    config: {
      loginRateLimit: options.loginRateLimit ?? 10_000,
      cookieSecure: false,
      trustProxy: false,
      logLevel: 'silent',
      dataDir,
      ...options.config,
    },
  });
  await app.ready();
  return {
    app,
    database,
    clock,
    demo,
    anonymous: () => new TestClient(app),
    async login(username, password = DEMO_PASSWORD) {
      const client = new TestClient(app);
      const response = await client.login(username, password);
      if (response.status !== 200) {
        throw new Error(`login ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
      }
      return client;
    },
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
