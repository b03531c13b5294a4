// A fresh demo (with its cases) opens 考核 and 定期报告 on a working example:
// 柯城区's scheme with the third quarter's ranking published to every unit of
// the district, its 季通报 published (numbered, the Word file archived) and
// submitted to the city, a draft 月分析 — and seeding again adds nothing.
import fs from 'node:fs';
import path from 'node:path';
import { and, count, eq, inArray, like } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assessmentRuns,
  assessmentSchemes,
  auditEvents,
  organisations,
  periodicReports,
  storedFiles,
} from '../db/schema';
import { type DemoApp, startDemoApp } from '../test/demo-app';
import { findOrgByName } from '../test/factories';
import { DEMO_PASSWORD, type TestClient } from '../test/test-app';
import { seedDemo } from './seed-demo';
import { DEMO_NARRATIVE_ADDITION } from './seed-demo-reports';

// 2026-11-02 09:00 China time: the last ended quarter is 2026-Q3, the last ended month 2026-10.
const NOW = new Date('2026-11-02T01:00:00Z');

let demo: DemoApp;
let database: DemoApp['database'];
let app: DemoApp['app'];
let dataDir: string;
const login = (username: string) => demo.login(username);

async function download(client: TestClient, url: string) {
  const response = await app.inject({ method: 'GET', url, headers: { cookie: client.cookie ?? '' } });
  return { status: response.statusCode, headers: response.headers, bytes: response.rawPayload };
}

/** The text of a .docx body, runs joined. */
async function docxText(bytes: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return xml.replace(/<[^>]+>/g, '');
}

beforeAll(async () => {
  demo = await startDemoApp(NOW, { archiveFiles: true });
  ({ database, app, dataDir } = demo);
  expect(demo.seeded).toBe(true);
});
afterAll(async () => demo?.close());

describe('demo assessment', () => {
  it('shows the coordinator the published third-quarter ranking of every unit of 柯城区', async () => {
    const coordinator = await login('kecheng-coordinator');
    const schemes = await coordinator.get('/api/assessment/schemes');
    expect(schemes.status).toBe(200);
    expect(schemes.body.items.map((s: any) => [s.name, s.year, s.currentVersion])).toEqual([
      ['2026年度行政应诉工作考核方案', 2026, 1],
    ]);
    const scheme = await coordinator.get(`/api/assessment/schemes/${schemes.body.items[0].id}`);
    expect(scheme.body.rules.items.map((i: any) => [i.indicatorName, i.weight])).toEqual([
      ['出庭应诉率', 30],
      ['生效裁判履行率', 20],
      ['败诉率', 20],
      ['司法建议反馈率', 15],
      ['出庭出声率', 15],
    ]);
    expect(scheme.body.isCurrentVersionUsed).toBe(true);

    const runs = await coordinator.get('/api/assessment/runs');
    expect(runs.body.items.map((r: any) => [r.period, r.periodLabel, r.status])).toEqual([
      ['2026-Q3', '2026年第三季度', 'published'],
    ]);
    const run = await coordinator.get(`/api/assessment/runs/${runs.body.items[0].id}`);
    expect(run.status).toBe(200);
    const kecheng = await findOrgByName(database.db, '柯城区人民政府');
    const units = await database.db
      .select({ name: organisations.name })
      .from(organisations)
      .where(
        and(
          like(organisations.path, `${kecheng.path}%`),
          inArray(organisations.kind, ['agency', 'township']),
        ),
      );
    expect(units.length).toBe(9);
    expect(run.body.agencyCount).toBe(units.length);
    expect(run.body.results.map((r: any) => r.organisationName).sort()).toEqual(
      units.map((u) => u.name).sort(),
    );
    // A ranking: ordered by total, each rank one more than the units scoring above it.
    const totals = run.body.results.map((r: any) => r.total);
    for (const row of run.body.results) {
      expect(row.rank).toBe(1 + totals.filter((t: number) => t > row.total).length);
      expect(row.total).toBeCloseTo(Math.max(0, row.itemPoints - row.deductionPoints), 2);
    }
    // Real cases behind the district's points, not a table of full marks for lack of data.
    const withData = await Promise.all(
      run.body.results.map(async (r: any) => {
        const result = await coordinator.get(
          `/api/assessment/runs/${run.body.id}/results/${r.organisationId}`,
        );
        expect(result.status).toBe(200);
        for (const item of result.body.items) expect(item.records.length).toBe(item.denominator);
        for (const d of result.body.deductions) expect(d.records.length).toBe(d.count);
        return result.body.items.some((i: any) => i.denominator > 0);
      }),
    );
    expect(withData.filter(Boolean).length).toBeGreaterThanOrEqual(3);
  });

  it('lets the city read the ranking and an agency only its own result, of which it was told', async () => {
    for (const username of ['city-coordinator', 'city-leader']) {
      const reader = await login(username);
      const runs = await reader.get('/api/assessment/runs');
      expect(runs.body.items).toHaveLength(1);
      const run = await reader.get(`/api/assessment/runs/${runs.body.items[0].id}`);
      expect(run.body.results).toHaveLength(9);
    }
    const clerk = await login('kecheng-clerk');
    const runs = await clerk.get('/api/assessment/runs');
    expect(runs.body.items).toHaveLength(1);
    const run = await clerk.get(`/api/assessment/runs/${runs.body.items[0].id}`);
    // The ranking is published to all units; the clerk's own unit is marked.
    expect(run.body.results).toHaveLength(9);
    const own = run.body.results.find((r: any) => r.isOwnUnit);
    expect(own.organisationName).toBe('柯城区自然资源和规划局');
    const notices = await clerk.get('/api/notifications');
    const notice = notices.body.items.find((n: any) => n.title.includes('考核结果已发布'));
    expect(notice).toMatchObject({
      title: '2026年度行政应诉工作考核方案（2026年第三季度）考核结果已发布',
      body: `本单位得分${own.total}分，等次${own.gradeLabel}，在9个单位中排名第${own.rank}。`,
    });
  });
});

describe('demo periodic reports', () => {
  it('lists 柯城区’s published and submitted 季通报 and its draft 月分析', async () => {
    const coordinator = await login('kecheng-coordinator');
    const list = await coordinator.get('/api/periodic-reports');
    expect(list.status).toBe(200);
    expect(
      list.body.items
        .map((r: any) => [r.kindLabel, r.periodKey, r.status, r.documentNumber, r.submittedAt !== null])
        .sort(),
    ).toEqual([
      ['季通报', '2026-Q3', 'published', '衢柯司〔2026〕季通报1号', true],
      ['月分析', '2026-10', 'draft', null, false],
    ]);
    const quarter = list.body.items.find((r: any) => r.kind === 'quarter');
    const detail = await coordinator.get(`/api/periodic-reports/${quarter.id}`);
    expect(detail.body.narrative.suggestions.endsWith(DEMO_NARRATIVE_ADDITION)).toBe(true);
    expect(detail.body.narrative.overview).toContain(
      `共收到行政诉讼案件${detail.body.data.cases.received}件`,
    );
    expect(detail.body.data.cases.received).toBeGreaterThan(0);

    // The archived Word file: the stored bytes, holding the number, the title and the edited words.
    const file = await download(coordinator, `/api/periodic-reports/${quarter.id}/docx`);
    expect(file.status).toBe(200);
    expect(String(file.headers['content-disposition'])).toContain(
      encodeURIComponent('衢柯司〔2026〕季通报1号 柯城区2026年第三季度行政应诉工作季通报.docx'),
    );
    const text = await docxText(file.bytes);
    expect(text).toContain('衢柯司〔2026〕季通报1号');
    expect(text).toContain('柯城区2026年第三季度行政应诉工作季通报');
    expect(text).toContain(DEMO_NARRATIVE_ADDITION);
    // 主要指标 (the first table): the column of definitions (口径) takes the most of the page's width.
    const xml = await (await JSZip.loadAsync(file.bytes)).file('word/document.xml')!.async('string');
    const grid = /<w:tblGrid>(.*?)<\/w:tblGrid>/.exec(xml)![1]!;
    const widths = [...grid.matchAll(/w:w="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(5);
    expect(widths.at(-1)! / widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(0.4);
    const [report] = await database.db
      .select({ fileId: periodicReports.fileId })
      .from(periodicReports)
      .where(eq(periodicReports.id, quarter.id));
    const [stored] = await database.db.select().from(storedFiles).where(eq(storedFiles.id, report!.fileId!));
    expect(stored!.size).toBe(file.bytes.length);
    expect(fs.existsSync(path.join(dataDir, 'files', stored!.sha256.slice(0, 2), stored!.sha256))).toBe(true);

    const workbook = await download(coordinator, `/api/periodic-reports/${quarter.id}/tables.xlsx`);
    expect(workbook.status).toBe(200);
  });

  it('shows the city 1 of 3 counties submitted, with the aggregate of 柯城区’s report', async () => {
    const city = await login('city-coordinator');
    const response = await city.get('/api/periodic-reports/submissions?kind=quarter&periodKey=2026-Q3');
    expect(response.status).toBe(200);
    const s = response.body;
    expect(s.submittedCount).toBe(1);
    expect(s.counties.map((c: any) => [c.region.name, c.documentNumber, c.submittedAt !== null])).toEqual([
      ['柯城区人民政府', '衢柯司〔2026〕季通报1号', true],
      ['衢江区人民政府', null, false],
      ['龙游县人民政府', null, false],
    ]);
    const report = await city.get(`/api/periodic-reports/${s.counties[0].reportId}`);
    expect(report.status).toBe(200);
    expect(s.aggregate).toMatchObject({
      received: report.body.data.cases.received,
      judged: report.body.data.cases.judged,
      lost: report.body.data.cases.lost,
    });
    const headAppearance = report.body.data.indicators.find((i: any) => i.indicatorId === 'head-appearance');
    expect(s.aggregate.values.find((v: any) => v.indicatorId === 'head-appearance')).toMatchObject({
      numerator: headAppearance.numerator,
      denominator: headAppearance.denominator,
    });
    // The county's draft 月分析 stays with the county.
    const monthly = await city.get('/api/periodic-reports/submissions?kind=month&periodKey=2026-10');
    expect(monthly.body.submittedCount).toBe(0);
    const notices = await city.get('/api/notifications');
    expect(notices.body.items.map((n: any) => n.title)).toContain(
      '柯城区人民政府上报了2026年第三季度行政应诉工作季通报',
    );
  });
});

describe('demo seeding', () => {
  it('is audited as the system, one row per command', async () => {
    const expected = {
      'assessment.scheme.created': 1,
      'assessment.run.computed': 1,
      'assessment.run.published': 1,
      'periodic-report.created': 2,
      'periodic-report.narrative.updated': 1,
      'periodic-report.published': 1,
      'periodic-report.submitted': 1,
    };
    const rows = await database.db
      .select({ event: auditEvents.event, actorType: auditEvents.actorType })
      .from(auditEvents)
      .where(inArray(auditEvents.event, Object.keys(expected)));
    const tally = Object.fromEntries(
      Object.keys(expected).map((event) => [event, rows.filter((r) => r.event === event).length]),
    );
    expect(tally).toEqual(expected);
    expect(new Set(rows.map((r) => r.actorType))).toEqual(new Set(['system']));
  });

  it('adds nothing when run again on the seeded database', async () => {
    const tallies = async () =>
      Promise.all(
        [assessmentSchemes, assessmentRuns, periodicReports, storedFiles].map(async (table) => {
          const [row] = await database.db.select({ n: count() }).from(table);
          return row!.n;
        }),
      );
    const before = await tallies();
    expect(before).toEqual([1, 1, 2, 1]);
    const again = await seedDemo({
      db: database.db,
      now: NOW,
      password: DEMO_PASSWORD,
      withCases: true,
      dataDir,
    });
    expect(again.seeded).toBe(false);
    expect(await tallies()).toEqual(before);
  });
});
