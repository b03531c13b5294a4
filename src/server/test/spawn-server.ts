// Runs the real entry points (server, CLI) as child processes for the tests of
// start-up, shutdown and the command line, on PGlite in a temporary data
// directory or on a fresh PostgreSQL database.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openTestDatabase, testDatabaseMode } from './test-database';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

export interface Workspace {
  env: Record<string, string>;
  dispose(): Promise<void>;
}

/** Environment for a server or CLI on its own database. */
export async function makeWorkspace(): Promise<Workspace> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuyuan-test-'));
  if (testDatabaseMode() === 'pglite') {
    return {
      env: { DATA_DIR: dataDir },
      dispose: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const database = await openTestDatabase();
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: database.url! },
    dispose: async () => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      await database.close();
    },
  };
}

export function runCli(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [TSX, path.join(ROOT, 'src/server/cli.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface RunningServer {
  process: ChildProcess;
  output(): string;
  url: string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, [TSX, path.join(ROOT, 'src/server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    process: child,
    output: () => output,
    url,
    stop: async (signal = 'SIGINT') => {
      child.kill(signal);
      return exited;
    },
  };
}
