// 考核 against a hand-computed fixture built through the HTTP API, region of
// 柯城区 (7 agencies and 2 townships), scheme 2026 version 1:
//   出庭应诉率 (按案件) 60 points, target 100%, floor 50%, 无数据 → full;
//   司法建议反馈率 (按期) 40 points, target 100%, floor 0%, 无数据 → excluded (others scaled);
//   应出未出 −5 per hearing (cap 8); 逾期未答复 −10 each (cap 10); 生效裁判未履行 −3 each (cap 10);
//   优秀 ≥ 90, 良好 ≥ 75, 合格 ≥ 60.
// 2026-Q3:
//   自然资源  case A: requested hearings 07-10 and 08-10, a 科长 came (not a 负责人) → head-absent ×2
//             case B: hearing 07-20, 局长 appeared → 出庭应诉率 1 ÷ 2 = 50% → 60 × 50 ÷ 100 = 30
//             S1 due 08-15 replied 08-10; S2 due 09-10 replied 09-20 (late) → 1 ÷ 2 → 20
//             30 + 20 − min(10, 8) = 42 → 较差
//   住建      case C: requested hearing 08-05, 局长 appeared → 60; no suggestion → 60 × 100 ÷ 60 = 100
//             case D: effective 07-20, action required, not performed → −3 → 97 → 优秀
//   市场监管  S3 due 09-01, not answered → 0 ÷ 1 → 0; no hearing → 60; −10 → 50 → 较差
//   the other six: no data → 100 → 优秀, rank 1 (tied)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../../db/migrate';
import {
  caseRegistrar,
  head,
  hearing,
  issueSuggestion,
  judge,
  type RegisterCase,
  replyToSuggestion,
  step,
} from '../../test/case-fixtures';
import { auditRowsAfter, lastAuditId } from '../../test/factories';
import type { TestApp, TestClient } from '../../test/test-app';
import { setUpSuggestionsTest } from '../suggestions/suggestions.test-helpers';

let t: TestApp;
let coordinator: TestClient;
let clerk: TestClient;
let zhujianClerk: TestClient;
let court: TestClient;
let leader: TestClient;
let ids: Record<string, string>;
let registerCase: RegisterCase;
const cases: Record<string, string> = {};

/** A 科长 came in the head's stead: not a 负责人. */
const deputy = head({ name: '李明', post: '科长', countsAsHead: false });

const schemeBody = (overrides: Record<string, unknown> = {}) => ({
  name: '2026年度行政应诉工作考核',
  year: 2026,
  baseScore: 100,
  items: [
    { indicatorId: 'head-appearance', weight: 60, target: 100, floor: 50, noData: 'full' },
    { indicatorId: 'suggestion-reply', weight: 40, target: 100, floor: 0, noData: 'exclude' },
  ],
  deductions: [
    { kind: 'head-absent', pointsEach: 5, cap: 8 },
    { kind: 'suggestion-unanswered', pointsEach: 10, cap: 10 },
    { kind: 'judgment-unperformed', pointsEach: 3, cap: 10 },
  ],
  grades: { excellent: 90, good: 75, pass: 60 },
  ...overrides,
});

beforeAll(async () => {
  ({ t, ids, coordinator, clerk, zhujian: zhujianClerk, court, leader } = await setUpSuggestionsTest());
  const { ziran, zhujian, shichang } = ids as Record<string, string>;
  registerCase = caseRegistrar({ court: { id: ids.longyouCourt!, courtCode: '浙0825' }, firstNumber: 300 });

  cases.a = (await registerCase(clerk, { agencyId: ziran!, servedOn: '2026-06-01' })).id;
  const asDeputy = { defendantOrgId: ziran!, ...deputy };
  await hearing(clerk, cases.a, { at: '2026-07-10', isHeadRequested: true, appearance: asDeputy });
  await hearing(clerk, cases.a, { at: '2026-08-10', isHeadRequested: true, appearance: asDeputy });
  cases.b = (await registerCase(clerk, { agencyId: ziran!, servedOn: '2026-06-05' })).id;
  await hearing(clerk, cases.b, { at: '2026-07-20', appearance: { defendantOrgId: ziran!, ...head() } });
  cases.c = (await registerCase(zhujianClerk, { agencyId: zhujian!, servedOn: '2026-06-10' })).id;
  await hearing(zhujianClerk, cases.c, {
    at: '2026-08-05',
    isHeadRequested: true,
    appearance: { defendantOrgId: zhujian!, ...head({ name: '赵刚' }) },
  });
  cases.d = (await registerCase(zhujianClerk, { agencyId: zhujian!, servedOn: '2026-05-01' })).id;
  await judge(zhujianClerk, cases.d, {
    result: 'revoke',
    lossReason: 'procedure',
    servedOn: '2026-07-01',
    requiresPerformance: true,
  });
  await step(zhujianClerk, cases.d, 'effective', { effectiveOn: '2026-07-20' });

  const s1 = await issueSuggestion(court, { to: ziran!, servedOn: '2026-06-15', dueOn: '2026-08-15' });
  const s2 = await issueSuggestion(court, { to: ziran!, servedOn: '2026-07-10', dueOn: '2026-09-10' });
  cases.s3 = await issueSuggestion(court, { to: shichang!, servedOn: '2026-07-01', dueOn: '2026-09-01' });
  await replyToSuggestion(clerk, s1, { repliedOn: '2026-08-10' });
  await replyToSuggestion(clerk, s2, { repliedOn: '2026-09-20' });
  cases.s2 = s2;
}, 180_000);
afterAll(async () => t?.close());

let schemeId: string;
let runId: string;
type Row = {
  organisationId: string;
  organisationName: string;
  total: number;
  grade: string;
  gradeLabel: string;
  rank: number;
  poorTwoYears: string | null;
};
const rowOf = (rows: Row[], name: string) => rows.find((r) => r.organisationName === name);

describe('scheme validation', () => {
  it('names each wrong field in Chinese', async () => {
    const response = await coordinator.post(
      '/api/assessment/schemes',
      schemeBody({
        items: [{ indicatorId: 'head-appearance', weight: 50, target: 100, floor: 50, noData: 'full' }],
        grades: { excellent: 90, good: 95, pass: 60 },
      }),
    );
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    expect(response.body.error.details).toEqual([
      { field: 'items', message: '各指标项分值之和（50分）应等于基础分（100分）' },
      { field: 'grades.good', message: '良好的分数线（95分）应低于优秀的分数线（90分）' },
    ]);
    const empty = await coordinator.post('/api/assessment/schemes', schemeBody({ name: ' ' }));
    expect(empty.status).toBe(400);
    expect(empty.body.error.details).toEqual([{ field: 'name', message: '请填写方案名称' }]);
  });

  it('refuses a clerk', async () => {
    expect((await clerk.post('/api/assessment/schemes', schemeBody())).status).toBe(403);
  });
});

describe('a quarter scored by hand', () => {
  it('creates the scheme with the region’s 统计口径 frozen into version 1', async () => {
    const before = await lastAuditId(t.database.db);
    const response = await coordinator.post('/api/assessment/schemes', schemeBody());
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    schemeId = response.body.id;
    expect(response.body.currentVersion).toBe(1);
    expect(response.body.isCurrentVersionUsed).toBe(false);
    expect(response.body.rules.items.map((i: { definitionKey: string }) => i.definitionKey)).toEqual([
      'head-appearance/per-case@1',
      'suggestion-reply/on-time@1',
    ]);
    // People read the 口径 by name, never by its key.
    expect(
      response.body.rules.items.map((i: { definitionLabel: string; variantName: string }) => [
        i.variantName,
        i.definitionLabel,
      ]),
    ).toEqual([
      ['按案件（审级）计', '按案件（审级）计（第1版）'],
      ['按期反馈口径', '按期反馈口径（第1版）'],
    ]);
    // A floor of 0% leaves nothing below it: the rule does not say "低于0%不得分".
    expect(response.body.rules.items.map((i: { ruleText: string }) => i.ruleText)).toEqual([
      '达到100%及以上得满分60分；低于目标值的，按“实际比率÷目标值×分值”计分；低于50%不得分。',
      '达到100%及以上得满分40分；低于目标值的，按“实际比率÷目标值×分值”计分。',
    ]);
    expect(response.body.rules.gradeText).toBe(
      '90分及以上为优秀，75分及以上为良好，60分及以上为合格，低于60分为较差。',
    );
    expect((await auditRowsAfter(t.database.db, before)).map((r) => r.event)).toEqual([
      'assessment.scheme.created',
    ]);
  });

  it('edits an unused version in place', async () => {
    const current = (await coordinator.get(`/api/assessment/schemes/${schemeId}`)).body;
    const response = await coordinator.put(`/api/assessment/schemes/${schemeId}`, {
      ...schemeBody({ name: '2026年度行政应诉考核' }),
      revision: current.revision,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect([response.body.currentVersion, response.body.versions.length, response.body.name]).toEqual([
      1,
      1,
      '2026年度行政应诉考核',
    ]);
  });

  it('scores, deducts and ranks every unit of the region', async () => {
    const response = await coordinator.post('/api/assessment/runs', { schemeId, period: '2026-Q3' });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    runId = response.body.id;
    expect(response.body).toMatchObject({ status: 'draft', periodLabel: '2026年第三季度', schemeVersion: 1 });
    expect(response.body.agencyCount).toBe(9);
    const rows: Row[] = response.body.results;
    expect(rowOf(rows, '柯城区自然资源和规划局')).toMatchObject({ total: 42, gradeLabel: '较差', rank: 9 });
    expect(rowOf(rows, '柯城区住房和城乡建设局')).toMatchObject({ total: 97, gradeLabel: '优秀', rank: 7 });
    expect(rowOf(rows, '柯城区市场监督管理局')).toMatchObject({ total: 50, gradeLabel: '较差', rank: 8 });
    for (const name of ['柯城区公安局', '柯城区生态环境局', '府山街道', '航埠镇']) {
      expect(rowOf(rows, name)).toMatchObject({ total: 100, grade: 'excellent', rank: 1 });
    }
    expect(response.body.results.filter((r: Row) => r.rank === 1)).toHaveLength(6);
    // Full marks for want of any record are told apart from full marks earned.
    const noRecords = rows.filter((r) => (r as Row & { hasNoRecords: boolean }).hasNoRecords);
    expect(noRecords.map((r) => r.organisationName).sort()).toEqual(
      [
        '柯城区人力资源和社会保障局',
        '柯城区综合行政执法局',
        '柯城区公安局',
        '柯城区生态环境局',
        '府山街道',
        '航埠镇',
      ].sort(),
    );
  });

  it('traces each point to its records, as many as were scored', async () => {
    const response = await coordinator.get(`/api/assessment/runs/${runId}/results/${ids.ziran}`);
    expect(response.status).toBe(200);
    const [head, reply] = response.body.items;
    expect([head.numerator, head.denominator, head.rateLabel, head.points, head.statusLabel]).toEqual([
      1,
      2,
      '50.0%',
      30,
      '未达目标，按比例得分',
    ]);
    expect(
      head.records.map((r: { caseId: string; isInNumerator: boolean }) => [r.caseId, r.isInNumerator]),
    ).toEqual([
      [cases.a, false],
      [cases.b, true],
    ]);
    expect([reply.numerator, reply.denominator, reply.points]).toEqual([1, 2, 20]);
    expect(reply.records).toHaveLength(2);
    const absent = response.body.deductions.find((d: { kind: string }) => d.kind === 'head-absent');
    expect([absent.count, absent.points, absent.isCapped]).toEqual([2, 8, true]);
    expect(absent.records.map((r: { caseId: string; hearingAt: string }) => r.caseId)).toEqual([
      cases.a,
      cases.a,
    ]);
    expect(absent.records.map((r: { number: string }) => r.number)).toEqual([
      '（2026）浙0825行初300号',
      '（2026）浙0825行初300号',
    ]);
    // The hearings of 09:00 China time, as ISO 8601 like every time the API answers.
    const hearingTimes = ['2026-07-10T01:00:00.000Z', '2026-08-10T01:00:00.000Z'];
    expect(absent.records.map((r: { hearingAt: string }) => r.hearingAt)).toEqual(hearingTimes);
    expect(head.definitionLabel).toBe('按案件（审级）计（第1版）');
    // Runs computed before kept PostgreSQL's text of the instant; migration 0018 rewrites it, so it
    // is answered as ISO 8601 too.
    await t.database.db.execute(
      sql`update assessment_result_records set hearing_at = replace(replace(hearing_at, 'T', ' '), '.000Z', '+00')
        where run_id = ${runId} and hearing_at is not null`,
    );
    await t.database.db.execute(
      sql.raw(readFileSync(join(MIGRATIONS_FOLDER, '0018_assessment_hearing_iso.sql'), 'utf8')),
    );
    const legacy = (await coordinator.get(`/api/assessment/runs/${runId}/results/${ids.ziran}`)).body;
    const legacyAbsent = legacy.deductions.find((d: { kind: string }) => d.kind === 'head-absent');
    expect(legacyAbsent.records.map((r: { hearingAt: string }) => r.hearingAt)).toEqual(hearingTimes);
    const shichang = (await coordinator.get(`/api/assessment/runs/${runId}/results/${ids.shichang}`)).body;
    const unanswered = shichang.deductions.find((d: { kind: string }) => d.kind === 'suggestion-unanswered');
    expect([unanswered.count, unanswered.points]).toEqual([1, 10]);
    expect(unanswered.records.map((r: { suggestionId: string }) => r.suggestionId)).toEqual([cases.s3]);
    const zhujian = (await coordinator.get(`/api/assessment/runs/${runId}/results/${ids.zhujian}`)).body;
    expect(zhujian.items[1]).toMatchObject({ statusLabel: '无数据，不计分（其余项按比例折算）', points: 0 });
    expect(zhujian.itemPoints).toBe(100);
    // The 60 points of the counted item are scaled to the base score, and the page says so.
    expect(zhujian.itemScaling).toEqual({
      excludedCount: 1,
      countedWeight: 60,
      totalWeight: 100,
      countedPoints: 60,
      scaledPoints: 100,
      text: '有1项无数据不计分（司法建议反馈率），其余各项得分合计60分，按 100/60 折算为100分。',
    });
    expect(zhujian.totalClipping).toBeNull();
    expect([response.body.itemScaling, response.body.totalClipping]).toEqual([null, null]);
    const unperformed = zhujian.deductions.find((d: { kind: string }) => d.kind === 'judgment-unperformed');
    expect(unperformed.records.map((r: { caseId: string }) => r.caseId)).toEqual([cases.d]);
  });

  it('hides a draft from the agencies and the leader', async () => {
    expect((await clerk.get(`/api/assessment/runs/${runId}`)).status).toBe(404);
    expect((await clerk.get(`/api/assessment/runs/${runId}/results/${ids.ziran}`)).status).toBe(404);
    expect((await clerk.get('/api/assessment/runs')).body.items).toEqual([]);
    expect((await leader.get(`/api/assessment/runs/${runId}`)).status).toBe(404);
  });
});

describe('publishing freezes the results', () => {
  let published: unknown;
  let publishedResult: unknown;

  it('publishes, notifies every unit and refuses to recompute', async () => {
    const run = (await coordinator.get(`/api/assessment/runs/${runId}`)).body;
    const before = await lastAuditId(t.database.db);
    const response = await coordinator.post(`/api/assessment/runs/${runId}/publish`, {
      revision: run.revision,
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.status).toBe('published');
    const events = (await auditRowsAfter(t.database.db, before)).map((r) => r.event);
    expect(events.filter((e) => e === 'notification.sent')).toHaveLength(9);
    expect(events.at(-1)).toBe('assessment.run.published');
    const notices = (await clerk.get('/api/notifications')).body.items ?? [];
    expect(JSON.stringify(notices)).toContain('本单位得分42分，等次较差，在9个单位中排名第9。');
    const again = await coordinator.post(`/api/assessment/runs/${runId}/compute`, {
      revision: response.body.revision,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('考核结果已发布，不能重新计算');
    published = response.body;
    publishedResult = (await coordinator.get(`/api/assessment/runs/${runId}/results/${ids.ziran}`)).body;
  });

  it('publishes the whole ranking to every unit it ranks, and each unit’s records to itself only', async () => {
    // Seeds 002 and 004: the ranking is published to all units.
    const run = await clerk.get(`/api/assessment/runs/${runId}`);
    expect(run.status).toBe(200);
    type RunRow = Row & { isOwnUnit: boolean; abilities: { canReadRecords: boolean } };
    const rows: RunRow[] = run.body.results;
    expect(rows).toHaveLength(9);
    expect(rowOf(rows, '柯城区住房和城乡建设局')).toMatchObject({ total: 97, gradeLabel: '优秀', rank: 7 });
    expect(rowOf(rows, '柯城区市场监督管理局')).toMatchObject({ total: 50, gradeLabel: '较差', rank: 8 });
    expect(
      rows.filter((r) => r.abilities.canReadRecords).map((r) => [r.organisationName, r.isOwnUnit]),
    ).toEqual([['柯城区自然资源和规划局', true]]);
    expect(rows.filter((r) => r.isOwnUnit)).toHaveLength(1);
    // The records behind the points are case data: the unit's own only.
    expect((await clerk.get(`/api/assessment/runs/${runId}/results/${ids.ziran}`)).status).toBe(200);
    const other = await clerk.get(`/api/assessment/runs/${runId}/results/${ids.zhujian}`);
    expect(other.status).toBe(403);
    expect(other.body.error.message).toBe(
      '只能查看本单位考核得分的明细（依据的案件、司法建议）；其他单位的得分见排名',
    );
    expect((await clerk.get(`/api/assessment/schemes`)).body.items).toEqual([]);
    expect((await clerk.get(`/api/assessment/schemes/${schemeId}`)).status).toBe(404);
    // The leader reads the region: every row with its records.
    const led: RunRow[] = (await leader.get(`/api/assessment/runs/${runId}`)).body.results;
    expect([led.length, led.every((r) => r.abilities.canReadRecords && !r.isOwnUnit)]).toEqual([9, true]);
    expect((await leader.get(`/api/assessment/runs/${runId}/results/${ids.zhujian}`)).status).toBe(200);
  });

  it('keeps past results when the scheme changes and the records change', async () => {
    const scheme = (await coordinator.get(`/api/assessment/schemes/${schemeId}`)).body;
    expect(scheme.isCurrentVersionUsed).toBe(true);
    const changed = await coordinator.put(`/api/assessment/schemes/${schemeId}`, {
      ...schemeBody({
        items: [
          { indicatorId: 'head-appearance', weight: 70, target: 90, floor: 40, noData: 'full' },
          { indicatorId: 'suggestion-reply', weight: 30, target: 100, floor: 0, noData: 'full' },
        ],
        deductions: [{ kind: 'suggestion-late', pointsEach: 2, cap: 6 }],
      }),
      revision: scheme.revision,
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body.currentVersion).toBe(2);
    expect(
      changed.body.versions.map((v: { version: number; runCount: number }) => [v.version, v.runCount]),
    ).toEqual([
      [2, 0],
      [1, 1],
    ]);
    // S3 is answered (late) after the quarter: the published quarter does not move.
    await replyToSuggestion(await t.login('shichang-clerk', 'Shichang-Passw0rd!'), cases.s3!, {
      repliedOn: '2026-10-20',
    });
    expect((await coordinator.get(`/api/assessment/runs/${runId}`)).body).toEqual(published);
    expect((await coordinator.get(`/api/assessment/runs/${runId}/results/${ids.ziran}`)).body).toEqual(
      publishedResult,
    );
    // A new run uses version 2: 自然资源 70 × 50 ÷ 90 = 38.89, 30 × 50 ÷ 100 = 15, S2 late −2 → 51.89.
    const year = await coordinator.post('/api/assessment/runs', { schemeId, period: '2026' });
    expect(year.status, JSON.stringify(year.body)).toBe(201);
    expect(year.body.schemeVersion).toBe(2);
    expect(rowOf(year.body.results, '柯城区自然资源和规划局')).toMatchObject({
      total: 51.89,
      gradeLabel: '较差',
    });
    const duplicate = await coordinator.post('/api/assessment/runs', { schemeId, period: '2026-Q3' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.details).toEqual([
      { field: 'period', message: '2026年第三季度的考核结果已存在' },
    ]);
  });

  it('refuses a period outside the scheme year', async () => {
    const response = await coordinator.post('/api/assessment/runs', { schemeId, period: '2025-Q4' });
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([
      { field: 'period', message: '考核期间应在方案的考核年度（2026年）内' },
    ]);
  });
});

describe('连续两年考核较差', () => {
  it('flags a unit graded 较差 in the published annual results of two consecutive years', async () => {
    // 2025: 自然资源's only case had a requested hearing without its head → 0 points, −5 → 较差.
    const old = await registerCase(clerk, { agencyId: ids.ziran!, servedOn: '2025-03-01', year: 2025 });
    await hearing(clerk, old.id, {
      at: '2025-06-10',
      isHeadRequested: true,
      appearance: { defendantOrgId: ids.ziran!, ...deputy },
    });
    const s2025 = await coordinator.post(
      '/api/assessment/schemes',
      schemeBody({ name: '2025年度考核', year: 2025 }),
    );
    const s2026 = await coordinator.post(
      '/api/assessment/schemes',
      schemeBody({ name: '2026年度考核（年度）' }),
    );
    const run2025 = (
      await coordinator.post('/api/assessment/runs', { schemeId: s2025.body.id, period: '2025' })
    ).body;
    expect(rowOf(run2025.results, '柯城区自然资源和规划局')).toMatchObject({ total: 0, gradeLabel: '较差' });
    // 0 points less 5 is below 0: the total is 0, and the result says why.
    const clipped = (await coordinator.get(`/api/assessment/runs/${run2025.id}/results/${ids.ziran}`)).body;
    expect([clipped.itemPoints, clipped.deductionPoints, clipped.total]).toEqual([0, 5, 0]);
    expect(clipped.totalClipping).toEqual({
      rawTotal: -5,
      text: '指标得分0分，扣分5分，扣分后低于0分（-5分），按0分计。',
    });
    expect(clipped.itemScaling.text).toBe(
      '有1项无数据不计分（司法建议反馈率），其余各项得分合计0分，按 100/60 折算为0分。',
    );
    const publish2025 = await coordinator.post(`/api/assessment/runs/${run2025.id}/publish`, {
      revision: run2025.revision,
    });
    expect(publish2025.status, JSON.stringify(publish2025.body)).toBe(200);

    const run2026 = (
      await coordinator.post('/api/assessment/runs', { schemeId: s2026.body.id, period: '2026' })
    ).body;
    expect(run2026.abilities.canPublish).toBe(false);
    const early = await coordinator.post(`/api/assessment/runs/${run2026.id}/publish`, {
      revision: run2026.revision,
    });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe('2026年度尚未结束（截至2026-12-31），不能发布考核结果');
    // Before the 2026 results are published, nothing is flagged.
    expect(rowOf(run2026.results, '柯城区自然资源和规划局')?.poorTwoYears).toBeNull();

    t.clock.set(new Date('2027-01-05T01:00:00Z'));
    // The sessions of November have expired by January.
    coordinator = await t.login('kecheng-coordinator');
    clerk = await t.login('kecheng-clerk');
    const published = await coordinator.post(`/api/assessment/runs/${run2026.id}/publish`, {
      revision: run2026.revision,
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    const rows: Row[] = published.body.results;
    expect(rowOf(rows, '柯城区自然资源和规划局')?.poorTwoYears).toBe('连续两年考核较差（2025、2026年度）');
    // 市场监管 answered S3 late in October: 0 of 40 for the item, no 逾期未答复 by the year's end → 60, 合格.
    expect(rowOf(rows, '柯城区市场监督管理局')).toMatchObject({
      total: 60,
      gradeLabel: '合格',
      poorTwoYears: null,
    });
    const own = await clerk.get(`/api/assessment/runs/${run2026.id}/results/${ids.ziran}`);
    expect(own.body.poorTwoYears).toBe('连续两年考核较差（2025、2026年度）');
    // The notices name the period once, and tell the flagged unit (only it) of its flag.
    type Notice = { title: string; body: string };
    const notices: Notice[] = (await clerk.get('/api/notifications')).body.items;
    expect(notices.map((n) => n.title)).toContain('2025年度考核结果已发布');
    expect(notices.some((n) => n.title.includes('（2025年度）'))).toBe(false);
    const of2026 = notices.find((n) => n.title.startsWith('2026年度考核（年度）'))!;
    expect(of2026.body).toMatch(/^本单位得分[\d.]+分，等次较差，在9个单位中排名第\d+。/);
    expect(of2026.body).toContain('本单位连续两年考核较差（2025、2026年度）。');
    const shichangClerk = await t.login('shichang-clerk', 'Shichang-Passw0rd!');
    const shichangNotices: Notice[] = (await shichangClerk.get('/api/notifications')).body.items;
    const shichang2026 = shichangNotices.find((n) => n.title.startsWith('2026年度考核（年度）'))!;
    expect(shichang2026.body).not.toContain('连续两年');
  });
});

describe('应诉报告、裁判报备逾期', () => {
  // 2026-Q3, the local 5-day reports (due = 举证期限 + 5 days; judgment filing = service + 5):
  //   自然资源 case E served 07-01 → due 07-21, reported 07-20 → on time
  //            case F served 07-02 → due 07-22, reported 07-25 → late
  //            case G served 09-01 → due 09-21, never reported → late
  //            case H served 09-20 → due 10-10, outside the quarter
  //   住建     case D (above) judgment served 07-01 → filing due 07-06, never filed → late
  //   cases A–C were served in June: their reports fell due in the second quarter.
  it('deducts each report made late or not made, traced to its case', async () => {
    const kecheng = await t.login('kecheng-coordinator');
    const ziranClerk = await t.login('kecheng-clerk');
    const e = await registerCase(ziranClerk, { agencyId: ids.ziran!, servedOn: '2026-07-01' });
    await step(ziranClerk, e.id, 'report', { reportedOn: '2026-07-20' });
    const f = await registerCase(ziranClerk, { agencyId: ids.ziran!, servedOn: '2026-07-02' });
    await step(ziranClerk, f.id, 'report', { reportedOn: '2026-07-25' });
    const g = await registerCase(ziranClerk, { agencyId: ids.ziran!, servedOn: '2026-09-01' });
    await registerCase(ziranClerk, { agencyId: ids.ziran!, servedOn: '2026-09-20' });
    const dues = (await ziranClerk.get(`/api/cases/${f.id}`)).body.deadlines.map(
      (d: { title: string; due: string }) => [d.title, d.due],
    );
    expect(dues).toContainEqual(['应诉情况报告司法行政机关期限', '2026-07-22']);

    const scheme = await kecheng.post(
      '/api/assessment/schemes',
      schemeBody({
        name: '2026年度报告时效考核',
        deductions: [{ kind: 'report-late', pointsEach: 4, cap: 20 }],
      }),
    );
    expect(scheme.status, JSON.stringify(scheme.body)).toBe(201);
    expect(scheme.body.rules.deductions[0].ruleText).toContain('每项扣4分，最多扣20分');
    const run = await kecheng.post('/api/assessment/runs', { schemeId: scheme.body.id, period: '2026-Q3' });
    expect(run.status, JSON.stringify(run.body)).toBe(201);

    const deductionOf = async (agencyId: string) => {
      const result = (await kecheng.get(`/api/assessment/runs/${run.body.id}/results/${agencyId}`)).body;
      return result.deductions.find((d: { kind: string }) => d.kind === 'report-late');
    };
    const ziran = await deductionOf(ids.ziran!);
    expect([ziran.name, ziran.count, ziran.points]).toEqual(['应诉报告、裁判报备逾期', 2, 8]);
    expect(ziran.records.map((r: { caseId: string; date: string }) => [r.caseId, r.date])).toEqual([
      [f.id, '2026-07-22'],
      [g.id, '2026-09-21'],
    ]);
    const zhujian = await deductionOf(ids.zhujian!);
    expect(zhujian.records.map((r: { caseId: string; date: string }) => [r.caseId, r.date])).toEqual([
      [cases.d, '2026-07-06'],
    ]);
    expect((await deductionOf(ids.shichang!)).count).toBe(0);
  });

  it('charges nothing in a draft of the running quarter before its deadline has passed', async () => {
    const clockBefore = t.clock.now();
    try {
      // 2026-11-10, Q4 running. Case K, served 10-10, was not reported by its due date in
      // October: late already. Case J, served 11-01: its report falls due after today.
      t.clock.set(new Date('2026-11-10T01:00:00Z'));
      const kecheng = await t.login('kecheng-coordinator');
      const ziranClerk = await t.login('kecheng-clerk');
      const courtClerk = await t.login('longyou-court');
      const reportDueOf = async (caseId: string): Promise<string> =>
        (await ziranClerk.get(`/api/cases/${caseId}`)).body.deadlines.find(
          (d: { title: string }) => d.title === '应诉情况报告司法行政机关期限',
        ).due;
      const k = await registerCase(ziranClerk, { agencyId: ids.ziran!, servedOn: '2026-10-10' });
      const j = await registerCase(ziranClerk, { agencyId: ids.ziran!, servedOn: '2026-11-01' });
      const jDue = await reportDueOf(j.id);
      expect(await reportDueOf(k.id)).toMatch(/^2026-1[01]-/);
      expect((await reportDueOf(k.id)) < '2026-11-10' && jDue > '2026-11-10').toBe(true);
      // A suggestion to 市场监管 due 11-20, not answered.
      const s4 = await issueSuggestion(courtClerk, {
        to: ids.shichang!,
        servedOn: '2026-10-20',
        dueOn: '2026-11-20',
      });
      const scheme = await kecheng.post(
        '/api/assessment/schemes',
        schemeBody({
          name: '2026年四季度报告时效考核',
          deductions: [
            { kind: 'report-late', pointsEach: 4, cap: 20 },
            { kind: 'suggestion-unanswered', pointsEach: 10, cap: 10 },
          ],
        }),
      );
      const run = await kecheng.post('/api/assessment/runs', { schemeId: scheme.body.id, period: '2026-Q4' });
      expect(run.status, JSON.stringify(run.body)).toBe(201);
      const recordsOf = async (agencyId: string, kind: string) => {
        const result = (await kecheng.get(`/api/assessment/runs/${run.body.id}/results/${agencyId}`)).body;
        const deduction = result.deductions.find((d: { kind: string }) => d.kind === kind);
        return deduction.records.map(
          (r: { caseId: string | null; suggestionId: string | null }) => r.caseId ?? r.suggestionId,
        );
      };
      const reports = await recordsOf(ids.ziran!, 'report-late');
      expect(reports).toContain(k.id);
      expect(reports).not.toContain(j.id);
      expect(await recordsOf(ids.shichang!, 'suggestion-unanswered')).toEqual([]);

      // A day past both deadlines, the same draft recomputed charges them.
      t.clock.set(new Date(`${jDue > '2026-11-20' ? jDue : '2026-11-20'}T20:00:00Z`));
      const later = await t.login('kecheng-coordinator');
      const recomputed = await later.post(`/api/assessment/runs/${run.body.id}/compute`, {
        revision: run.body.revision,
      });
      expect(recomputed.status, JSON.stringify(recomputed.body)).toBe(200);
      const reportsLater = (
        await later.get(`/api/assessment/runs/${run.body.id}/results/${ids.ziran}`)
      ).body.deductions.find((d: { kind: string }) => d.kind === 'report-late');
      const laterCases = reportsLater.records.map((r: { caseId: string }) => r.caseId);
      expect(laterCases).toEqual(expect.arrayContaining([k.id, j.id]));
      expect(reportsLater.count).toBe(reports.length + 1);
      const unanswered = (
        await later.get(`/api/assessment/runs/${run.body.id}/results/${ids.shichang}`)
      ).body.deductions.find((d: { kind: string }) => d.kind === 'suggestion-unanswered');
      expect(unanswered.records.map((r: { suggestionId: string }) => r.suggestionId)).toEqual([s4]);
    } finally {
      t.clock.set(clockBefore);
    }
  });
});

describe('the city’s ranking', () => {
  type Result = {
    items: { indicatorId: string; numerator: number; denominator: number }[];
    deductions: { kind: string; count: number; records: { agencyName: string }[] }[];
  };
  const resultOf = async (client: TestClient, run: string, org: string): Promise<Result> =>
    (await client.get(`/api/assessment/runs/${run}/results/${org}`)).body;

  it('ranks the city’s own departments and each county as one unit, its numbers the sums of its agencies’', async () => {
    const city = await t.login('city-coordinator');
    const kecheng = await t.login('kecheng-coordinator');
    const body = schemeBody({ name: '2026年度全市行政应诉考核' });
    const cityScheme = (await city.post('/api/assessment/schemes', body)).body;
    const cityRun = await city.post('/api/assessment/runs', { schemeId: cityScheme.id, period: '2026-Q3' });
    expect(cityRun.status, JSON.stringify(cityRun.body)).toBe(201);
    const names: string[] = cityRun.body.results.map((r: Row) => r.organisationName);
    expect(names).toHaveLength(10);
    expect(names.filter((n) => n.startsWith('衢州市'))).toHaveLength(7);
    expect(names.filter((n) => !n.startsWith('衢州市')).sort()).toEqual(
      ['柯城区人民政府', '衢江区人民政府', '龙游县人民政府'].sort(),
    );

    // The same rules over 柯城区's own units, at the same moment: the county's unit is their sum.
    const countyScheme = (await kecheng.post('/api/assessment/schemes', { ...body, name: '柯城区对照' }))
      .body;
    const countyRun = (
      await kecheng.post('/api/assessment/runs', { schemeId: countyScheme.id, period: '2026-Q3' })
    ).body;
    const parts = await Promise.all(
      countyRun.results.map((r: { organisationId: string }) =>
        resultOf(kecheng, countyRun.id, r.organisationId),
      ),
    );
    const unit = await resultOf(city, cityRun.body.id, ids.kechengGov!);
    for (const [i, item] of unit.items.entries()) {
      const numerator = parts.reduce((sum, p) => sum + p.items[i]!.numerator, 0);
      const denominator = parts.reduce((sum, p) => sum + p.items[i]!.denominator, 0);
      expect([item.indicatorId, item.numerator, item.denominator]).toEqual([
        item.indicatorId,
        numerator,
        denominator,
      ]);
    }
    expect(unit.items[0]!.denominator).toBeGreaterThan(0);
    for (const [i, d] of unit.deductions.entries()) {
      expect([d.kind, d.count]).toEqual([d.kind, parts.reduce((sum, p) => sum + p.deductions[i]!.count, 0)]);
      expect(d.records).toHaveLength(d.count);
    }
    const absent = unit.deductions.find((d) => d.kind === 'head-absent')!;
    expect(absent.records.map((r) => r.agencyName)).toEqual([
      '柯城区自然资源和规划局',
      '柯城区自然资源和规划局',
    ]);

    // Published, the city's run is not one of 自然资源's: its county answers for it there.
    const run = (await city.get(`/api/assessment/runs/${cityRun.body.id}`)).body;
    expect(
      (await city.post(`/api/assessment/runs/${run.id}/publish`, { revision: run.revision })).status,
    ).toBe(200);
    const ziranClerk = await t.login('kecheng-clerk');
    const listed = (await ziranClerk.get('/api/assessment/runs')).body.items.map((r: { id: string }) => r.id);
    expect(listed).not.toContain(run.id);
    expect(listed.length).toBeGreaterThan(0);
    expect((await ziranClerk.get(`/api/assessment/runs/${run.id}`)).status).toBe(404);
    // 柯城区's 司法局 is told its county's score, and sees its county's row of the city's run, and no other county's.
    const told = JSON.stringify((await kecheng.get('/api/notifications')).body.items);
    expect(told).toContain('2026年度全市行政应诉考核（2026年第三季度）考核结果已发布');
    expect(told).toMatch(/柯城区人民政府得分[\d.]+分，等次.{2}，在10个单位中排名第\d+。/);
    const countyListed = (await kecheng.get('/api/assessment/runs')).body.items.map(
      (r: { id: string }) => r.id,
    );
    expect(countyListed).toContain(run.id);
    // The county is one unit of the city's ranking: its offices see the whole ranking, the county's records only.
    const countyView = (await kecheng.get(`/api/assessment/runs/${run.id}`)).body;
    type RunRow = Row & { isOwnUnit: boolean; abilities: { canReadRecords: boolean } };
    expect(countyView.results.map((r: RunRow) => r.organisationName)).toEqual(
      run.results.map((r: RunRow) => r.organisationName),
    );
    expect(countyView.agencyCount).toBe(10);
    expect(
      countyView.results
        .filter((r: RunRow) => r.abilities.canReadRecords)
        .map((r: RunRow) => [r.organisationName, r.isOwnUnit]),
    ).toEqual([['柯城区人民政府', true]]);
    expect((await kecheng.get(`/api/assessment/runs/${run.id}/results/${ids.kechengGov}`)).status).toBe(200);
    const qujiangGov = run.results.find((r: Row) => r.organisationName === '衢江区人民政府').organisationId;
    expect((await kecheng.get(`/api/assessment/runs/${run.id}/results/${qujiangGov}`)).status).toBe(403);
    // 自然资源 is not ranked in the city's run (its county is): nothing of it.
    expect((await ziranClerk.get(`/api/assessment/runs/${run.id}/results/${ids.kechengGov}`)).status).toBe(
      404,
    );
  });
});

describe('one scheme per region, year and name', () => {
  it('refuses a second scheme of the region with the same name and 考核年度, naming the field', async () => {
    const kecheng = await t.login('kecheng-coordinator');
    const first = await kecheng.post('/api/assessment/schemes', schemeBody({ name: '区级考核方案' }));
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const message = '本地区已有2026年度的考核方案“区级考核方案”，请换一个名称，或打开原方案修改';
    const again = await kecheng.post('/api/assessment/schemes', schemeBody({ name: ' 区级考核方案 ' }));
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'DUPLICATE',
      message,
      details: [{ field: 'name', message }],
    });
    // Another year, or another region, may use the name.
    expect(
      (await kecheng.post('/api/assessment/schemes', schemeBody({ name: '区级考核方案', year: 2027 })))
        .status,
    ).toBe(201);
    const city = await t.login('city-coordinator');
    expect((await city.post('/api/assessment/schemes', schemeBody({ name: '区级考核方案' }))).status).toBe(
      201,
    );
    // Concurrent saves of the same name: one is kept.
    const racing = await Promise.all(
      [1, 2, 3].map(() => kecheng.post('/api/assessment/schemes', schemeBody({ name: '并发方案' }))),
    );
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409, 409]);
  });

  it('refuses renaming or re-yearing a scheme onto another one, and lets a scheme keep its own name', async () => {
    const kecheng = await t.login('kecheng-coordinator');
    const other = (
      await kecheng.post('/api/assessment/schemes', schemeBody({ name: '待改名方案', year: 2028 }))
    ).body;
    const renamed = await kecheng.put(`/api/assessment/schemes/${other.id}`, {
      ...schemeBody({ name: '区级考核方案', year: 2028 }),
      revision: other.revision,
    });
    expect(renamed.status).toBe(200);
    const reYeared = await kecheng.put(`/api/assessment/schemes/${other.id}`, {
      ...schemeBody({ name: '区级考核方案', year: 2027 }),
      revision: renamed.body.revision,
    });
    expect(reYeared.status).toBe(409);
    expect(reYeared.body.error.details).toEqual([
      {
        field: 'name',
        message: '本地区已有2027年度的考核方案“区级考核方案”，请换一个名称，或打开原方案修改',
      },
    ]);
    const same = await kecheng.put(`/api/assessment/schemes/${other.id}`, {
      ...schemeBody({ name: '区级考核方案', year: 2028 }),
      revision: renamed.body.revision,
    });
    expect(same.status, JSON.stringify(same.body)).toBe(200);
  });

  it('publishes one ranking per region and period: another scheme’s run of a published period is refused', async () => {
    // 柯城区's 2026-Q3 ranking was published with the first scheme (above).
    const kecheng = await t.login('kecheng-coordinator');
    const scheme = (await kecheng.post('/api/assessment/schemes', schemeBody({ name: '第二套季度方案' })))
      .body;
    const run = (await kecheng.post('/api/assessment/runs', { schemeId: scheme.id, period: '2026-Q3' })).body;
    expect(run.abilities).toEqual({ canCompute: true, canPublish: false });
    expect(run.publishedOfPeriod).toEqual({
      id: runId,
      schemeName: '2026年度行政应诉考核',
      text: '本地区2026年第三季度的考核结果已按方案“2026年度行政应诉考核”发布，同一期间只能发布一个考核结果',
    });
    const refused = await kecheng.post(`/api/assessment/runs/${run.id}/publish`, { revision: run.revision });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      '本地区2026年第三季度的考核结果已按方案“2026年度行政应诉考核”发布，同一期间只能发布一个考核结果',
    );
    expect((await kecheng.get(`/api/assessment/runs/${run.id}`)).body.status).toBe('draft');
    // The city publishes its own ranking of the same quarter (done above): another region.
    const runs = (await kecheng.get('/api/assessment/runs')).body.items as {
      period: string;
      status: string;
    }[];
    expect(runs.filter((r) => r.period === '2026-Q3' && r.status === 'published').length).toBe(2);
  });
});

describe('recomputing a draft', () => {
  it('refuses when the scheme now is for another 考核年度, keeping the run’s version; recomputes once it is back', async () => {
    const kecheng = await t.login('kecheng-coordinator');
    const created = (await kecheng.post('/api/assessment/schemes', schemeBody({ name: '复算方案' }))).body;
    const run = (await kecheng.post('/api/assessment/runs', { schemeId: created.id, period: '2026-Q2' }))
      .body;
    expect([run.schemeVersion, run.schemeName]).toEqual([1, '复算方案']);
    const moved = await kecheng.put(`/api/assessment/schemes/${created.id}`, {
      ...schemeBody({ name: '复算方案2027', year: 2027 }),
      revision: created.revision,
    });
    expect(moved.body.currentVersion).toBe(2);

    const refused = await kecheng.post(`/api/assessment/runs/${run.id}/compute`, { revision: run.revision });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(
      '考核期间应在方案的考核年度内：方案现行第2版的考核年度为2027年，不能用于重新计算2026年第二季度的考核结果；原结果（第1版）保持不变',
    );
    const kept = (await kecheng.get(`/api/assessment/runs/${run.id}`)).body;
    expect([kept.schemeVersion, kept.schemeName, kept.revision]).toEqual([1, '复算方案', run.revision]);

    // Back to 2026 (version 2 is unused, so edited in place): the draft is recomputed with it.
    const back = await kecheng.put(`/api/assessment/schemes/${created.id}`, {
      ...schemeBody({ name: '复算方案' }),
      revision: moved.body.revision,
    });
    expect(back.body.currentVersion).toBe(2);
    const recomputed = await kecheng.post(`/api/assessment/runs/${run.id}/compute`, {
      revision: run.revision,
    });
    expect(recomputed.status, JSON.stringify(recomputed.body)).toBe(200);
    expect([recomputed.body.schemeVersion, recomputed.body.schemeName]).toEqual([2, '复算方案']);
  });
});

describe('the runs list', () => {
  it('names each run’s region, so a county’s own ranking and the city’s are told apart', async () => {
    const kecheng = await t.login('kecheng-coordinator');
    const items = (await kecheng.get('/api/assessment/runs')).body.items as {
      period: string;
      status: string;
      regionName: string;
    }[];
    const q3 = items.filter((r) => r.period === '2026-Q3' && r.status === 'published');
    expect(q3.map((r) => r.regionName).sort()).toEqual(['柯城区人民政府', '衢州市人民政府'].sort());
    const run = (await kecheng.get(`/api/assessment/runs/${(items[0] as unknown as { id: string }).id}`))
      .body;
    expect(run.regionName).toBeTruthy();
  });
});
