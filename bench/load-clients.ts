// The load generator of `npm run bench`, in its own process (forked by run.ts): the
// 50 HTTP clients must not share the server's event loop, or the time they spend
// building requests and reading responses would be counted as server latency.
// Receives one job over IPC, answers with the samples.
import http from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadJob {
  address: string;
  concurrency: number;
  /** One entry per request, in order: the path and the session cookie to send. */
  requests: { url: string; cookie: string }[];
  warmUp: number;
  /**
   * Mean pause of each client between a response and its next request, in ms. 0 (closed loop):
   * every client sends again at once, which measures the server saturated. Above 0, each pause is
   * drawn uniformly from 0.5–1.5 × this (and each client starts after a random part of it), so
   * that the clients do not move in step.
   */
  thinkMs?: number;
}

export interface LoadResult {
  samples: number[];
  /** Wall time of the measured requests (after the warm-up), for the throughput. */
  elapsedMs: number;
  failures: number;
  statuses: Record<string, number>;
}

async function runJob(job: LoadJob): Promise<LoadResult> {
  // node:http on a keep-alive agent with one socket per client, rather than fetch: undici's
  // fetch costs several times more CPU per request, and on a 2-core machine the clients share
  // the cores with the server and PostgreSQL (measured: a trivial route at 50 clients, p50
  // 16 ms with fetch, 6 ms with this), so a heavy client inflates the latencies it measures.
  const { hostname, port } = new URL(job.address);
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
  const get = (r: { url: string; cookie: string }) =>
    new Promise<number>((resolve, reject) => {
      const request = http.get(
        { hostname, port, path: r.url, agent, headers: { cookie: r.cookie } },
        (response) => {
          response.resume(); // read and discard the body
          response.on('end', () => resolve(response.statusCode ?? 0));
          response.on('error', reject);
        },
      );
      request.on('error', reject);
    });
  // Warm up: plans, caches and pool connections.
  for (let i = 0; i < Math.min(job.warmUp, job.requests.length); i++) await get(job.requests[i]!);
  const samples: number[] = [];
  const statuses: Record<string, number> = {};
  let failures = 0;
  let next = 0;
  const began = performance.now();
  const think = job.thinkMs ?? 0;
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  await Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      if (think > 0) await pause(Math.random() * think);
      while (next < job.requests.length) {
        const request = job.requests[next++]!;
        const started = performance.now();
        const status = await get(request);
        samples.push(performance.now() - started);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status !== 200) failures++;
        if (think > 0) await pause(think * (0.5 + Math.random()));
      }
    }),
  );
  return { samples, elapsedMs: performance.now() - began, failures, statuses };
}

process.on('message', (job: LoadJob) => {
  runJob(job).then(
    (result) => process.send!(result, () => process.exit(0)),
    (error) => {
      process.stderr.write(`压测客户端失败：${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
});
