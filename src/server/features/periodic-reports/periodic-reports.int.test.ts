// The periodic reports on a small register built through the HTTP API, in the
// quarter 2026-Q3 (2026-07-01 … 2026-09-30):
//
//  case  region  agency    served   hearing (head?)            judgment (served)
//  A     柯城区   自然资源   07-05    08-10 局长 appeared, spoke   撤销, 败诉 程序违法 (09-01)
//  B     柯城区   自然资源   07-20    09-05 absent                 —
//  C     柯城区   住建       08-03    09-10 局长 appeared, silent  驳回诉讼请求 (09-20)
//  Q     衢江区   自然资源   08-01    08-20 局长 appeared, spoke   —
//  A judicial suggestion to 柯城区自然资源 served 08-20, answered 09-01.
//
// Hand-computed for 柯城区 Q3: received 3 (penalty 2, licensing 1), last year 0;
// 出庭应诉率 2/3 = 66.7% (A, C; not B); judged 2, lost 1 (A, 程序违法);
// suggestions received 1, answered 1. For 衢江区: received 1, 出庭应诉率 1/1.
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications, periodicReports, storedFiles } from '../../db/schema';
import {
  absent,
  caseRegistrar,
  head,
  hearing,
  issueSuggestion,
  judge,
  type RegisterCase,
  replyToSuggestion,
} from '../../test/case-fixtures';
import { auditRowsAfter, findOrgByName, lastAuditId } from '../../test/factories';
import type { TestApp, TestClient } from '../../test/test-app';
import { setUpSuggestionsTest } from '../suggestions/suggestions.test-helpers';
import { createReport, publishReport } from './periodic-reports.test-helpers';

let t: TestApp;
let coordinator: TestClient;
let clerk: TestClient;
let zhujianClerk: TestClient;
let qujiang: TestClient;
let leader: TestClient;
let city: TestClient;
let court: TestClient;
let ids: Record<string, string>;
let registerCase: RegisterCase;
const report: Record<string, { id: string; version: number }> = {};

async function download(client: TestClient, url: string) {
  const response = await t.app.inject({ method: 'GET', url, headers: { cookie: client.cookie! } });
  return { status: response.statusCode, headers: response.headers, bytes: response.rawPayload };
}
async function documentXml(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  return {
    xml: await zip.file('word/document.xml')!.async('string'),
    media: Object.keys(zip.files).filter((name) => name.startsWith('word/media/') && name.endsWith('.png')),
  };
}
/** Text of the runs, with the XML tags removed, so a phrase split across runs is still found. */
const plain = (xml: string) => xml.replace(/<[^>]+>/g, '');
/** A definition key such as loss/merits@1: for machines, never shown to users. */
const DEFINITION_KEY = /[a-z-]+\/[a-z-]+@\d/;
/** Every header and cell of the tables the API presents, as one text. */
const tablesText = (tables: { headers: string[]; rows: (string | number)[][] }[]) =>
  tables.flatMap((x) => [...x.headers, ...x.rows.flat()]).join('\n');
async function workbookCells(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets.flatMap((sheet) =>
    (sheet.getSheetValues() as unknown[][]).filter(Boolean).flatMap((row) => row.map(String)),
  );
}
const trendHeaders = (tables: { id: string; headers: string[] }[]) =>
  tables.find((x) => x.id === 'trend')!.headers;

const create = createReport;
const publish = publishReport;

beforeAll(async () => {
  ({ t, ids, coordinator, clerk, zhujian: zhujianClerk, qujiang, court } = await setUpSuggestionsTest());
  leader = await t.login('kecheng-head');
  city = await t.login('city-coordinator');
  const { ziran, zhujian, qujiangZiran } = ids as Record<string, string>;
  registerCase = caseRegistrar({
    court: { id: ids.longyouCourt!, courtCode: '浙0825' },
    firstNumber: 300,
    subject: '作出的行政决定',
  });

  const a = await registerCase(clerk, { agencyId: ziran!, servedOn: '2026-07-05' });
  await hearing(clerk, a.id, { at: '2026-08-10', appearance: { defendantOrgId: ziran!, ...head() } });
  await judge(clerk, a.id, { result: 'revoke', lossReason: 'procedure', servedOn: '2026-09-01' });
  const b = await registerCase(clerk, { agencyId: ziran!, servedOn: '2026-07-20' });
  await hearing(clerk, b.id, { at: '2026-09-05', appearance: { defendantOrgId: ziran!, ...absent } });
  const c = await registerCase(zhujianClerk, {
    agencyId: zhujian!,
    servedOn: '2026-08-03',
    causeCode: 'licensing',
  });
  await hearing(zhujianClerk, c.id, {
    at: '2026-09-10',
    appearance: { defendantOrgId: zhujian!, ...head({ didSpeak: false }) },
  });
  await judge(zhujianClerk, c.id, { result: 'dismiss-claims', servedOn: '2026-09-20' });
  const q = await registerCase(qujiang, { agencyId: qujiangZiran!, servedOn: '2026-08-01' });
  await hearing(qujiang, q.id, {
    at: '2026-08-20',
    appearance: { defendantOrgId: qujiangZiran!, ...head() },
  });

  const suggestion = await issueSuggestion(court, {
    to: ziran!,
    servedOn: '2026-08-20',
    dueOn: '2026-10-20',
  });
  await replyToSuggestion(clerk, suggestion, { repliedOn: '2026-09-01' });
}, 120_000);
afterAll(async () => t?.close());

describe('creating a draft', () => {
  it('refuses a malformed or future period, naming the field in Chinese', async () => {
    const malformed = await coordinator.post('/api/periodic-reports', {
      kind: 'quarter',
      periodKey: '2026-Q5',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details).toEqual([
      { field: 'periodKey', message: '报告期间应为 YYYY-Qn，如 2026-Q3' },
    ]);
    const future = await coordinator.post('/api/periodic-reports', { kind: 'year', periodKey: '2027' });
    expect(future.status).toBe(400);
    expect(future.body.error.details).toEqual([
      { field: 'periodKey', message: '2027年尚未开始，不能编制报告' },
    ]);
    const kind = await coordinator.post('/api/periodic-reports', { kind: 'weekly', periodKey: '2026' });
    expect(kind.status).toBe(400);
    expect(kind.body.error.details[0]).toMatchObject({ field: 'kind' });
  });

  it('is the coordinator’s: a clerk, a head and a court are refused', async () => {
    for (const client of [clerk, leader, court]) {
      const response = await client.post('/api/periodic-reports', { kind: 'quarter', periodKey: '2026-Q3' });
      expect(response.status).toBe(403);
    }
    expect((await clerk.get('/api/periodic-reports')).status).toBe(403);
  });

  it('computes the region’s figures as hand-counted and prefills the narrative', async () => {
    const before = await lastAuditId(t.database.db);
    const body = await create(coordinator, 'quarter', '2026-Q3');
    report.q3 = { id: body.id, version: body.version };
    expect(body).toMatchObject({
      kind: 'quarter',
      kindLabel: '季通报',
      periodLabel: '2026年第三季度',
      from: '2026-07-01',
      to: '2026-09-30',
      status: 'draft',
      documentNumber: null,
      abilities: { edit: true, publish: true, submit: false, download: true },
    });
    const values = Object.fromEntries(
      body.data.indicators.map((i: { indicatorId: string }) => [i.indicatorId, i]),
    );
    expect(values['head-appearance']).toMatchObject({ numerator: 2, denominator: 3, rateLabel: '66.7%' });
    expect(values.loss).toMatchObject({ numerator: 1, denominator: 2, rateLabel: '50.0%' });
    expect(values['suggestion-adoption']).toMatchObject({ numerator: 1, denominator: 1 });
    expect(body.data.cases).toEqual({ received: 3, receivedLastYear: 0, judged: 2, lost: 1 });
    expect(body.data.suggestions).toEqual({ received: 1, answered: 1 });
    expect(body.data.byCause.map((g: { label: string; count: number }) => [g.label, g.count])).toEqual([
      ['行政处罚', 2],
      ['行政许可', 1],
    ]);
    expect(body.data.byLossReason).toEqual([{ key: 'procedure', label: '违反法定程序', count: 1 }]);
    expect(body.data.subregions).toEqual([]);
    expect(body.data.trend.map((m: { received: number }) => m.received)).toEqual([2, 1, 0]);
    const agencies = body.tables.find((x: { id: string }) => x.id === 'agencies');
    expect(agencies.rows.map((r: string[]) => [r[0], r[1]])).toEqual([
      ['柯城区住房和城乡建设局', '1/1（100.0%）'],
      ['柯城区自然资源和规划局', '1/2（50.0%）'],
    ]);
    // The 口径 by its name and version in Chinese, never its key (head-appearance/per-case@1).
    const main = body.tables.find((x: { id: string }) => x.id === 'indicators');
    expect(main.rows[0][4]).toBe(
      '按案件（审级）计（第1版）：统计期间内开庭、且至少一次由负责人出庭的案件数 ÷ 统计期间内开庭的案件数',
    );
    expect(tablesText(body.tables)).not.toMatch(DEFINITION_KEY);
    expect(trendHeaders(body.tables)).toEqual([
      '月份',
      '收案',
      '负责人出庭案件（分子）',
      '开庭案件（分母）',
      '出庭应诉率',
    ]);
    expect(body.narrative.overview).toContain('共收到行政诉讼案件3件，同比增加3件（上年同期0件）');
    expect(body.narrative.overview).toContain('行政机关负责人出庭应诉率66.7%（2/3）');
    expect(body.narrative.problems).toContain('柯城区自然资源和规划局负责人出庭应诉率未达到100%');
    const audit = await auditRowsAfter(t.database.db, before);
    expect(audit.map((r) => [r.event, r.targetLabel])).toEqual([
      ['periodic-report.created', '柯城区2026年第三季度行政应诉工作季通报'],
    ]);
  });

  it('refuses a second report of the same period', async () => {
    const response = await coordinator.post('/api/periodic-reports', {
      kind: 'quarter',
      periodKey: '2026-Q3',
    });
    expect(response.status).toBe(409);
    expect(response.body.error).toMatchObject({
      code: 'DUPLICATE',
      message: '柯城区2026年第三季度行政应诉工作季通报已经编制，请在列表中打开',
    });
  });
});

describe('editing, publishing and the archive', () => {
  const narrative = {
    overview: '本季度全区行政应诉工作总体平稳，收案三件。',
    problems: '个别单位负责人未出庭。',
    suggestions: '一是压实负责人出庭责任。',
  };

  it('saves the narrative with the version read, and refuses a stale one', async () => {
    const missing = await coordinator.put(`/api/periodic-reports/${report.q3!.id}/narrative`, {
      problems: 'x',
      suggestions: 'y',
      version: report.q3!.version,
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details).toEqual([{ field: 'overview', message: '请填写总体情况' }]);
    const saved = await coordinator.put(`/api/periodic-reports/${report.q3!.id}/narrative`, {
      ...narrative,
      version: report.q3!.version,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.narrative).toEqual(narrative);
    const stale = await coordinator.put(`/api/periodic-reports/${report.q3!.id}/narrative`, {
      ...narrative,
      version: report.q3!.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('CONFLICT');
  });

  it('publishes with a number, archives the .docx holding the numbers, text and charts', async () => {
    const before = await lastAuditId(t.database.db);
    const response = await publish(coordinator, report.q3!.id);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({
      status: 'published',
      documentNumber: '衢柯司〔2026〕季通报1号',
      publishedByName: '王慧敏',
      abilities: { edit: false, publish: false, submit: true, download: true },
    });
    const audit = await auditRowsAfter(t.database.db, before);
    expect(audit.map((r) => r.event)).toEqual(['periodic-report.published']);

    const file = await download(coordinator, `/api/periodic-reports/${report.q3!.id}/docx`);
    expect(file.status).toBe(200);
    expect(String(file.headers['content-disposition'])).toContain(
      encodeURIComponent('衢柯司〔2026〕季通报1号 柯城区2026年第三季度行政应诉工作季通报.docx'),
    );
    const { xml, media } = await documentXml(file.bytes);
    const text = plain(xml);
    // The 版头: the issuing office in red, then the 文号 over a red rule.
    expect(xml).toMatch(/<w:color w:val="FF0000"\/>(?:(?!<\/w:r>).)*<w:t[^>]*>柯城区司法局<\/w:t>/);
    expect(xml).toMatch(/<w:bottom [^>]*w:color="FF0000"[^>]*\/>(?:(?!<\/w:p>).)*衢柯司〔2026〕季通报1号/);
    expect(text).toContain('衢柯司〔2026〕季通报1号');
    expect(text).toContain('柯城区2026年第三季度行政应诉工作季通报');
    expect(text).toContain(narrative.overview);
    expect(text).toContain(narrative.suggestions);
    expect(text).toContain('出庭应诉率2366.7%');
    expect(text).toContain('柯城区自然资源和规划局1/2（50.0%）');
    expect(text).toContain('行政处罚2');
    expect(text).toContain('违反法定程序1');
    expect(text).toContain('按案件（审级）计（第1版）：统计期间内开庭');
    expect(text).not.toMatch(DEFINITION_KEY);
    expect(media.length).toBe(3); // agencies' rates, causes, the monthly trend
    expect((await findArchive(report.q3!.id)).sha256).toBe(sha256(file.bytes));
  });

  it('exports every table to Excel with the same numbers', async () => {
    const file = await download(coordinator, `/api/periodic-reports/${report.q3!.id}/tables.xlsx`);
    expect(file.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '主要指标',
      '案件情况',
      '各单位指标',
      '按案由',
      '按管理领域',
      '按败诉原因',
      '月度趋势',
    ]);
    const rows = (name: string) =>
      (workbook.getWorksheet(name)!.getSheetValues() as unknown[][]).filter(Boolean).map((r) => r.slice(1));
    // Title, 文号 and period above every table.
    expect(rows('主要指标').slice(0, 3)).toEqual([
      ['柯城区2026年第三季度行政应诉工作季通报：主要指标'],
      ['文号：衢柯司〔2026〕季通报1号'],
      ['统计期间：2026-07-01 至 2026-09-30'],
    ]);
    expect(rows('主要指标')[3]).toEqual(['指标', '分子', '分母', '比率', '口径']);
    // A rate is a number (the exact fraction) shown as a percentage; 无数据 is an empty cell (July's trend).
    expect(rows('主要指标')[4]!.slice(0, 4)).toEqual(['出庭应诉率', 2, 3, 2 / 3]);
    const main = workbook.getWorksheet('主要指标')!;
    expect(main.getCell('D5').numFmt).toBe('0.0%'); // Excel shows 66.7%
    // 各单位: each indicator's 分子, 分母 and rate in their own number columns.
    const agencies = rows('各单位指标');
    expect(agencies[3]!.slice(0, 4)).toEqual([
      '单位',
      '出庭应诉率（分子）',
      '出庭应诉率（分母）',
      '出庭应诉率',
    ]);
    expect(agencies.slice(4).map((r) => r.slice(0, 4))).toEqual([
      ['柯城区住房和城乡建设局', 1, 1, 1],
      ['柯城区自然资源和规划局', 1, 2, 0.5],
    ]);
    expect(workbook.getWorksheet('各单位指标')!.getCell('D6').numFmt).toBe('0.0%');
    expect(rows('主要指标')[4]![4]).toBe(
      '按案件（审级）计（第1版）：统计期间内开庭、且至少一次由负责人出庭的案件数 ÷ 统计期间内开庭的案件数',
    );
    expect((await workbookCells(file.bytes)).join('\n')).not.toMatch(DEFINITION_KEY);
    expect(rows('月度趋势')[3]).toEqual([
      '月份',
      '收案',
      '负责人出庭案件（分子）',
      '开庭案件（分母）',
      '出庭应诉率',
    ]);
    expect(rows('月度趋势')[4]).toEqual(['2026年7月', 2, 0, 0]); // the rate's cell left empty
    expect(rows('月度趋势')[5]).toEqual(['2026年8月', 1, 1, 1, 1]);
    expect(rows('案件情况').slice(4)).toEqual([
      ['收案（收到起诉状副本）', 3],
      ['上年同期收案', 0],
      ['送达裁判', 2],
      ['其中行政机关败诉', 1],
      ['收到司法建议', 1],
      ['其中已答复', 1],
    ]);
    expect(rows('按案由').slice(4)).toEqual([
      ['行政处罚', 2],
      ['行政许可', 1],
    ]);
  });

  it('is read-only once published and keeps its figures when later cases arrive', async () => {
    const current = (await coordinator.get(`/api/periodic-reports/${report.q3!.id}`)).body;
    const edit = await coordinator.put(`/api/periodic-reports/${report.q3!.id}/narrative`, {
      ...narrative,
      version: current.version,
    });
    expect(edit.status).toBe(409);
    expect(edit.body.error.message).toBe('报告已发布，不能再修改');
    const refresh = await coordinator.post(`/api/periodic-reports/${report.q3!.id}/refresh`, {
      version: current.version,
    });
    expect(refresh.status).toBe(409);

    const before = await download(coordinator, `/api/periodic-reports/${report.q3!.id}/docx`);
    await registerCase(clerk, { agencyId: ids.ziran!, servedOn: '2026-09-15' });
    const after = (await coordinator.get(`/api/periodic-reports/${report.q3!.id}`)).body;
    expect(after.data.cases.received).toBe(3);
    const again = await download(coordinator, `/api/periodic-reports/${report.q3!.id}/docx`);
    expect(sha256(again.bytes)).toBe(sha256(before.bytes));
  });

  it('refreshes a draft with the records entered since', async () => {
    const draft = await create(coordinator, 'month', '2026-09');
    expect(draft.data.cases.received).toBe(1); // the case served 09-15
    await registerCase(clerk, { agencyId: ids.ziran!, servedOn: '2026-09-16' });
    const refreshed = await coordinator.post(`/api/periodic-reports/${draft.id}/refresh`, {
      version: draft.version,
    });
    expect(refreshed.status, JSON.stringify(refreshed.body)).toBe(200);
    expect(refreshed.body.data.cases.received).toBe(2);
    expect(refreshed.body.data.trend).toEqual([]);
    report.september = { id: draft.id, version: refreshed.body.version };
  });

  it('numbers a kind without gaps, also when two are published at once', async () => {
    const q1 = await create(coordinator, 'quarter', '2026-Q1');
    const q2 = await create(coordinator, 'quarter', '2026-Q2');
    const [a, b] = await Promise.all([publish(coordinator, q1.id), publish(coordinator, q2.id)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect([a.body.documentNumber, b.body.documentNumber].sort()).toEqual([
      '衢柯司〔2026〕季通报2号',
      '衢柯司〔2026〕季通报3号',
    ]);
    // Another kind has its own series.
    const september = await coordinator.post(`/api/periodic-reports/${report.september!.id}/publish`, {
      version: report.september!.version,
    });
    expect(september.body.documentNumber).toBe('衢柯司〔2026〕月分析1号');
    const list = await coordinator.get('/api/periodic-reports?kind=quarter&status=published&year=2026');
    expect(list.body.items.map((i: { periodKey: string }) => i.periodKey)).toEqual([
      '2026-Q3',
      '2026-Q2',
      '2026-Q1',
    ]);
    expect(list.body.total).toBe(3);
  });
});

describe('上报 to the city', () => {
  it('submits a published report once, audited, and tells the city’s 司法局', async () => {
    const before = await lastAuditId(t.database.db);
    const response = await coordinator.post(`/api/periodic-reports/${report.q3!.id}/submit`, {});
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body).toMatchObject({ submittedByName: '王慧敏', abilities: { submit: false } });
    const again = await coordinator.post(`/api/periodic-reports/${report.q3!.id}/submit`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('报告已上报，不能重复上报');
    const events = (await auditRowsAfter(t.database.db, before)).map((r) => r.event);
    expect(events).toEqual(['periodic-report.submitted', 'notification.sent']);
    const citySifa = await findOrgByName(t.database.db, '衢州市司法局');
    const notices = await t.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.organisationId, citySifa.id),
          eq(notifications.kind, 'periodic-report.submitted'),
        ),
      );
    expect(notices.map((n) => n.link)).toEqual([`/periodic-reports/${report.q3!.id}`]);
  });

  it('refuses to submit a draft', async () => {
    const draft = await create(coordinator, 'month', '2026-08');
    const response = await coordinator.post(`/api/periodic-reports/${draft.id}/submit`, {});
    expect(response.status).toBe(409);
    expect(response.body.error.message).toBe('报告发布后才能上报');
    report.august = { id: draft.id, version: draft.version };
  });

  it('shows the city who submitted, the aggregate of the snapshots and its own live figures', async () => {
    const q = await create(qujiang, 'quarter', '2026-Q3');
    expect((await publish(qujiang, q.id)).body.documentNumber).toBe('衢衢司〔2026〕季通报1号');
    expect((await qujiang.post(`/api/periodic-reports/${q.id}/submit`, {})).status).toBe(200);

    const response = await city.get('/api/periodic-reports/submissions?kind=quarter&periodKey=2026-Q3');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const body = response.body;
    expect(
      body.counties.map((c: { region: { name: string }; documentNumber: string | null }) => [
        c.region.name,
        c.documentNumber,
      ]),
    ).toEqual([
      ['柯城区人民政府', '衢柯司〔2026〕季通报1号'],
      ['衢江区人民政府', '衢衢司〔2026〕季通报1号'],
      ['龙游县人民政府', null],
    ]);
    expect(body.submittedCount).toBe(2);
    const headOf = (values: { indicatorId: string }[]) =>
      values.find((v) => v.indicatorId === 'head-appearance');
    // Snapshots: 柯城区 3 received, 2/3; 衢江区 1 received, 1/1.
    expect(body.aggregate).toMatchObject({ received: 4, judged: 2, lost: 1 });
    expect(headOf(body.aggregate.values)).toMatchObject({ numerator: 3, denominator: 4, rateLabel: '75.0%' });
    // Live: the case of 柯城区 served 09-15 and 09-16 arrived after 柯城区 published.
    expect(body.live).toMatchObject({ received: 6, judged: 2, lost: 1 });
    expect(headOf(body.live.values)).toMatchObject({ numerator: 3, denominator: 4 });
  });

  it('lets the city read a submitted county report, never a county’s draft or another county’s', async () => {
    expect((await city.get(`/api/periodic-reports/${report.q3!.id}`)).status).toBe(200);
    expect((await download(city, `/api/periodic-reports/${report.q3!.id}/docx`)).status).toBe(200);
    expect((await city.get(`/api/periodic-reports/${report.august!.id}`)).status).toBe(404);
    expect((await qujiang.get(`/api/periodic-reports/${report.q3!.id}`)).status).toBe(404);
    const cityView = (await city.get(`/api/periodic-reports/${report.q3!.id}`)).body;
    expect(cityView.abilities).toEqual({ edit: false, publish: false, submit: false, download: true });
    const edit = await city.put(`/api/periodic-reports/${report.august!.id}/narrative`, {
      overview: 'x',
      problems: '',
      suggestions: '',
      version: 1,
    });
    expect(edit.status).toBe(404);
  });

  it('gives the city’s own report a table per county and 本级', async () => {
    const body = await create(city, 'quarter', '2026-Q3');
    expect(
      body.data.subregions.map((s: { regionName: string; received: number }) => [s.regionName, s.received]),
    ).toEqual([
      ['柯城区人民政府', 5],
      ['衢江区人民政府', 1],
      ['龙游县人民政府', 0],
      ['衢州市本级', 0],
    ]);
    expect(body.submitsTo).toBeNull();
    expect(body.abilities.submit).toBe(false);
    const published = await publish(city, body.id);
    expect(published.body.documentNumber).toBe('衢司〔2026〕季通报1号');
    expect(published.body.abilities.submit).toBe(false);
  });
});

describe('the 口径 a region chose, as users read it', () => {
  it('names the hearings (庭次) the trend counted under 按庭次计, on the page, in Word and in Excel', async () => {
    const chosen = await coordinator.put('/api/indicators/head-appearance/variant', {
      variantId: 'per-hearing',
    });
    expect(chosen.status, JSON.stringify(chosen.body)).toBe(200);
    const body = await create(coordinator, 'half-year', '2026-H2');
    const head = body.data.indicators.find(
      (i: { indicatorId: string }) => i.indicatorId === 'head-appearance',
    );
    expect(head).toMatchObject({ variantName: '按庭次计', numerator: 2, denominator: 3 });
    const main = body.tables.find((x: { id: string }) => x.id === 'indicators');
    expect(main.rows[0][4]).toBe('按庭次计（第1版）：统计期间内负责人出庭的庭次数 ÷ 统计期间内的开庭庭次数');
    expect(tablesText(body.tables)).not.toMatch(DEFINITION_KEY);
    const headers = ['月份', '收案', '负责人出庭庭次（分子）', '开庭庭次（分母）', '出庭应诉率'];
    expect(trendHeaders(body.tables)).toEqual(headers);

    const docx = await download(coordinator, `/api/periodic-reports/${body.id}/docx`);
    expect(docx.status).toBe(200);
    const text = plain((await documentXml(docx.bytes)).xml);
    expect(text).toContain(headers.join(''));
    expect(text).not.toContain('开庭案件');
    expect(text).not.toMatch(DEFINITION_KEY);

    const xlsx = await download(coordinator, `/api/periodic-reports/${body.id}/tables.xlsx`);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const trend = (workbook.getWorksheet('月度趋势')!.getSheetValues() as unknown[][]).filter(Boolean);
    expect(trend[3]!.slice(1)).toEqual(headers);
    expect((await workbookCells(xlsx.bytes)).join('\n')).not.toMatch(DEFINITION_KEY);
  });
});

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
async function findArchive(reportId: string) {
  const [row] = await t.database.db
    .select({ sha256: storedFiles.sha256 })
    .from(periodicReports)
    .innerJoin(storedFiles, eq(storedFiles.id, periodicReports.fileId))
    .where(eq(periodicReports.id, reportId));
  return row!;
}
