// `npm run bench`: read latencies at scale, over HTTP, 50 concurrent clients.
// Needs DATABASE_URL (a database filled by `npx fuyuan synth`) and SYNTH_PASSWORD
// (the password synth printed). Starts the app in this process on 127.0.0.1, logs
// in as a synthetic county coordinator and the leader of its city, and measures
// the filtered case list, free-text search and the case page with the clients in
// a child process (load-clients.ts), so that they do not share the server's event
// loop (closed loop, then with a pause between each client's requests), after
// reference requests that read no case (what the machine allows at all); then the
// same reads through the query layer alone (no HTTP, session or JSON), for
// comparison. Then the dashboard for that city and for everything
// (the national leader synth-leader-all), HTTP against the in-process
// loadDashboard (dashboard-slot.ts), and the city's quarterly report with its
// Word and Excel files (report-slot.ts). BENCH_SLOTS=cases,dashboard,report
// picks the slots (all by default).
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { systemClock } from '../src/server/clock';
import { rowsOf } from '../src/server/db/client';
import { readEnv } from '../src/server/env';
import { caseScopeCondition } from '../src/server/features/cases/cases.policy';
import { caseListRowsOf, casePageOf, listCaseIds } from '../src/server/features/cases/cases.queries';
import { buildApp } from '../src/server/http/app';
import type { Principal } from '../src/server/http/principal';
import { openConfiguredDatabase } from '../src/server/start';
import { listCasesQuerySchema } from '../src/shared/api/cases';
import { chinaDate } from '../src/shared/domain/china-time';
import { benchDashboard, type DashboardAccount } from './dashboard-slot';
import { benchCityQuarterReport, lastEndedQuarter } from './report-slot';
import { printRows as print, runClients, summary, TARGET, timeSequentially } from './stats';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const BARE_RUNS = Number(process.env.BENCH_BARE_RUNS ?? 200);
// The case reads are measured twice: with closed-loop clients (each sends its next request as soon
// as the last returns: the server saturated), and with clients that pause about THINK_MS between
// requests, as people at work do (0 skips this).
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 1000);
const THINK_REQUESTS = Number(process.env.BENCH_THINK_REQUESTS ?? 1000);
const DASHBOARD_REQUESTS = Number(process.env.BENCH_DASHBOARD_REQUESTS ?? 100);
// At a million cases one dashboard takes seconds: 50 of them at once on a small machine run into
// the clients' 300 s response timeout, so the dashboard's concurrency can be set on its own.
const DASHBOARD_CONCURRENCY = Number(process.env.BENCH_DASHBOARD_CONCURRENCY ?? CONCURRENCY);
const DASHBOARD_SINGLE = Number(process.env.BENCH_DASHBOARD_SINGLE ?? 10);
// The national dashboard reads every case: 200 sequential runs would take longer than the rest together.
const DASHBOARD_BARE_RUNS = Number(process.env.BENCH_DASHBOARD_BARE_RUNS ?? Math.min(BARE_RUNS, 20));
const REPORT_RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 5);
const SLOTS = new Set((process.env.BENCH_SLOTS ?? 'cases,dashboard,report').split(','));
const NATIONAL_LEADER = 'synth-leader-all';

type Session = { cookie: string; username: string; userId: string; orgId: string; pathPrefix: string };

async function login(address: string, username: string, password: string): Promise<string> {
  const response = await fetch(`${address}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`登录 ${username} 失败：HTTP ${response.status}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('fuyuan_session='))!;
  return cookie.split(';')[0]!;
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
  // A bare Fastify with one constant route, in the same process: the floor of HTTP and clients alone.
  const empty = Fastify();
  empty.get('/', async () => ({ ok: true }));
  const emptyAddress = await empty.listen({ host: '127.0.0.1', port: 0 });
  try {
    const [cases] = rowsOf<{ n: number }>(
      await db.execute(sql`SELECT count(*)::int AS n FROM litigation_cases`),
    );
    // The first county's coordinator and the leader of its city; scope = their government's subtree.
    const accounts = rowsOf<{ username: string; user_id: string; org_id: string; path: string }>(
      await db.execute(sql`
        SELECT u.username, u.id AS user_id, u.organisation_id AS org_id, g.path FROM users u
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
      sessions.push({
        cookie: await login(address, account.username, password),
        username: account.username,
        userId: account.user_id,
        orgId: account.org_id,
        pathPrefix: account.path,
      });
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

    type Target = {
      name: string;
      url: (i: number) => string;
      session: (i: number) => Session;
      address?: string;
    };
    const targets: Target[] = [
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

    // What this machine allows at all, with the same clients: a constant route on a bare Fastify,
    // a request that reads one small row without a session, and one that only resolves the
    // session (one statement). A case read cannot be faster than these; with closed-loop clients
    // (each sends its next request as soon as the last returns) p50 ≈ clients ÷ requests per second.
    const references: typeof targets = [
      {
        name: '参照：空路由（另一个 Fastify）',
        url: () => '/',
        session: () => sessions[0]!,
        address: emptyAddress,
      },
      { name: '参照：健康检查（一条小查询）', url: () => '/api/health', session: () => sessions[0]! },
      { name: '参照：当前账户（只有会话）', url: () => '/api/auth/me', session: (i) => sessions[i % 2]! },
    ];
    const overHttp = async (readTargets: typeof targets, load = { requests: REQUESTS, thinkMs: 0 }) => {
      const rows = [];
      for (const target of readTargets) {
        const requests = Array.from({ length: load.requests }, (_, i) => ({
          url: target.url(i),
          cookie: target.session(i).cookie,
        }));
        const result = await runClients({
          address: target.address ?? address,
          concurrency: CONCURRENCY,
          requests,
          warmUp: 20,
          thinkMs: load.thinkMs,
        });
        rows.push(summary(target.name, result.samples, result.failures, result.elapsedMs));
      }
      return rows;
    };

    // The case list, search and case page: over HTTP, then the query layer alone.
    const benchCaseReads = async (readTargets: typeof targets) => {
      process.stdout.write('\nHTTP，本机下限（同样的客户端，不读案件）：\n');
      print(await overHttp(references), () => '参照');
      process.stdout.write('\nHTTP（含会话、鉴权、序列化），闭环：每个客户端收到响应立即发下一个请求：\n');
      print(await overHttp(readTargets));
      if (THINK_MS > 0) {
        process.stdout.write(
          `\nHTTP，${CONCURRENCY} 个客户端各在两次请求之间停约 ${THINK_MS} ms（0.5–1.5 倍随机）：\n`,
        );
        print(await overHttp(readTargets, { requests: THINK_REQUESTS, thinkMs: THINK_MS }));
      }

      process.stdout.write('\n仅查询层（同样的 SQL，直接执行，单连接顺序执行）：\n');
      const scopeOf = (s: Session) =>
        caseScopeCondition({ scope: { all: false, pathPrefix: s.pathPrefix } } as Principal);
      const bare = async (name: string, run: (i: number) => Promise<unknown>) =>
        summary(name, await timeSequentially(BARE_RUNS, 10, run));
      const listQuery = (extra: string) =>
        listCasesQuerySchema.parse(Object.fromEntries(new URLSearchParams(`pageSize=20&${extra}`)));
      // The statements the routes run (load-case-views.ts): the page's ids and total, then its rows.
      const listPage = async (session: Session, extra: string) => {
        const { ids } = await listCaseIds(db, { scope: scopeOf(session), query: listQuery(extra), today });
        return caseListRowsOf(db, ids);
      };
      print([
        await bare('案件列表（筛选）', (i) => listPage(sessions[i % 2]!, filters[i % filters.length]!)),
        await bare('全文搜索', (i) =>
          listPage(sessions[i % 2]!, `q=${encodeURIComponent(words[i % words.length]!)}`),
        ),
        await bare('案件详情页', (i) => casePageOf(db, sampleIds[i % sampleIds.length]!)),
      ]);
    };

    process.stdout.write(
      `府院压测：${cases!.n} 件案件，${CONCURRENCY} 个并发客户端，每项 ${REQUESTS} 次请求，账户 ${sessions.map((s) => s.username).join('、')}\n`,
    );
    process.stdout.write(`目标：p50/p95/p99 ≤ ${TARGET.p50}/${TARGET.p95}/${TARGET.p99} ms\n`);
    const today = chinaDate(systemClock.now());
    if (SLOTS.has('cases')) await benchCaseReads(targets);

    const leader = sessions.find((s) => s.username.startsWith('synth-leader-'))!;
    if (SLOTS.has('dashboard')) {
      const dashboardAccounts: DashboardAccount[] = [
        { label: '一个市', username: leader.username, userId: leader.userId, cookie: leader.cookie },
      ];
      const [national] = rowsOf<{ id: string }>(
        await db.execute(sql`SELECT id FROM users WHERE username = ${NATIONAL_LEADER}`),
      );
      if (national) {
        dashboardAccounts.push({
          label: '全部地区',
          username: NATIONAL_LEADER,
          userId: national.id,
          cookie: await login(address, NATIONAL_LEADER, password),
        });
      }
      await benchDashboard({
        db,
        address,
        accounts: dashboardAccounts,
        period: { from: process.env.BENCH_DASHBOARD_FROM ?? `${today.slice(0, 4)}-01-01`, to: today },
        concurrency: DASHBOARD_CONCURRENCY,
        requests: DASHBOARD_REQUESTS,
        singleRequests: DASHBOARD_SINGLE,
        bareRuns: DASHBOARD_BARE_RUNS,
      });
      if (!national) {
        process.stdout.write(
          `  全部地区：数据库中没有 ${NATIONAL_LEADER}（由旧版 synth 生成），未测；请用新版 synth 重新生成\n`,
        );
      }
    }
    if (SLOTS.has('report')) {
      await benchCityQuarterReport({
        db,
        cityGovernmentId: leader.orgId,
        periodKey: process.env.BENCH_REPORT_QUARTER ?? lastEndedQuarter(today),
        runs: REPORT_RUNS,
        now: systemClock.now(),
      });
    }
    return 0;
  } finally {
    await app.close();
    await empty.close();
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
