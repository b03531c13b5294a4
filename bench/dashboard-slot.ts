// The dashboard slots of `npm run bench`: GET /api/dashboard for one city's
// leader and for the national leader (synth-leader-all, whose scope is every
// case), over HTTP with the concurrent clients and with one client, and the
// bare figure: the same loadDashboard the route calls, in this process, with
// the principal the server builds for that user (loadUserPrincipal), called
// sequentially. Target: the dashboard within 2× its bare SQL.
import { systemClock } from '../src/server/clock';
import type { Db } from '../src/server/db/client';
import { loadUserPrincipal } from '../src/server/features/auth/load-principal';
import { loadDashboard } from '../src/server/features/dashboard/load-dashboard';
import { dashboardQuerySchema } from '../src/shared/api/dashboard';
import { ms, runClients, type Summary, summary, timeSequentially } from './stats';

export interface DashboardAccount {
  label: string;
  username: string;
  userId: string;
  cookie: string;
}

export interface DashboardSlotOptions {
  db: Db;
  address: string;
  accounts: DashboardAccount[];
  /** The period, e.g. { from: '2026-01-01', to: '2026-11-22' }. */
  period: { from: string; to: string };
  concurrency: number;
  requests: number;
  singleRequests: number;
  bareRuns: number;
}

const RATIO_TARGET = 2;

type Kpi = { indicatorId: string; numerator: number; denominator: number };

// The HTTP figures only mean something if the endpoint returns what the bare call computes.
function sameKpis(http: Kpi[], bare: Kpi[]): boolean {
  const key = (k: Kpi) => `${k.indicatorId}:${k.numerator}/${k.denominator}`;
  return JSON.stringify(http.map(key)) === JSON.stringify(bare.map(key));
}

function ratioLine(label: string, http: Summary, bare: Summary): string {
  const ratio = http.p50 / bare.p50;
  const verdict = ratio <= RATIO_TARGET ? '达标' : '未达标';
  return `    ${label} p50 ÷ 仅查询层 p50 = ${ms(http.p50)} ÷ ${ms(bare.p50)} = ${ratio.toFixed(2)} 倍（目标 ≤ ${RATIO_TARGET} 倍）${verdict}\n`;
}

export async function benchDashboard(options: DashboardSlotOptions): Promise<void> {
  const { db, address, accounts, period } = options;
  const queryString = `from=${period.from}&to=${period.to}`;
  const query = dashboardQuerySchema.parse({ from: period.from, to: period.to });
  process.stdout.write(
    `\n仪表盘 GET /api/dashboard?${queryString}（HTTP ${options.concurrency} 并发每个账户 ${options.requests} 次、` +
      `单客户端 ${options.singleRequests} 次；仅查询层为进程内调用 loadDashboard，顺序执行 ${options.bareRuns} 次）：\n`,
  );
  for (const account of accounts) {
    const loaded = await loadUserPrincipal(db, account.userId);
    if (!loaded) throw new Error(`找不到账户 ${account.username}`);
    const bareCall = () => loadDashboard({ db, principal: loaded.principal, now: systemClock.now() }, query);

    const check = await fetch(`${address}/api/dashboard?${queryString}`, {
      headers: { cookie: account.cookie },
    });
    if (check.status !== 200) throw new Error(`仪表盘（${account.username}）返回 HTTP ${check.status}`);
    const body = (await check.json()) as { kpis: Kpi[]; scopeName: string };
    const reference = await bareCall();
    if (!sameKpis(body.kpis, reference.kpis)) {
      throw new Error(`仪表盘（${account.username}）经 HTTP 与进程内调用的指标不一致，压测结果无意义`);
    }
    const cases = reference.counts.find((c) => c.key === 'received')?.count ?? 0;
    const head = reference.kpis.find((k) => k.indicatorId === 'head-appearance');
    process.stdout.write(
      `  ${account.label}：${account.username}，范围“${body.scopeName}”，本期收案 ${cases} 件，` +
        `负责人出庭应诉率分母 ${head?.denominator ?? 0}\n`,
    );

    const request = { url: `/api/dashboard?${queryString}`, cookie: account.cookie };
    const concurrent = await runClients({
      address,
      concurrency: options.concurrency,
      requests: Array.from({ length: options.requests }, () => request),
      warmUp: 0, // the check request above has warmed the server up
    });
    const single = await runClients({
      address,
      concurrency: 1,
      requests: Array.from({ length: options.singleRequests }, () => request),
      warmUp: 0,
    });
    const bare = summary('仅查询层', await timeSequentially(options.bareRuns, 0, bareCall));
    const rows = [
      summary(`HTTP ${options.concurrency} 并发`, concurrent.samples, concurrent.failures),
      summary('HTTP 单客户端', single.samples, single.failures),
      bare,
    ];
    for (const r of rows) {
      process.stdout.write(
        `    ${r.name.padEnd(14)} n=${r.n} 失败=${r.failures}  p50=${ms(r.p50)}  p95=${ms(r.p95)}  p99=${ms(r.p99)}  max=${ms(r.max)}\n`,
      );
    }
    process.stdout.write(ratioLine(`HTTP ${options.concurrency} 并发`, rows[0]!, bare));
    process.stdout.write(ratioLine('HTTP 单客户端', rows[1]!, bare));
  }
}
