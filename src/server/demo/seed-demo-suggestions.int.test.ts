// A fresh demo (with its cases) holds the register's five records at the stages
// a user would see: numbered, copied, due, answered or overdue, on the cases
// they concern, audited — and the coordinator's list and counts agree.
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '../../shared/domain/china-time';
import { addDays } from '../../shared/domain/periods';
import { suggestionStatus } from '../../shared/domain/suggestions';
import { auditEvents, suggestions } from '../db/schema';
import { type DemoApp, startDemoApp } from '../test/demo-app';
import { DEMO_PASSWORD } from '../test/test-app';
import { openTestDatabase } from '../test/test-database';
import { seedDemo } from './seed-demo';

// 2026-11-02 09:00 China time.
const NOW = new Date('2026-11-02T01:00:00Z');
const TODAY = chinaDate(NOW);

let demo: DemoApp;
let database: DemoApp['database'];
const login = (username: string) => demo.login(username);

beforeAll(async () => {
  demo = await startDemoApp(NOW);
  database = demo.database;
});
afterAll(async () => demo?.close());

describe('demo suggestions', () => {
  it('lists the five records of 柯城区 to its coordinator, with numbers, copies, due dates and statuses', async () => {
    const coordinator = await login('kecheng-coordinator');
    const list = await coordinator.get('/api/suggestions?pageSize=50');
    expect(list.status).toBe(200);
    const byTitle = new Map(list.body.items.map((s: any) => [s.title, s]));
    expect(list.body.total).toBe(5);

    const adopted: any = byTitle.get('关于规范政府信息公开申请答复工作的司法建议');
    expect(adopted).toMatchObject({
      kindLabel: '司法建议',
      documentNumber: '浙0825法建〔2026〕1号',
      issuer: { name: '龙游县人民法院' },
      addressee: { name: '柯城区自然资源和规划局' },
      copies: [{ name: '柯城区司法局', isAutomatic: true }],
      issuedOn: addDays(TODAY, -80),
      status: 'replied',
      repliedOn: addDays(TODAY, -55),
      isOnTime: true,
      adoptionLabel: '采纳',
      isRectified: true,
    });
    expect(adopted.case.caseNumber).toMatch(/^（2026）浙0825行初\d+号$/);

    const pending: any = byTitle.get('关于加强房屋征收补偿协议履行管理的司法建议');
    expect(pending).toMatchObject({
      documentNumber: '浙0825法建〔2026〕2号',
      addressee: { name: '柯城区住房和城乡建设局' },
      status: 'pending',
      statusLabel: '待答复',
      repliedOn: null,
      case: null,
    });
    // Two months from service (法释〔2023〕11号 Art. 8): a little over a week away, not yet 即将到期.
    expect(pending.daysLeft).toBeGreaterThan(7);
    expect(pending.daysLeft).toBeLessThanOrEqual(20);

    const overdue: any = byTitle.get('关于规范违法建筑强制拆除程序的司法建议');
    expect(overdue).toMatchObject({
      documentNumber: '浙0825法建〔2026〕3号',
      addressee: { name: '柯城区综合行政执法局' },
      status: 'overdue',
      statusLabel: '已逾期',
    });
    expect(overdue.daysLeft).toBeLessThan(0);
    expect(overdue.case.caseNumber).toMatch(/^（2026）浙0825行初\d+号$/);

    const procuratorial: any = byTitle.get('关于加强校园周边食品安全监管的检察建议');
    expect(procuratorial).toMatchObject({
      kindLabel: '检察建议',
      documentNumber: '柯检行公建〔2026〕3号',
      issuer: { id: null, name: '衢州市柯城区人民检察院' },
      addressee: { name: '柯城区市场监督管理局' },
      copies: [],
      dueOn: addDays(addDays(TODAY, -38), 60),
      status: 'replied',
      isOnTime: true,
      adoptionLabel: '部分采纳',
      isRectified: false,
    });

    const opinion: any = byTitle.get('关于规范治安管理处罚案件调查取证工作的行政复议意见书');
    expect(opinion).toMatchObject({
      kindLabel: '行政复议意见书',
      documentNumber: '柯政复意〔2026〕1号',
      issuer: { name: '柯城区司法局' },
      addressee: { name: '柯城区公安局' },
      copies: [{ name: '龙游县人民法院', isAutomatic: true }],
      status: 'pending',
    });

    // Nothing is dated after today.
    for (const item of list.body.items) {
      for (const date of [item.issuedOn, item.servedOn, item.repliedOn]) {
        if (date) expect(date <= TODAY).toBe(true);
      }
    }
    // The home card's list: the three still awaiting a reply, the overdue one first.
    const open = await coordinator.get('/api/suggestions?status=open&sort=due');
    expect(open.body.items.map((s: any) => s.title)).toEqual([
      '关于规范违法建筑强制拆除程序的司法建议',
      '关于加强房屋征收补偿协议履行管理的司法建议',
      '关于规范治安管理处罚案件调查取证工作的行政复议意见书',
    ]);
  });

  it('counts them for the coordinator as the list shows them', async () => {
    const coordinator = await login('kecheng-coordinator');
    const from = addDays(TODAY, -90);
    const stats = await coordinator.get(`/api/suggestions/stats?from=${from}&to=${TODAY}`);
    expect(stats.status).toBe(200);
    expect(stats.body.total).toEqual({ issued: 5, replied: 2, repliedOnTime: 2, adopted: 2, rectified: 1 });
    expect(
      stats.body.byKind.map((k: any) => [k.kindLabel, k.issued, k.replied, k.adopted, k.rectified]),
    ).toEqual([
      ['司法建议', 3, 1, 1, 1],
      ['检察建议', 1, 1, 1, 0],
      ['行政复议意见书', 1, 0, 0, 0],
    ]);
    const list = await coordinator.get('/api/suggestions?pageSize=50');
    const replied = list.body.items.filter((s: any) => s.status === 'replied').length;
    expect(replied).toBe(stats.body.total.replied);
    // The court sees its three judicial suggestions and the opinion it is copied.
    const court = await login('longyou-court');
    const courtList = await court.get('/api/suggestions?pageSize=50');
    expect(courtList.body.items.map((s: any) => s.kindLabel).sort()).toEqual([
      '司法建议',
      '司法建议',
      '司法建议',
      '行政复议意见书',
    ]);
  });

  it('shows each record on its case, with its timeline, to the agency that answers it', async () => {
    const clerk = await login('kecheng-clerk');
    const list = await clerk.get('/api/suggestions?pageSize=50');
    // 柯城区自然资源和规划局 sees the one addressed to it, nothing else.
    expect(list.body.items.map((s: any) => s.title)).toEqual(['关于规范政府信息公开申请答复工作的司法建议']);
    const [record] = list.body.items;
    const onCase = await clerk.get(`/api/suggestions?caseId=${record.case.id}`);
    expect(onCase.body.items.map((s: any) => s.id)).toEqual([record.id]);
    const detail = await clerk.get(`/api/suggestions/${record.id}`);
    expect(detail.body.content).toContain(record.case.caseNumber);
    expect(detail.body.timeline.map((e: any) => e.type)).toEqual(['issued', 'replied', 'rectified']);
    expect(detail.body.reply).toMatchObject({
      adoption: 'adopted',
      rectifiedOn: addDays(TODAY, -20),
    });
    expect(detail.body.abilities).toMatchObject({ reply: false, rectify: false });

    const coordinator = await login('kecheng-coordinator');
    const overdue = (await coordinator.get('/api/suggestions?status=overdue')).body.items[0];
    const overdueDetail = await coordinator.get(`/api/suggestions/${overdue.id}`);
    expect(overdueDetail.body.timeline.map((e: any) => e.type)).toEqual(['issued', 'followed-up']);
  });

  it('is audited as the system, one row per command', async () => {
    const rows = await database.db
      .select({ event: auditEvents.event, actorType: auditEvents.actorType })
      .from(auditEvents)
      .where(
        inArray(auditEvents.event, [
          'suggestion.issued',
          'suggestion.replied',
          'suggestion.rectified',
          'suggestion.followed-up',
          'document-series.saved',
        ]),
      );
    const count = (event: string) => rows.filter((r) => r.event === event).length;
    expect([
      count('suggestion.issued'),
      count('suggestion.replied'),
      count('suggestion.rectified'),
      count('suggestion.followed-up'),
      count('document-series.saved'),
    ]).toEqual([5, 2, 1, 1, 1]);
    expect(new Set(rows.map((r) => r.actorType))).toEqual(new Set(['system']));
  });
});

describe('demo suggestions seeded early in a year', () => {
  it('counts back into the previous year: numbers of that year, no date after today', async () => {
    const other = await openTestDatabase();
    try {
      const now = new Date('2026-01-12T02:00:00Z');
      await seedDemo({ db: other.db, now, password: DEMO_PASSWORD, withCases: true });
      const rows = await other.db.select().from(suggestions);
      const today = chinaDate(now);
      expect(rows.map((r) => r.documentNumber).sort()).toEqual([
        '柯政复意〔2025〕1号',
        '柯检行公建〔2025〕3号',
        '浙0825法建〔2025〕1号',
        '浙0825法建〔2025〕2号',
        '浙0825法建〔2025〕3号',
      ]);
      for (const row of rows) {
        for (const date of [row.issuedOn, row.servedOn, row.repliedOn, row.rectifiedOn]) {
          if (date) expect(date <= today).toBe(true);
        }
      }
      expect(rows.map((r) => suggestionStatus(r, today)).sort()).toEqual([
        'overdue',
        'pending',
        'pending',
        'replied',
        'replied',
      ]);
    } finally {
      await other.close();
    }
  });
});
