// Shared pieces of `npm run bench`: percentiles, the printed rows, the HTTP
// clients in their child process (load-clients.ts) and the in-process timing
// of a function run sequentially (the "bare" figures).
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { LoadJob, LoadResult } from './load-clients';

export const TARGET = { p50: 25, p95: 75, p99: 150 };

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export interface Summary {
  name: string;
  n: number;
  failures: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Requests answered per second over HTTP, when measured. */
  perSecond?: number;
  ok: boolean;
}

export function summary(name: string, samples: number[], failures = 0, elapsedMs?: number): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(sorted, p)) as [number, number, number];
  const ok = p50 <= TARGET.p50 && p95 <= TARGET.p95 && p99 <= TARGET.p99;
  const perSecond = elapsedMs ? (samples.length * 1000) / elapsedMs : undefined;
  return { name, n: samples.length, failures, p50, p95, p99, max: sorted.at(-1)!, perSecond, ok };
}

export const ms = (value: number) => `${value.toFixed(1)}ms`;

export function printRows(
  rows: Summary[],
  verdict: (r: Summary) => string = (r) => (r.ok ? '达标' : '未达标'),
) {
  for (const r of rows) {
    process.stdout.write(
      `  ${r.name.padEnd(24)} n=${r.n} 失败=${r.failures}  p50=${ms(r.p50)}  p95=${ms(r.p95)}  p99=${ms(r.p99)}${r.perSecond ? `  ${r.perSecond.toFixed(0)} 次/秒` : ''}  ${verdict(r)}\n`,
    );
  }
}

/** Runs the HTTP clients in a child process (see load-clients.ts) and waits for its samples. */
export function runClients(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./load-clients.ts', import.meta.url)), {
      execArgv: ['--import', 'tsx'],
    });
    let result: LoadResult | undefined;
    child.on('message', (message) => {
      result = message as LoadResult;
    });
    child.on('exit', (code) =>
      result ? resolve(result) : reject(new Error(`压测客户端进程退出（代码 ${code}）`)),
    );
    child.send(job);
  });
}

/** Times `run` sequentially (one call at a time, so one pool connection at a time) after a warm-up. */
export async function timeSequentially(
  runs: number,
  warmUp: number,
  run: (i: number) => Promise<unknown>,
): Promise<number[]> {
  for (let i = 0; i < warmUp; i++) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run(i);
    samples.push(performance.now() - started);
  }
  return samples;
}
