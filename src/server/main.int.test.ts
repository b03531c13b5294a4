import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from './db/migrate';
import { makeWorkspace, startServer, type Workspace } from './test/spawn-server';
import { testDatabaseMode } from './test/test-database';

const journal: { tag: string }[] = JSON.parse(
  fs.readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8'),
).entries;

let workspace: Workspace;
beforeAll(async () => {
  workspace = await makeWorkspace();
});
afterAll(async () => workspace?.dispose());

async function login(url: string, password: string) {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'sysadmin', password }),
  });
  return response.status;
}

describe('start, shutdown and restart', () => {
  it('seeds on the first start, prints the password once, and reuses the data after Ctrl-C', async () => {
    const first = await startServer(workspace.env);
    const health = await (await fetch(`${first.url}/api/health`)).json();
    expect(health).toEqual({
      status: 'ok',
      database: {
        mode: testDatabaseMode(),
        migration: journal.at(-1)!.tag,
        migrationsApplied: journal.length,
      },
      version: '0.1.0',
    });
    const printed = /演示账户密码（仅显示这一次，请记下）：(\S+)/.exec(first.output());
    expect(printed).not.toBeNull();
    const password = printed![1]!;
    expect(await login(first.url, password)).toBe(200);
    expect(await first.stop('SIGINT')).toBe(0);

    const second = await startServer(workspace.env);
    expect(second.output()).not.toContain('演示账户');
    expect(await login(second.url, password)).toBe(200);
    expect(await second.stop('SIGTERM')).toBe(0);
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const server = await startServer(workspace.env);
    try {
      const response = await fetch(`${server.url}/api/no-such-thing`);
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe('NOT_FOUND');
      const openapi = await (await fetch(`${server.url}/api/openapi.json`)).json();
      expect(openapi.openapi).toMatch(/^3\./);
      expect(Object.keys(openapi.paths)).toContain('/api/orgs');
      expect((await fetch(`${server.url}/api/docs/`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  });
});
