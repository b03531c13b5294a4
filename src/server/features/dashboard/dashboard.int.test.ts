// The dashboard against hand-computed values on a register built through the
// HTTP API by the city's coordinator, for the third quarter of 2026 (previous
// period: the second quarter). Clock: 2026-11-02 09:00 China time.
//
//  case agency (region)        served  hearings (held) → head appeared?   judgment (served)             cause / domain
//  K1   柯城区自然资源 (柯城区)  06-10   06-20 yes                          撤销, 败诉 程序 (07-20)         penalty / natural-resources
//  K2   柯城区自然资源 (柯城区)  07-05   07-15 yes                          驳回诉讼请求 (08-20)             penalty / natural-resources
//  K3   柯城区自然资源 (柯城区)  08-01   08-10 no; scheduled 11-05 (asked), 11-25      —              licensing / natural-resources
//  K4   柯城区住建 (柯城区)      07-10   08-05 yes                          确认违法, 败诉 法律 (09-10)      penalty / urban-construction
//  Q1   衢江区自然资源 (衢江区)  07-02   07-20 no                           撤销, 败诉 程序 (08-25)         licensing / natural-resources
//  Q2   衢江区自然资源 (衢江区)  05-01   05-20 no; scheduled 11-10                   —              penalty / natural-resources
//  C1   衢州市自然资源 (市本级)  08-03   09-01 yes                                   —              penalty / natural-resources
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { absent, caseRegistrar, head, hearing, judge } from '../../test/case-fixtures';
import { findOrgByName } from '../../test/factories';
import type { TestApp, TestClient } from '../../test/test-app';
import { setUpSuggestionsTest } from '../suggestions/suggestions.test-helpers';

let t: TestApp;
let city: TestClient;
let kecheng: TestClient;
let qujiang: TestClient;
let leader: TestClient;
let court: TestClient;
let ids: Record<string, string>;
const Q3 = 'from=2026-07-01&to=2026-09-30';
const numbers: Record<string, string> = {};

beforeAll(async () => {
  ({ t, ids, coordinator: kecheng, qujiang, leader, court } = await setUpSuggestionsTest());
  city = await t.login('city-coordinator');
  for (const [key, name] of Object.entries({
    cityZiran: '衢州市自然资源和规划局',
    cityCourt: '衢州市中级人民法院',
    qujiangGov: '衢江区人民政府',
    cityGov: '衢州市人民政府',
  })) {
    ids[key] = (await findOrgByName(t.database.db, name)).id;
  }

  // The city's coordinator enters every case; the city's own agency is sued
  // before the intermediate court, the counties' before 龙游县人民法院.
  const registrar = caseRegistrar({
    court: { id: ids.longyouCourt!, courtCode: '浙0825' },
    firstNumber: 200,
    subject: '作出的行政决定',
  });
  const cityCourt = { id: ids.cityCourt!, courtCode: '浙08' };
  const registerCase = (
    agency: string,
    servedOn: string,
    causeCode: string,
    domainCode = 'natural-resources',
  ) =>
    registrar(city, {
      agencyId: ids[agency]!,
      servedOn,
      causeCode,
      domainCode,
      ...(agency === 'cityZiran' ? { court: cityCourt } : {}),
    });
  const heard = (caseId: string, agency: string, at: string, didHeadAppear: boolean) =>
    hearing(city, caseId, {
      at,
      appearance: { defendantOrgId: ids[agency]!, ...(didHeadAppear ? head() : absent) },
    });

  const k1 = await registerCase('ziran', '2026-06-10', 'penalty');
  await heard(k1.id, 'ziran', '2026-06-20', true);
  await judge(city, k1.id, { result: 'revoke', lossReason: 'procedure', servedOn: '2026-07-20' });

  const k2 = await registerCase('ziran', '2026-07-05', 'penalty');
  await heard(k2.id, 'ziran', '2026-07-15', true);
  await judge(city, k2.id, { result: 'dismiss-claims', servedOn: '2026-08-20' });

  const k3 = await registerCase('ziran', '2026-08-01', 'licensing');
  await heard(k3.id, 'ziran', '2026-08-10', false);
  await hearing(city, k3.id, { at: '2026-11-05T09:30:00', isHeadRequested: true });
  await hearing(city, k3.id, { at: '2026-11-25T09:30:00' });

  const k4 = await registerCase('zhujian', '2026-07-10', 'penalty', 'urban-construction');
  await heard(k4.id, 'zhujian', '2026-08-05', true);
  await judge(city, k4.id, { result: 'confirm-illegal', lossReason: 'wrong-law', servedOn: '2026-09-10' });

  const q1 = await registerCase('qujiangZiran', '2026-07-02', 'licensing');
  await heard(q1.id, 'qujiangZiran', '2026-07-20', false);
  await judge(city, q1.id, { result: 'revoke', lossReason: 'procedure', servedOn: '2026-08-25' });

  const q2 = await registerCase('qujiangZiran', '2026-05-01', 'penalty');
  await heard(q2.id, 'qujiangZiran', '2026-05-20', false);
  await hearing(city, q2.id, { at: '2026-11-10T14:00:00' });

  const c1 = await registerCase('cityZiran', '2026-08-03', 'penalty');
  await heard(c1.id, 'cityZiran', '2026-09-01', true);

  Object.assign(numbers, { k1: k1.number, k2: k2.number, k3: k3.number, k4: k4.number });
  Object.assign(numbers, { q1: q1.number, q2: q2.number, c1: c1.number });
}, 120_000);
afterAll(async () => t?.close());

type Numbers = { numerator: number; denominator: number; rateLabel: string };
const triple = (v: Numbers) => [v.numerator, v.denominator, v.rateLabel];

async function dashboard(client: TestClient, query = Q3) {
  const response = await client.get(`/api/dashboard?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}
const kpi = (body: any, id: string) => body.kpis.find((k: { indicatorId: string }) => k.indicatorId === id);
const valueIn = (values: (Numbers & { indicatorId: string })[], id: string) =>
  values.find((v) => v.indicatorId === id)!;

describe('the city’s dashboard for a quarter', () => {
  it('shows each KPI with the previous quarter and the change in percentage points', async () => {
    const body = await dashboard(city);
    expect(body.previousPeriod).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(body.scopeName).toBe('衢州市人民政府');
    expect(body.regionOptions.map((r: { name: string; depth: number }) => [r.name, r.depth])).toEqual([
      ['衢州市人民政府', 0],
      ['柯城区人民政府', 1],
      ['衢江区人民政府', 1],
      ['龙游县人民政府', 1],
    ]);
    // The 统计指标 page offers the same regions: its definitions call lists them.
    expect((await city.get('/api/indicators')).body.regionOptions).toEqual(body.regionOptions);
    const head = kpi(body, 'head-appearance');
    // K2, K4, C1 of K2, K3, K4, Q1, C1 — before: K1 of K1, Q2.
    expect(triple(head)).toEqual([3, 5, '60.0%']);
    expect(triple(head.previous)).toEqual([1, 2, '50.0%']);
    expect(head.change).toBe(10);
    // The card carries its definition, as the indicator page shows it.
    expect(head.definition).toMatchObject({ id: 'per-case', key: 'head-appearance/per-case@1' });
    expect(head.definition.numerator).toMatch(/负责人/);
    expect(head.dateBasis).toMatch(/开庭/);
    // K1, K4, Q1 lost of K1, K2, K4, Q1; nothing judged in the second quarter.
    const loss = kpi(body, 'loss');
    expect(triple(loss)).toEqual([3, 4, '75.0%']);
    expect(triple(loss.previous)).toEqual([0, 0, '无数据']);
    expect(loss.change).toBeNull();
    expect(triple(kpi(body, 'correction'))).toEqual([3, 4, '75.0%']);
    expect(body.counts).toEqual([
      { key: 'received', label: '收案数', count: 5, previous: 2 },
      { key: 'judged', label: '审结数', count: 4, previous: 0 },
      { key: 'hearings', label: '开庭数', count: 5, previous: 2 },
    ]);
  });

  it('compares a quarter to date with the same stretch of the quarter before', async () => {
    const body = await dashboard(city, 'from=2026-07-01&to=2026-08-15');
    expect(body.previousPeriod).toEqual({ from: '2026-04-01', to: '2026-05-15' });
  });

  it('agrees with the indicator values and opens as many records as each KPI shows', async () => {
    const body = await dashboard(city);
    const values = (await city.get(`/api/indicators/values?${Q3}`)).body.items;
    for (const item of values) {
      expect(triple(kpi(body, item.indicatorId)), item.indicatorId).toEqual(triple(item));
    }
    const records = await city.get(`/api/indicators/head-appearance/records?${Q3}&part=denominator`);
    expect(records.body.total).toBe(kpi(body, 'head-appearance').denominator);
  });

  it('opens the cases behind 收案数 and 审结数 and the hearings behind 开庭数, as many as shown', async () => {
    const body = await dashboard(city);
    const listed = async (by: string, query = Q3) => {
      const response = await city.get(`/api/indicators/counts/records?${query}&by=${by}&key=all&pageSize=50`);
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return response.body;
    };
    const received = await listed('received');
    expect(received.label).toBe('收案数');
    expect(received.total).toBe(5);
    expect(received.items.map((i: { number: string }) => i.number).sort()).toEqual(
      [numbers.k2, numbers.k3, numbers.k4, numbers.q1, numbers.c1].sort(),
    );
    const judged = await listed('judged');
    expect(judged.items.map((i: { number: string; date: string }) => [i.number, i.date])).toEqual([
      [numbers.k1, '2026-07-20'],
      [numbers.k2, '2026-08-20'],
      [numbers.q1, '2026-08-25'],
      [numbers.k4, '2026-09-10'],
    ]);
    // One row per hearing held, on its China date.
    const hearings = await listed('hearings');
    expect(hearings.items.map((i: { number: string; date: string }) => [i.number, i.date])).toEqual([
      [numbers.k2, '2026-07-15'],
      [numbers.q1, '2026-07-20'],
      [numbers.k4, '2026-08-05'],
      [numbers.k3, '2026-08-10'],
      [numbers.c1, '2026-09-01'],
    ]);
    const totals = Object.fromEntries(
      body.counts.map((c: { key: string; count: number }) => [c.key, c.count]),
    );
    expect([received.total, judged.total, hearings.total]).toEqual([
      totals.received,
      totals.judged,
      totals.hearings,
    ]);
    // The previous quarter's numbers list as many too.
    const previousOf = (key: string) => body.counts.find((c: { key: string }) => c.key === key).previous;
    const q2 = 'from=2026-04-01&to=2026-06-30';
    expect((await listed('received', q2)).total).toBe(previousOf('received'));
    expect((await listed('hearings', q2)).total).toBe(previousOf('hearings'));
    const unknown = await city.get(`/api/indicators/counts/records?${Q3}&by=nothing&key=all`);
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('统计维度无效');
  });

  it('gives the monthly trend and the new cases of each month', async () => {
    const body = await dashboard(city);
    expect(body.trend.months).toEqual(['2026-07', '2026-08', '2026-09']);
    expect(body.trend.isTruncated).toBe(false);
    const series = (id: string) =>
      body.trend.series.find((s: { indicatorId: string }) => s.indicatorId === id).points.map(triple);
    // July: K2 (yes), Q1 (no); August: K3 (no), K4 (yes); September: C1 (yes).
    expect(series('head-appearance')).toEqual([
      [1, 2, '50.0%'],
      [1, 2, '50.0%'],
      [1, 1, '100.0%'],
    ]);
    // July: K1 lost; August: K2 won, Q1 lost; September: K4 lost.
    expect(series('loss')).toEqual([
      [1, 1, '100.0%'],
      [1, 2, '50.0%'],
      [1, 1, '100.0%'],
    ]);
    expect(body.trend.newCases).toEqual([
      { month: '2026-07', count: 3 },
      { month: '2026-08', count: 2 },
      { month: '2026-09', count: 0 },
    ]);
  });

  it('lists each county, the city’s own level and the total, the parts adding up to the total', async () => {
    const body = await dashboard(city);
    expect(body.regions.map((r: { name: string; kind: string }) => [r.name, r.kind])).toEqual([
      ['柯城区', 'region'],
      ['衢江区', 'region'],
      ['龙游县', 'region'],
      ['衢州市本级', 'own'],
      ['合计', 'total'],
    ]);
    const row = (name: string) => body.regions.find((r: { name: string }) => r.name === name).values;
    expect(triple(valueIn(row('柯城区'), 'head-appearance'))).toEqual([2, 3, '66.7%']);
    expect(triple(valueIn(row('衢江区'), 'head-appearance'))).toEqual([0, 1, '0.0%']);
    expect(triple(valueIn(row('龙游县'), 'head-appearance'))).toEqual([0, 0, '无数据']);
    expect(triple(valueIn(row('衢州市本级'), 'head-appearance'))).toEqual([1, 1, '100.0%']);
    expect(triple(valueIn(row('柯城区'), 'loss'))).toEqual([2, 3, '66.7%']);
    const parts = body.regions.filter((r: { kind: string }) => r.kind !== 'total');
    for (const k of body.kpis) {
      const total = valueIn(row('合计'), k.indicatorId);
      expect(triple(total), k.indicatorId).toEqual(triple(k));
      for (const part of ['numerator', 'denominator'] as const) {
        const sum = parts.reduce((n: number, r: any) => n + valueIn(r.values, k.indicatorId)[part], 0);
        expect(sum, `${k.indicatorId} ${part}`).toBe(total[part]);
      }
    }
  });

  it('drills a region row down to exactly its records, the own level included', async () => {
    const body = await dashboard(city);
    const kechengRow = body.regions.find((r: { name: string }) => r.name === '柯城区');
    const kechengRecords = await city.get(
      `/api/indicators/head-appearance/records?${Q3}&part=denominator&regionId=${kechengRow.regionId}`,
    );
    expect(kechengRecords.body.items.map((i: { number: string }) => i.number).sort()).toEqual(
      [numbers.k2, numbers.k3, numbers.k4].sort(),
    );
    const own = await city.get(
      `/api/indicators/head-appearance/records?${Q3}&part=denominator&regionLevel=own`,
    );
    expect(own.body.items.map((i: { number: string }) => i.number)).toEqual([numbers.c1]);
    const ownDashboard = await dashboard(city, `${Q3}&regionId=${ids.cityGov}&regionLevel=own`);
    expect(triple(kpi(ownDashboard, 'head-appearance'))).toEqual([1, 1, '100.0%']);
    expect(ownDashboard.regions).toEqual([]);
    // A region may be named by its 司法局 too.
    const bySifa = await dashboard(city, `${Q3}&regionId=${ids.kechengSifa}`);
    expect(triple(kpi(bySifa, 'head-appearance'))).toEqual([2, 3, '66.7%']);
  });

  it('ranks the agencies by 出庭应诉率 and by 败诉率', async () => {
    const body = await dashboard(city);
    const ranking = (id: string) =>
      body.rankings
        .find((r: { indicatorId: string }) => r.indicatorId === id)
        .rows.map((r: Numbers & { rank: number; agencyName: string }) => [
          r.rank,
          r.agencyName,
          ...triple(r),
        ]);
    expect(ranking('head-appearance')).toEqual([
      [1, '柯城区住房和城乡建设局', 1, 1, '100.0%'],
      [1, '衢州市自然资源和规划局', 1, 1, '100.0%'],
      [3, '柯城区自然资源和规划局', 1, 2, '50.0%'],
      [4, '衢江区自然资源和规划局', 0, 1, '0.0%'],
    ]);
    expect(ranking('loss')).toEqual([
      [1, '柯城区住房和城乡建设局', 1, 1, '100.0%'],
      [1, '衢江区自然资源和规划局', 1, 1, '100.0%'],
      [3, '柯城区自然资源和规划局', 1, 2, '50.0%'],
    ]);
  });

  it('breaks the cases down by cause, domain and loss reason in Chinese', async () => {
    const body = await dashboard(city);
    const groups = (by: string) =>
      body.breakdowns
        .find((b: { by: string }) => b.by === by)
        .groups.map((g: { label: string; count: number }) => [g.label, g.count]);
    // Served in the quarter: K2, K3, K4, Q1, C1.
    expect(groups('cause')).toEqual([
      ['行政处罚', 3],
      ['行政许可', 2],
    ]);
    expect(groups('domain')).toEqual([
      ['自然资源', 4],
      ['城乡建设', 1],
    ]);
    // Judged lost in the quarter: K1, Q1 (程序), K4 (法律).
    expect(groups('loss-reason')).toEqual([
      ['违反法定程序', 2],
      ['适用法律错误', 1],
    ]);
  });

  it('lists the hearings of the next 14 days in scope, earliest first', async () => {
    const body = await dashboard(city);
    expect(
      body.upcomingHearings.map((h: any) => [h.caseNumber, h.scheduledAt, h.isHeadRequested, h.defendants]),
    ).toEqual([
      [numbers.k3, '2026-11-05T01:30:00Z', true, ['柯城区自然资源和规划局']],
      [numbers.q2, '2026-11-10T06:00:00Z', false, ['衢江区自然资源和规划局']],
    ]);
    expect(body.upcomingHearings[0].courtName).toBe('龙游县人民法院');
    expect(body.upcomingHearingTotal).toBe(2);
  });

  it('shows a read-only leader the same', async () => {
    const mine = await dashboard(city);
    const theirs = await dashboard(leader);
    expect(theirs.kpis).toEqual(mine.kpis);
    expect(theirs.regions).toEqual(mine.regions);
  });
});

describe('scope and validation', () => {
  it('shows a county only its own cases, with no region rows', async () => {
    const body = await dashboard(kecheng);
    expect(triple(kpi(body, 'head-appearance'))).toEqual([2, 3, '66.7%']);
    expect(triple(kpi(body, 'loss'))).toEqual([2, 3, '66.7%']);
    expect(body.regions).toEqual([]);
    expect(body.regionOptions.map((r: { name: string }) => r.name)).toEqual(['柯城区人民政府']);
    expect(body.upcomingHearings.map((h: { caseNumber: string }) => h.caseNumber)).toEqual([numbers.k3]);
    expect(body.upcomingHearingTotal).toBe(1);
    const names = body.rankings.flatMap((r: any) =>
      r.rows.map((row: { agencyName: string }) => row.agencyName),
    );
    expect(names.every((n: string) => n.startsWith('柯城区'))).toBe(true);
    const other = await dashboard(qujiang);
    expect(triple(kpi(other, 'head-appearance'))).toEqual([0, 1, '0.0%']);
  });

  it('answers concurrent requests each for its own caller and filter (shared only when identical)', async () => {
    const [cityBody, cityAgain, county, otherCounty, cityQ2] = await Promise.all([
      dashboard(city),
      dashboard(city),
      dashboard(kecheng),
      dashboard(qujiang),
      dashboard(city, 'from=2026-04-01&to=2026-06-30'),
    ]);
    expect(cityAgain).toEqual(cityBody);
    expect(triple(kpi(cityBody, 'loss'))).not.toEqual(triple(kpi(county, 'loss')));
    expect(triple(kpi(county, 'head-appearance'))).toEqual([2, 3, '66.7%']);
    expect(triple(kpi(otherCounty, 'head-appearance'))).toEqual([0, 1, '0.0%']);
    expect(cityQ2.from).toBe('2026-04-01');
    expect(kpi(cityQ2, 'head-appearance').denominator).toBe(
      kpi(cityBody, 'head-appearance').previous.denominator,
    );
  });

  it('refuses a region outside the caller’s scope, naming the field', async () => {
    for (const url of [
      `/api/dashboard?${Q3}&regionId=${ids.qujiangGov}`,
      `/api/indicators/head-appearance/records?${Q3}&regionId=${ids.qujiangGov}`,
    ]) {
      const response = await kecheng.get(url);
      expect(response.status).toBe(403);
      expect(response.body.error.details).toEqual([
        { field: 'regionId', message: '所选地区不在您的统计范围内，请从列表中选择' },
      ]);
    }
  });

  it('refuses an organisation that is not a region, and malformed filters, in Chinese', async () => {
    const agency = await city.get(`/api/dashboard?${Q3}&regionId=${ids.ziran}`);
    expect(agency.status).toBe(400);
    expect(agency.body.error.details).toEqual([
      { field: 'regionId', message: '地区无效，请选择人民政府或司法局' },
    ]);
    const malformed = await city.get('/api/dashboard?from=2026-7-1&to=2026-09-30&regionId=xyz');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details).toEqual(
      expect.arrayContaining([
        { field: 'from', message: '统计起始日期应为 YYYY-MM-DD 格式的日期' },
        { field: 'regionId', message: '地区无效，请从列表中选择' },
      ]),
    );
    const inverted = await city.get('/api/dashboard?from=2026-09-30&to=2026-07-01');
    expect(inverted.status).toBe(400);
    expect(inverted.body.error.details).toEqual([{ field: 'to', message: '统计截止日期不能早于起始日期' }]);
  });

  it('refuses a court account: the indicators measure the agencies', async () => {
    const response = await court.get(`/api/dashboard?${Q3}`);
    expect(response.status).toBe(403);
    expect(response.body.error.message).toBe('没有执行此操作的权限');
  });
});
