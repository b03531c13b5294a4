// The indicators against hand-computed values on a small register built
// through the HTTP API (cases in the case register, judicial suggestions in
// the suggestions register), in the period 2026-01-01 … 2026-10-31:
//
//  case  agency  hearings (court asked head?) → appearance        judgment (served)                         effective / performed
//  A     自然资源 04-10 (asked) absent; 05-10 (asked) 局长 spoke    撤销, 败诉, requires action (06-01)         06-20 / 07-10
//  B     自然资源 04-20 (asked) 科长 appeared, not a 负责人          准予撤诉 after the act changed, 败诉 (07-01) —
//  C     住建    05-15 局长 appeared, silent                        驳回起诉 (06-15)                            —
//  D     住建    06-01 局长 spoke                                   确认违法, 败诉, requires action (07-15)      08-05 / not performed
//  E     自然资源 none                                               驳回诉讼请求, no action required (08-01)     08-20
//  F     自然资源 none                                               责令履行, 败诉, requires action (10-20)      not yet effective
//  Suggestions of 龙游县人民法院: S1 自然资源 due 09-01 replied 10-15 (late) adopted;
//  S2 自然资源 due 10-20 replied 10-10 partly adopted; S3 住建 due 10-25 not replied.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  absent,
  caseRegistrar,
  head,
  hearing,
  issueSuggestion,
  judge,
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
let ids: Record<string, string>;
const PERIOD = 'from=2026-01-01&to=2026-10-31';

beforeAll(async () => {
  ({ t, ids, coordinator, clerk, zhujian: zhujianClerk, court } = await setUpSuggestionsTest());
  const { ziran, zhujian } = ids as Record<string, string>;
  const registerCase = caseRegistrar({
    court: { id: ids.longyouCourt!, courtCode: '浙0825' },
    firstNumber: 100,
  });

  const { id: a } = await registerCase(clerk, { agencyId: ziran!, servedOn: '2026-03-01' });
  const a1 = await hearing(clerk, a, { at: '2026-04-10', isHeadRequested: true });
  const a2 = await hearing(clerk, a, { at: '2026-05-10', isHeadRequested: true });
  await step(clerk, a, 'appearances', { hearingEventId: a1, defendantOrgId: ziran, ...absent });
  await step(clerk, a, 'appearances', { hearingEventId: a2, defendantOrgId: ziran, ...head() });
  await judge(clerk, a, {
    result: 'revoke',
    lossReason: 'procedure',
    servedOn: '2026-06-01',
    requiresPerformance: true,
  });
  await step(clerk, a, 'effective', { effectiveOn: '2026-06-20' });
  await step(clerk, a, 'performance', { performedOn: '2026-07-10', description: '已重新作出处罚决定' });

  const { id: b } = await registerCase(clerk, { agencyId: ziran!, servedOn: '2026-03-05' });
  await hearing(clerk, b, {
    at: '2026-04-20',
    isHeadRequested: true,
    appearance: { defendantOrgId: ziran!, ...head({ name: '李明', post: '科长', countsAsHead: false }) },
  });
  // The agency revoked its act and the plaintiff withdrew: recorded as lost.
  await judge(clerk, b, {
    result: 'withdrawal-allowed',
    lossReason: 'facts-unclear',
    servedOn: '2026-07-01',
  });

  const { id: c } = await registerCase(zhujianClerk, { agencyId: zhujian!, servedOn: '2026-03-10' });
  await hearing(zhujianClerk, c, {
    at: '2026-05-15',
    appearance: { defendantOrgId: zhujian!, ...head({ name: '赵刚', didSpeak: false }) },
  });
  await judge(zhujianClerk, c, { result: 'dismiss-suit', servedOn: '2026-06-15' });

  const { id: d } = await registerCase(zhujianClerk, { agencyId: zhujian!, servedOn: '2026-04-01' });
  await hearing(zhujianClerk, d, {
    at: '2026-06-01',
    appearance: { defendantOrgId: zhujian!, ...head({ name: '赵刚' }) },
  });
  await judge(zhujianClerk, d, {
    result: 'confirm-illegal',
    lossReason: 'wrong-law',
    servedOn: '2026-07-15',
    requiresPerformance: true,
  });
  await step(zhujianClerk, d, 'effective', { effectiveOn: '2026-08-05' });

  const { id: e } = await registerCase(clerk, { agencyId: ziran!, servedOn: '2026-05-01' });
  await judge(clerk, e, { result: 'dismiss-claims', servedOn: '2026-08-01' });
  await step(clerk, e, 'effective', { effectiveOn: '2026-08-20' });

  const { id: f } = await registerCase(clerk, { agencyId: ziran!, servedOn: '2026-06-01' });
  await judge(clerk, f, {
    result: 'order-performance',
    lossReason: 'nonperformance',
    servedOn: '2026-10-20',
    requiresPerformance: true,
  });

  const s1 = await issueSuggestion(court, { to: ziran!, servedOn: '2026-07-01', dueOn: '2026-09-01' });
  const s2 = await issueSuggestion(court, { to: ziran!, servedOn: '2026-08-20', dueOn: '2026-10-20' });
  await issueSuggestion(court, { to: zhujian!, servedOn: '2026-08-25', dueOn: '2026-10-25' });
  await replyToSuggestion(clerk, s1, { repliedOn: '2026-10-15', adoption: 'adopted' });
  await replyToSuggestion(clerk, s2, {
    repliedOn: '2026-10-10',
    adoption: 'partly',
    adoptionReason: '部分建议需上级部门决定',
  });
}, 120_000);
afterAll(async () => t?.close());

type Value = {
  indicatorId: string;
  numerator: number;
  denominator: number;
  rate: number | null;
  rateLabel: string;
};
async function valuesOf(
  client: TestClient,
  query = PERIOD,
): Promise<Record<string, Value & { definition: { key: string } }>> {
  const response = await client.get(`/api/indicators/values?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return Object.fromEntries(response.body.items.map((v: Value) => [v.indicatorId, v]));
}
const numbers = (v: Value) => [v.numerator, v.denominator, v.rateLabel];

/** The loss-reason breakdown as [label, count], in code-point order of the labels. */
async function lossReasonsOf(client: TestClient) {
  const response = await client.get(`/api/indicators/counts?by=loss-reason&${PERIOD}`);
  expect(response.status).toBe(200);
  return response.body.groups
    .map((g: { label: string; count: number }) => [g.label, g.count])
    .sort((a: [string], b: [string]) => (a[0] < b[0] ? -1 : 1));
}

describe('values (region of 柯城区, default variants)', () => {
  it('computes each indicator as hand-counted', async () => {
    const values = await valuesOf(coordinator);
    // A (second hearing), C, D; not B (a 科长 is not a 负责人).
    expect(numbers(values['head-appearance']!)).toEqual([3, 4, '75.0%']);
    // A-05-10 and D spoke; C's head was silent.
    expect(numbers(values['head-speaking']!)).toEqual([2, 3, '66.7%']);
    // A (head absent at the first asked hearing, present at the second), B (not a 负责人).
    expect(numbers(values['requested-appearance']!)).toEqual([1, 2, '50.0%']);
    // A performed, D not; E requires nothing, F is not yet effective.
    expect(numbers(values.performance!)).toEqual([1, 2, '50.0%']);
    // A, B (withdrawn after the act changed), D (确认违法), F of all six; C (驳回起诉) and E not lost.
    expect(numbers(values.loss!)).toEqual([4, 6, '66.7%']);
    // Merits: A, D, E, F; corrected: A (撤销), D (确认违法), F (责令履行).
    expect(numbers(values.correction!)).toEqual([3, 4, '75.0%']);
    // S1 late, S2 on time, S3 not replied.
    expect(numbers(values['suggestion-reply']!)).toEqual([1, 3, '33.3%']);
    expect(numbers(values['suggestion-adoption']!)).toEqual([2, 2, '100.0%']);
    expect(values.loss!.definition.key).toBe('loss/all@1');
  });

  it('opens the records behind every number, as many as the number', async () => {
    const values = await valuesOf(coordinator);
    for (const value of Object.values(values)) {
      for (const part of ['numerator', 'denominator'] as const) {
        const response = await coordinator.get(
          `/api/indicators/${value.indicatorId}/records?${PERIOD}&part=${part}&pageSize=200`,
        );
        expect(response.status).toBe(200);
        expect(response.body.total, `${value.indicatorId} ${part}`).toBe(value[part]);
        expect(response.body.items).toHaveLength(value[part]);
        if (part === 'numerator')
          expect(response.body.items.every((i: { isInNumerator: boolean }) => i.isInNumerator)).toBe(true);
      }
    }
    const lost = await coordinator.get(`/api/indicators/loss/records?${PERIOD}&part=numerator`);
    expect(lost.body.items.map((i: { number: string }) => i.number).sort()).toEqual([
      '（2026）浙0825行初100号',
      '（2026）浙0825行初101号',
      '（2026）浙0825行初103号',
      '（2026）浙0825行初105号',
    ]);
    expect(lost.body.partLabel).toBe('分子');
    const late = await coordinator.get(`/api/indicators/suggestion-reply/records?${PERIOD}&part=denominator`);
    expect(late.body.items.map((i: { kind: string; date: string }) => [i.kind, i.date])).toEqual([
      ['suggestion', '2026-09-01'],
      ['suggestion', '2026-10-20'],
      ['suggestion', '2026-10-25'],
    ]);
  });

  it('uses the period: a hearing or judgment outside it does not count', async () => {
    const values = await valuesOf(coordinator, 'from=2026-05-01&to=2026-06-30');
    // Hearings A-05-10, C-05-15, D-06-01.
    expect(numbers(values['head-appearance']!)).toEqual([3, 3, '100.0%']);
    // Judgments A-06-01 (lost) and C-06-15.
    expect(numbers(values.loss!)).toEqual([1, 2, '50.0%']);
    expect(numbers(values['suggestion-reply']!)).toEqual([0, 0, '无数据']);
  });

  it('filters by court and agency', async () => {
    const values = await valuesOf(coordinator, `${PERIOD}&agencyId=${ids.zhujian}`);
    expect(numbers(values.loss!)).toEqual([1, 2, '50.0%']);
    expect(numbers(values['suggestion-reply']!)).toEqual([0, 1, '0.0%']);
    const otherCourt = await valuesOf(coordinator, `${PERIOD}&courtId=${ids.kechengCourt}`);
    expect(otherCourt.loss!.denominator).toBe(0);
  });

  it('breaks the values down by agency, and the rows add up to the total', async () => {
    const response = await coordinator.get(`/api/indicators/values/by-agency?${PERIOD}`);
    expect(response.status).toBe(200);
    const rows = response.body.agencies as { agencyName: string; values: Value[] }[];
    expect(rows.map((r) => r.agencyName).sort()).toEqual(
      ['柯城区住房和城乡建设局', '柯城区自然资源和规划局'].sort(),
    );
    const ziran = rows.find((r) => r.agencyName === '柯城区自然资源和规划局')!;
    const loss = ziran.values.find((v) => v.indicatorId === 'loss')!;
    expect(numbers(loss)).toEqual([3, 4, '75.0%']);
    const total = await valuesOf(coordinator);
    for (const id of Object.keys(total)) {
      const sum = rows.reduce((n, r) => n + r.values.find((v) => v.indicatorId === id)!.denominator, 0);
      expect(sum, id).toBe(total[id]!.denominator);
    }
  });
});

describe('scope', () => {
  it('shows an agency only its own numbers, and refuses another agency or a court', async () => {
    const values = await valuesOf(clerk);
    expect(numbers(values['head-appearance']!)).toEqual([1, 2, '50.0%']);
    expect(numbers(values.loss!)).toEqual([3, 4, '75.0%']);
    expect(numbers(values['suggestion-reply']!)).toEqual([1, 2, '50.0%']);
    const foreign = await clerk.get(`/api/indicators/values?${PERIOD}&agencyId=${ids.zhujian}`);
    expect(foreign.status).toBe(404);
    const records = await clerk.get(`/api/indicators/loss/records?${PERIOD}&part=denominator&pageSize=200`);
    expect(new Set(records.body.items.map((i: { agencyName: string }) => i.agencyName))).toEqual(
      new Set(['柯城区自然资源和规划局']),
    );
    const refused = await court.get(`/api/indicators/values?${PERIOD}`);
    expect(refused.status).toBe(403);
    // Courts hold no indicator.read: the indicators measure the agencies.
    expect(refused.body.error.message).toBe('没有执行此操作的权限');
  });

  it('refuses an inverted period naming the field', async () => {
    const response = await coordinator.get('/api/indicators/values?from=2026-10-01&to=2026-01-01');
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([{ field: 'to', message: '统计截止日期不能早于起始日期' }]);
  });
});

describe('counts', () => {
  it('counts cases by loss reason and by stage, each count opening as many cases', async () => {
    const byReason = await coordinator.get(`/api/indicators/counts?by=loss-reason&${PERIOD}`);
    expect(byReason.status).toBe(200);
    expect(
      byReason.body.groups.map((g: { label: string; count: number }) => [g.label, g.count]).sort(),
    ).toEqual(
      [
        ['事实不清、证据不足', 1],
        ['违反法定程序', 1],
        ['适用法律错误', 1],
        ['不履行法定职责', 1],
      ].sort(),
    );
    for (const by of ['stage', 'cause', 'court', 'loss-reason']) {
      const counts = await coordinator.get(`/api/indicators/counts?by=${by}&${PERIOD}`);
      expect(counts.status).toBe(200);
      if (by !== 'loss-reason')
        expect(counts.body.groups.reduce((n: number, g: { count: number }) => n + g.count, 0)).toBe(6);
      for (const group of counts.body.groups) {
        expect(group.label).toMatch(/[\u4e00-\u9fa5]/);
        const list = await coordinator.get(
          `/api/indicators/counts/records?by=${by}&key=${encodeURIComponent(group.key)}&${PERIOD}&pageSize=200`,
        );
        expect(list.body.total, `${by} ${group.key}`).toBe(group.count);
        expect(list.body.items).toHaveLength(group.count);
      }
    }
    const clerkStages = await clerk.get(`/api/indicators/counts?by=court&${PERIOD}`);
    expect(clerkStages.body.groups).toEqual([{ key: ids.longyouCourt, label: '龙游县人民法院', count: 4 }]);
  });
});

describe('variants', () => {
  it('applies the region’s chosen variant to everyone in it, audited, and names its version', async () => {
    const before = await lastAuditId(t.database.db);
    const chosen = await coordinator.put('/api/indicators/loss/variant', { variantId: 'merits' });
    expect(chosen.status, JSON.stringify(chosen.body)).toBe(200);
    expect(chosen.body).toMatchObject({
      applied: { id: 'merits', key: 'loss/merits@1', name: '实体裁判口径' },
      appliedBy: '柯城区司法局',
      abilities: { configure: true },
    });
    const audit = await auditRowsAfter(t.database.db, before);
    expect(audit.map((r) => [r.event, r.targetId])).toEqual([['indicator.variant.chosen', 'loss']]);

    // B (撤诉) and C (驳回起诉) leave the count: A, D, F lost of A, D, E, F.
    const values = await valuesOf(coordinator);
    expect(numbers(values.loss!)).toEqual([3, 4, '75.0%']);
    expect(values.loss!.definition.key).toBe('loss/merits@1');
    // The loss reasons are those of the cases the variant counts as lost: not B's any more.
    expect(await lossReasonsOf(coordinator)).toEqual([
      ['不履行法定职责', 1],
      ['违反法定程序', 1],
      ['适用法律错误', 1],
    ]);
    // The agency's people in the region get the region's choice: A, F lost of A, E, F.
    expect(numbers((await valuesOf(clerk)).loss!)).toEqual([2, 3, '66.7%']);

    await coordinator.put('/api/indicators/loss/variant', { variantId: 'narrow' });
    // Only A and F: D (确认违法) and B (撤诉) do not count as lost.
    expect(numbers((await valuesOf(coordinator)).loss!)).toEqual([2, 6, '33.3%']);
    expect(await lossReasonsOf(coordinator)).toEqual([
      ['不履行法定职责', 1],
      ['违反法定程序', 1],
    ]);

    await coordinator.put('/api/indicators/head-appearance/variant', { variantId: 'per-hearing' });
    await coordinator.put('/api/indicators/suggestion-reply/variant', { variantId: 'by-period-end' });
    await coordinator.put('/api/indicators/suggestion-adoption/variant', { variantId: 'fully-adopted' });
    const switched = await valuesOf(coordinator);
    // Five appearances: A twice (absent, present), B (not a 负责人), C, D.
    expect(numbers(switched['head-appearance']!)).toEqual([3, 5, '60.0%']);
    expect(numbers(switched['suggestion-reply']!)).toEqual([2, 3, '66.7%']);
    expect(numbers(switched['suggestion-adoption']!)).toEqual([1, 2, '50.0%']);
    const records = await coordinator.get(
      `/api/indicators/head-appearance/records?${PERIOD}&part=denominator`,
    );
    expect(records.body.total).toBe(5);
    expect(records.body.definitionKey).toBe('head-appearance/per-hearing@1');
  });

  it('refuses an unknown variant naming the field, and anyone but a coordinator', async () => {
    const unknown = await coordinator.put('/api/indicators/loss/variant', { variantId: 'lenient' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0]).toMatchObject({ field: 'variantId' });
    expect(unknown.body.error.details[0].message).toContain('全部审结案件口径');
    expect((await clerk.put('/api/indicators/loss/variant', { variantId: 'all' })).status).toBe(403);
  });

  it('lists the definitions in Chinese with the applied variant', async () => {
    const response = await clerk.get('/api/indicators');
    expect(response.status).toBe(200);
    const loss = response.body.items.find((i: { id: string }) => i.id === 'loss');
    expect(loss).toMatchObject({
      name: '败诉率',
      dateBasis: '裁判文书送达日期',
      abilities: { configure: false },
    });
    expect(loss.applied.id).toBe('narrow');
    expect(loss.variants).toHaveLength(3);
  });
});
