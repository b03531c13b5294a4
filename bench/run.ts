// `npm run bench`: read latencies at scale, over HTTP, 50 concurrent clients.
// Needs DATABASE_URL (a database filled by `npx fuyuan synth`) and SYNTH_PASSWORD
// (the password synth printed). Starts the app in this process on 127.0.0.1, logs
// in as a synthetic county coordinator and the leader of its city, and measures
// the filtered case list, free-text search and the case page with the clients in
// a child process (load-clients.ts), so that they do not share the server's event
// loop; then the same reads through the query layer alone (no HTTP, session or
// JSON), for comparison.
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { systemClock } from '../src/server/clock';
import { rowsOf } from '../src/server/db/client';
import { readEnv } from '../src/server/env';
import { caseScopeCondition } from '../src/server/features/cases/cases.policy';
import {
  caseEventsOf,
  deadlinesOf,
  defendantsOf,
  findCase,
  hearingsOf,
  listCases,
  partiesOf,
} from '../src/server/features/cases/cases.queries';
import { buildApp } from '../src/server/http/app';
import type { Principal } from '../src/server/http/principal';
import { openConfiguredDatabase } from '../src/server/start';
import { listCasesQuerySchema } from '../src/shared/api/cases';
import { chinaDate } from '../src/shared/domain/china-time';
import type { LoadJob, LoadResult } from './load-clients';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const BARE_RUNS = Number(process.env.BENCH_BARE_RUNS ?? 200);
const TARGET = { p50: 25, p95: 75, p99: 150 };

type Session = { cookie: string; username: string; pathPrefix: string };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summary(name: string, samples: number[], failures = 0) {
  const sorted = [...samples].sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(sorted, p));
  const ok = p50! <= TARGET.p50 && p95! <= TARGET.p95 && p99! <= TARGET.p99;
  return { name, n: samples.length, failures, p50: p50!, p95: p95!, p99: p99!, ok };
}

function print(rows: ReturnType<typeof summary>[]) {
  for (const r of rows) {
    const verdict = r.ok ? '达标' : '未达标';
    process.stdout.write(
      `  ${r.name.padEnd(24)} n=${r.n} 失败=${r.failures}  p50=${r.p50.toFixed(1)}ms  p95=${r.p95.toFixed(1)}ms  p99=${r.p99.toFixed(1)}ms  ${verdict}\n`,
    );
  }
}

/** Runs the HTTP clients in a child process (see load-clients.ts) and waits for its samples. */
function runClients(job: LoadJob): Promise<LoadResult> {
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

async function main() {
  const env = readEnv();
  const password = process.env.SYNTH_PASSWORD;
  if (!env.databaseUrl || !password) {
    process.stderr.write(
      '请设置 DATABASE_URL（由 npx fuyuan synth 填充的数据库）和 SYNTH_PASSWORD（synth 打印的密码）\n',
    );
    return 2;
  }
  const database = await openConfiguredDatabase(env);
  const db = database.db;
  const app = await buildApp({
    database,
    clock: systemClock,
    config: { loginRateLimit: 10_000, cookieSecure: false, trustProxy: false, logLevel: 'silent' },
  });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const [cases] = rowsOf<{ n: number }>(
      await db.execute(sql`SELECT count(*)::int AS n FROM litigation_cases`),
    );
    // The first county's coordinator and the leader of its city; scope = their government's subtree.
    const accounts = rowsOf<{ username: string; path: string }>(
      await db.execute(sql`
        SELECT u.username, g.path FROM users u
        JOIN organisations o ON o.id = u.organisation_id
        JOIN organisations g ON g.id = CASE WHEN o.kind = 'government' THEN o.id ELSE o.parent_id END
        WHERE u.username = (SELECT min(username) FROM users WHERE username LIKE 'synth-coord-%')
           OR u.username = (SELECT 'synth-leader-' || substr(min(username), 13, 4) || '00' FROM users WHERE username LIKE 'synth-coord-%')
        ORDER BY u.username`),
    );
    if (accounts.length !== 2)
      throw new Error('数据库中没有 synth 生成的协调员和领导账户，请先运行 npx fuyuan synth');
    const sessions: Session[] = [];
    for (const account of accounts) {
      const response = await fetch(`${address}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: account.username, password }),
      });
      if (response.status !== 200) throw new Error(`登录 ${account.username} 失败：HTTP ${response.status}`);
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith('fuyuan_session='))!;
      sessions.push({ cookie: cookie.split(';')[0]!, username: account.username, pathPrefix: account.path });
    }
    // Case ids in the coordinator's scope, and search words that occur in the data.
    const sampleIds = rowsOf<{ id: string }>(
      await db.execute(sql`SELECT d.case_id AS id FROM case_defendants d
        WHERE d.org_path LIKE ${`${sessions.find((s) => s.username.startsWith('synth-coord-'))!.pathPrefix}%`} LIMIT 300`),
    ).map((r) => r.id);
    const words = ['王伟', '行政处罚', '公安局', '有限公司', '工伤认定', '李', '不动产登记', '张敏'];
    const filters = [
      'stage=closed',
      'stage=pending-hearing',
      'isLost=true',
      'causeCode=penalty',
      'sort=nextDeadline&order=asc',
      'isOverdue=true',
      'domainCode=public-security',
      '',
    ];

    const targets: { name: string; url: (i: number) => string; session: (i: number) => Session }[] = [
      {
        name: '案件列表（筛选）',
        url: (i) => `/api/cases?pageSize=20&${filters[i % filters.length]}`,
        session: (i) => sessions[i % 2]!,
      },
      {
        name: '全文搜索',
        url: (i) => `/api/cases?pageSize=20&q=${encodeURIComponent(words[i % words.length]!)}`,
        session: (i) => sessions[i % 2]!,
      },
      {
        name: '案件详情页',
        url: (i) => `/api/cases/${sampleIds[i % sampleIds.length]}`,
        session: () => sessions.find((s) => s.username.startsWith('synth-coord-'))!,
      },
    ];

    process.stdout.write(
      `府院压测：${cases!.n} 件案件，${CONCURRENCY} 个并发客户端，每项 ${REQUESTS} 次请求，账户 ${sessions.map((s) => s.username).join('、')}\n`,
    );
    process.stdout.write(
      `目标：p50/p95/p99 ≤ ${TARGET.p50}/${TARGET.p95}/${TARGET.p99} ms\n\nHTTP（含会话、鉴权、序列化）：\n`,
    );
    const httpRows = [];
    for (const target of targets) {
      const requests = Array.from({ length: REQUESTS }, (_, i) => ({
        url: target.url(i),
        cookie: target.session(i).cookie,
      }));
      const result = await runClients({ address, concurrency: CONCURRENCY, requests, warmUp: 20 });
      httpRows.push(summary(target.name, result.samples, result.failures));
    }
    print(httpRows);

    process.stdout.write('\n仅查询层（同样的 SQL，直接执行，单连接顺序执行）：\n');
    const today = chinaDate(systemClock.now());
    const scopeOf = (s: Session) =>
      caseScopeCondition({ scope: { all: false, pathPrefix: s.pathPrefix } } as Principal);
    const bare = async (name: string, run: (i: number) => Promise<unknown>) => {
      for (let i = 0; i < 10; i++) await run(i);
      const samples: number[] = [];
      for (let i = 0; i < BARE_RUNS; i++) {
        const started = performance.now();
        await run(i);
        samples.push(performance.now() - started);
      }
      return summary(name, samples);
    };
    const listQuery = (extra: string) =>
      listCasesQuerySchema.parse(Object.fromEntries(new URLSearchParams(`pageSize=20&${extra}`)));
    print([
      await bare('案件列表（筛选）', (i) =>
        listCases(db, {
          scope: scopeOf(sessions[i % 2]!),
          query: listQuery(filters[i % filters.length]!),
          today,
        }),
      ),
      await bare('全文搜索', (i) =>
        listCases(db, {
          scope: scopeOf(sessions[i % 2]!),
          query: listQuery(`q=${encodeURIComponent(words[i % words.length]!)}`),
          today,
        }),
      ),
      await bare('案件详情页', async (i) => {
        const id = sampleIds[i % sampleIds.length]!;
        await Promise.all([
          findCase(db, id),
          defendantsOf(db, [id]),
          partiesOf(db, [id]),
          caseEventsOf(db, id),
          deadlinesOf(db, [id]),
          hearingsOf(db, id),
        ]);
      }),
    ]);
    process.stdout.write(
      '\n  仪表盘                   未实现（待仪表盘/报告完成）\n  市级季度报告             未实现（待仪表盘/报告完成）\n',
    );
    return 0;
  } finally {
    await app.close();
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`压测失败：${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
