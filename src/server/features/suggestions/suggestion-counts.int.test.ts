import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestions } from '../../db/schema';
import type { TestApp, TestClient } from '../../test/test-app';
import { issue, judicialTo, setUpSuggestionsTest } from './suggestions.test-helpers';

// The test clock stands at 2026-11-02 09:00 China time.
let t: TestApp;
let court: TestClient;
let coordinator: TestClient;
let clerk: TestClient;
let qujiang: TestClient;
let shichang: TestClient;
let ids: Record<string, string> = {};

const judicial = (overrides: Record<string, unknown> = {}) => judicialTo(ids.ziran!, overrides);

beforeAll(async () => {
  ({ t, court, coordinator, clerk, qujiang, shichang, ids } = await setUpSuggestionsTest());
});
afterAll(async () => t?.close());

describe('counts', () => {
  it('counts issued, replied, on time, adopted and rectified by addressee and kind, in scope', async () => {
    const to = (overrides: Record<string, unknown>) =>
      issue(court, judicial({ addresseeOrgId: ids.shichang, ...overrides }));
    const onTime = await to({ title: '关于规范市场监管执法的司法建议' });
    const late = await to({
      title: '关于规范抽检程序的司法建议',
      issuedOn: '2026-08-01',
      servedOn: '2026-08-03',
    });
    await to({ title: '关于规范罚没物品处置的司法建议' });
    expect(late.dueOn).toBe('2026-10-08');
    const reply = async (s: any, body: Record<string, unknown>) => {
      const response = await shichang.post(`/api/suggestions/${s.id}/reply`, {
        repliedOn: '2026-11-02',
        content: '已研究落实。',
        version: s.version,
        ...body,
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return response.body;
    };
    await reply(onTime, {
      adoption: 'adopted',
      rectificationMeasures: '修订执法手册',
      rectifiedOn: '2026-11-01',
    });
    const lateReply = await reply(late, { adoption: 'partly', adoptionReason: '部分事项无权处理' });
    expect(lateReply).toMatchObject({ isOnTime: false, reply: { isOnTime: false } });
    expect(lateReply.timeline.at(-1).description).toBe(
      '2026-11-02答复，部分采纳，理由：部分事项无权处理；逾期答复（期限2026-10-08）',
    );

    const stats = (await coordinator.get('/api/suggestions/stats')).body;
    expect(stats).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
    expect(stats.byAddressee.find((a: any) => a.addressee.id === ids.shichang)).toEqual({
      addressee: { id: ids.shichang, name: '柯城区市场监督管理局' },
      issued: 3,
      replied: 2,
      repliedOnTime: 1,
      adopted: 2,
      rectified: 1,
    });
    const judicialTotals = stats.byKind.find((k: any) => k.kind === 'judicial');
    const sum = (field: string) => stats.byAddressee.reduce((n: number, a: any) => n + a[field], 0) as number;
    expect(stats.total.issued).toBe(sum('issued'));
    expect(judicialTotals.kindLabel).toBe('司法建议');
    // Only August: the late one.
    const august = (await coordinator.get('/api/suggestions/stats?from=2026-08-01&to=2026-08-31')).body;
    expect(august.total).toEqual({ issued: 1, replied: 1, repliedOnTime: 0, adopted: 1, rectified: 0 });
    expect((await qujiang.get('/api/suggestions/stats')).body.total.issued).toBe(0);
    const bad = await coordinator.get('/api/suggestions/stats?from=2026-09-01&to=2026-08-01');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toEqual({ field: 'to', message: '统计截止日期不能早于起始日期' });
  });

  it('filters the list by status, kind, addressee and year', async () => {
    const list = async (query: string) =>
      (await coordinator.get(`/api/suggestions?pageSize=200&${query}`)).body.items.map((i: any) => i.title);
    expect(await list(`addresseeOrgId=${ids.shichang}&status=replied`)).toHaveLength(2);
    expect(await list(`addresseeOrgId=${ids.shichang}&status=due-soon`)).toEqual([]);
    expect(await list(`addresseeOrgId=${ids.shichang}&status=pending`)).toEqual([
      '关于规范罚没物品处置的司法建议',
    ]);
    expect(await list('kind=judicial')).toHaveLength(3);
    expect(await list('kind=procuratorial')).toEqual([]);
    expect(await list('year=2025')).toEqual([]);
    const bad = await coordinator.get('/api/suggestions?status=late');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]).toEqual({ field: 'status', message: '状态无效，请从列表中选择' });
  });
});

describe('letters generated on a case', () => {
  it('appear in the register, linked to the case', async () => {
    const created = await clerk.post('/api/cases', {
      caseNumber: '（2026）浙0825行初15号',
      courtId: ids.longyouCourt,
      causeCode: 'expropriation',
      domainCode: 'housing-expropriation',
      subject: '房屋征收补偿决定',
      defendants: [{ organisationId: ids.ziran }],
      plaintiffs: [{ kind: 'person', name: '张卫东' }],
      service: { servedOn: '2026-10-28', manner: 'direct' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const caseId = created.body.id;
    await coordinator.put('/api/document-series/suggestion', { pattern: '柯司建〔{year}〕{n}号' });
    const letter = await coordinator.post(`/api/cases/${caseId}/letters`, {
      kind: 'appearance-suggestion',
      addresseeOrgId: ids.ziran,
    });
    expect(letter.status, JSON.stringify(letter.body)).toBe(201);
    const linked = await issue(court, judicial({ caseId, title: '关于本案送达问题的司法建议' }));
    expect(linked.case).toEqual({ id: caseId, caseNumber: '（2026）浙0825行初15号' });

    const list = (await clerk.get(`/api/suggestions?caseId=${caseId}`)).body;
    expect(list.items.map((i: any) => [i.kindLabel, i.documentNumber])).toEqual([
      ['负责人出庭建议书', '柯司建〔2026〕1号'],
      ['司法建议', linked.documentNumber],
    ]);
    const fromLetter = (await clerk.get(`/api/suggestions/${list.items[0].id}`)).body;
    expect(fromLetter).toMatchObject({
      issuer: { name: '柯城区司法局' },
      addressee: { name: '柯城区自然资源和规划局' },
      dueOn: null,
      letterDownloadUrl: `/api/letters/${letter.body.id}/download`,
      case: { id: caseId },
    });
    const [row] = await t.database.db
      .select()
      .from(suggestions)
      .where(and(eq(suggestions.letterId, letter.body.id), eq(suggestions.origin, 'case-letter')));
    expect(row?.sequence).toBe(1);
  });
});
