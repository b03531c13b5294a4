// The city's 上报情况 when its counties count an indicator differently: 柯城区 chose the
// 实体裁判口径 for 败诉率, 衢江区 keeps the 全部审结案件口径. Their September 月分析 are
// summed only where they share a 口径.
//
//  case  region  agency    served   judgment (served)
//  A     柯城区   自然资源   07-05    撤销, 败诉 (09-01)
//  B     柯城区   自然资源   07-06    准予撤诉 (09-02): counted by 全部审结, not by 实体裁判
//  Q     衢江区   自然资源   07-07    驳回诉讼请求 (09-03)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseRegistrar, judge } from '../../test/case-fixtures';
import type { TestApp, TestClient } from '../../test/test-app';
import { setUpSuggestionsTest } from '../suggestions/suggestions.test-helpers';
import { createReport, publishReport } from './periodic-reports.test-helpers';

let t: TestApp;
let kecheng: TestClient;
let qujiang: TestClient;
let city: TestClient;

beforeAll(async () => {
  let clerk: TestClient;
  let ids: Record<string, string>;
  ({ t, ids, coordinator: kecheng, clerk, qujiang } = await setUpSuggestionsTest());
  city = await t.login('city-coordinator');
  const registerCase = caseRegistrar({
    court: { id: ids.longyouCourt!, courtCode: '浙0825' },
    firstNumber: 500,
    subject: '作出的行政决定',
  });
  const a = await registerCase(clerk, { agencyId: ids.ziran!, servedOn: '2026-07-05' });
  await judge(clerk, a.id, { result: 'revoke', lossReason: 'procedure', servedOn: '2026-09-01' });
  const b = await registerCase(clerk, { agencyId: ids.ziran!, servedOn: '2026-07-06' });
  await judge(clerk, b.id, { result: 'withdrawal-allowed', servedOn: '2026-09-02' });
  const q = await registerCase(qujiang, { agencyId: ids.qujiangZiran!, servedOn: '2026-07-07' });
  await judge(qujiang, q.id, { result: 'dismiss-claims', servedOn: '2026-09-03' });

  expect((await kecheng.put('/api/indicators/loss/variant', { variantId: 'merits' })).status).toBe(200);
  for (const county of [kecheng, qujiang]) {
    const report = await createReport(county, 'month', '2026-09');
    expect((await publishReport(county, report.id)).status).toBe(200);
    expect((await county.post(`/api/periodic-reports/${report.id}/submit`, {})).status).toBe(200);
  }
});
afterAll(async () => t?.close());

describe('上报情况 across counties that chose different 口径', () => {
  it('sums an indicator only where the reports share its 口径, and lists each county’s otherwise', async () => {
    const response = await city.get('/api/periodic-reports/submissions?kind=month&periodKey=2026-09');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const aggregated = (id: string) =>
      response.body.aggregate.values.find((v: { indicatorId: string }) => v.indicatorId === id);
    // 败诉率: 柯城区 1/1 (实体裁判), 衢江区 0/1 (全部审结): no sum of 1/2 under no definition.
    expect(aggregated('loss')).toEqual({
      indicatorId: 'loss',
      name: '败诉率',
      numerator: null,
      denominator: null,
      rate: null,
      rateLabel: '口径不一致，未合计',
      definitionLabel: null,
      mixedDefinitions: [
        { regionName: '柯城区人民政府', definitionLabel: '实体裁判口径（第1版）' },
        { regionName: '衢江区人民政府', definitionLabel: '全部审结案件口径（第1版）' },
      ],
    });
    // 纠错率 is counted alike in both: summed, with its 口径 named.
    expect(aggregated('correction')).toMatchObject({
      numerator: 1,
      denominator: 2,
      rateLabel: '50.0%',
      definitionLabel: '标准口径（第1版）',
      mixedDefinitions: [],
    });
    expect(response.body.aggregate).toMatchObject({ received: 0, judged: 3, lost: 1 });
  });

  it('lets the city open and download each submitted county report', async () => {
    const response = await city.get('/api/periodic-reports/submissions?kind=month&periodKey=2026-09');
    for (const county of response.body.counties.filter((c: { reportId: string | null }) => c.reportId)) {
      expect((await city.get(`/api/periodic-reports/${county.reportId}`)).status).toBe(200);
      const xlsx = await t.app.inject({
        method: 'GET',
        url: `/api/periodic-reports/${county.reportId}/tables.xlsx`,
        headers: { cookie: city.cookie! },
      });
      expect(xlsx.statusCode).toBe(200);
    }
  });
});
