// A draft while its period runs and while records arrive. The test clock starts
// on 2026-11-02 09:00 China time, in 2026-Q4 and in November:
//
//  - a draft of a running period may be made and edited, but 发布 is refused
//    (and the abilities say why) until the period has ended in China time;
//    a report published before that rule cannot be 上报'd early either;
//  - 刷新数据 writes the untouched narrative sections again from the new
//    figures and keeps, and names, the sections the coordinator changed.
//
// Cases of 柯城区自然资源和规划局 served 2026-10-05 and 2026-10-12, then one on
// 2026-10-20 entered after the October draft was made.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseRegistrar, type RegisterCase } from '../../test/case-fixtures';
import { auditRowsAfter, lastAuditId } from '../../test/factories';
import type { TestApp, TestClient } from '../../test/test-app';
import { setUpSuggestionsTest } from '../suggestions/suggestions.test-helpers';
import { createReport, publishReport } from './periodic-reports.test-helpers';

let t: TestApp;
let coordinator: TestClient;
let clerk: TestClient;
let ids: Record<string, string>;
let registerCase: RegisterCase;
let quarter: { id: string };

const create = createReport;
const publish = publishReport;

beforeAll(async () => {
  ({ t, ids, coordinator, clerk } = await setUpSuggestionsTest());
  registerCase = caseRegistrar({
    court: { id: ids.longyouCourt!, courtCode: '浙0825' },
    firstNumber: 700,
    subject: '作出的行政决定',
  });
  await registerCase(clerk, { agencyId: ids.ziran!, servedOn: '2026-10-05' });
  await registerCase(clerk, { agencyId: ids.ziran!, servedOn: '2026-10-12' });
}, 120_000);
afterAll(async () => t?.close());

describe('a period still running', () => {
  it('may be drafted, but its 发布 is refused until the period has ended, saying from when', async () => {
    const draft = await create(coordinator, 'quarter', '2026-Q4');
    quarter = { id: draft.id };
    const refusal = '2026年第四季度尚未结束（截至2026-12-31），不能发布报告；2027-01-01起可以发布';
    expect(draft).toMatchObject({
      status: 'draft',
      publishRefusal: refusal,
      abilities: { edit: true, publish: false, submit: false },
    });
    const list = await coordinator.get('/api/periodic-reports?kind=quarter');
    expect(list.body.items[0]).toMatchObject({ periodKey: '2026-Q4', publishRefusal: refusal });

    const before = await lastAuditId(t.database.db);
    const response = await publish(coordinator, draft.id);
    expect(response.status).toBe(409);
    expect(response.body.error).toMatchObject({ code: 'CONFLICT', message: refusal });
    const after = (await coordinator.get(`/api/periodic-reports/${draft.id}`)).body;
    expect([after.status, after.documentNumber, after.version]).toEqual(['draft', null, draft.version]);
    expect(await auditRowsAfter(t.database.db, before)).toEqual([]);

    // The last day of the period is still inside it.
    t.clock.set(new Date('2026-12-31T15:59:00Z')); // 2026-12-31 23:59 China time
    coordinator = await t.login('kecheng-coordinator');
    expect((await publish(coordinator, draft.id)).body.error.message).toBe(refusal);
  });

  it('refuses 上报 of a report published before the period ended', async () => {
    // As a report published before publishing waited for the period's end would be: published
    // a minute after the period, then seen with the clock a minute before its end.
    const early = await create(coordinator, 'month', '2026-12');
    t.clock.set(new Date('2026-12-31T16:00:00Z'));
    expect((await publish(coordinator, early.id)).status).toBe(200);
    t.clock.set(new Date('2026-12-31T15:59:00Z'));
    const shown = (await coordinator.get(`/api/periodic-reports/${early.id}`)).body;
    expect(shown.abilities).toMatchObject({ publish: false, submit: false });
    expect(shown.publishRefusal).toBeNull();
    const response = await coordinator.post(`/api/periodic-reports/${early.id}/submit`, {});
    expect(response.status).toBe(409);
    expect(response.body.error.message).toBe(
      '2026年12月尚未结束（截至2026-12-31），不能上报报告；2027-01-01起可以上报',
    );
    expect((await coordinator.get(`/api/periodic-reports/${early.id}`)).body.submittedAt).toBeNull();
  });

  it('publishes and submits once the period has ended in China time', async () => {
    t.clock.set(new Date('2026-12-31T16:00:00Z')); // 2027-01-01 00:00 China time
    coordinator = await t.login('kecheng-coordinator');
    clerk = await t.login('kecheng-clerk');
    const shown = (await coordinator.get(`/api/periodic-reports/${quarter.id}`)).body;
    expect(shown).toMatchObject({ publishRefusal: null, abilities: { publish: true } });
    const published = await publish(coordinator, quarter.id);
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    expect(published.body).toMatchObject({
      status: 'published',
      documentNumber: '衢柯司〔2027〕季通报1号',
      abilities: { submit: true },
    });
    const submitted = await coordinator.post(`/api/periodic-reports/${quarter.id}/submit`, {});
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);

    // The workbook of the published report carries its 文号 above every table.
    const file = await t.app.inject({
      method: 'GET',
      url: `/api/periodic-reports/${quarter.id}/tables.xlsx`,
      headers: { cookie: coordinator.cookie! },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    for (const sheet of workbook.worksheets) {
      expect(sheet.getCell('A2').value).toBe('文号：衢柯司〔2027〕季通报1号');
    }
  });
});

describe('刷新数据 and the narrative', () => {
  it('rewrites the untouched sections from the new figures and keeps, and names, the edited one', async () => {
    const draft = await create(coordinator, 'month', '2026-10');
    expect(draft.data.cases.received).toBe(2);
    expect(draft.narrative.overview).toContain('共收到行政诉讼案件2件');
    const problems = '个别单位应诉材料提交不及时，本月收案2件均为行政处罚。';
    const saved = await coordinator.put(`/api/periodic-reports/${draft.id}/narrative`, {
      ...draft.narrative,
      problems,
      version: draft.version,
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);

    await registerCase(clerk, { agencyId: ids.ziran!, servedOn: '2026-10-20' });
    const before = await lastAuditId(t.database.db);
    const refreshed = await coordinator.post(`/api/periodic-reports/${draft.id}/refresh`, {
      version: saved.body.version,
    });
    expect(refreshed.status, JSON.stringify(refreshed.body)).toBe(200);
    const body = refreshed.body;
    expect(body.data.cases.received).toBe(3);
    expect(body.narrative.overview).toContain('共收到行政诉讼案件3件，同比增加3件（上年同期0件）');
    expect(body.narrative.overview).not.toContain('共收到行政诉讼案件2件');
    expect(body.narrative.problems).toBe(problems);
    expect(body.narrative.suggestions).toBe(draft.narrative.suggestions);
    expect(body.refresh).toEqual({
      figuresChanged: true,
      redrafted: ['overview'],
      needsReview: ['problems'],
      warning:
        '数据已更新，但“主要问题及原因分析”经您修改过，系统保留了您的文字，其中的数字可能与刷新后的统计表不一致，请核对后保存。',
    });
    // What is stored (and so published) is the rewritten text, not only the response.
    const reread = (await coordinator.get(`/api/periodic-reports/${draft.id}`)).body;
    expect(reread.narrative).toEqual(body.narrative);

    const [audit] = await auditRowsAfter(t.database.db, before);
    expect(audit).toMatchObject({ event: 'periodic-report.refreshed' });
    expect(audit!.before).toMatchObject({
      cases: { received: 2 },
      narrative: { overview: draft.narrative.overview },
    });
    expect(audit!.after).toMatchObject({
      cases: { received: 3 },
      narrative: { overview: body.narrative.overview },
      needsReview: ['problems'],
    });

    // Nothing new: nothing to rewrite and nothing to check.
    const again = await coordinator.post(`/api/periodic-reports/${draft.id}/refresh`, {
      version: body.version,
    });
    expect(again.body.refresh).toEqual({
      figuresChanged: false,
      redrafted: [],
      needsReview: [],
      warning: null,
    });
    expect(again.body.narrative).toEqual(body.narrative);
  });
});

describe('validation in Chinese', () => {
  it('names the kinds and states by their Chinese labels, never the English values', async () => {
    const kind = await coordinator.post('/api/periodic-reports', { kind: 'weekly', periodKey: '2026' });
    expect(kind.status).toBe(400);
    expect(kind.body.error.details).toEqual([
      { field: 'kind', message: '报告类型应为月分析、季通报、半年总结或年度报告' },
    ]);
    const status = await coordinator.get('/api/periodic-reports?status=open');
    expect(status.status).toBe(400);
    expect(status.body.error.details).toEqual([{ field: 'status', message: '状态应为草稿或已发布' }]);
  });
});
