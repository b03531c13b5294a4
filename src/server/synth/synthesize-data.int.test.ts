// The synthetic data set holds together: every stage is present, every case has
// a defendant agency, every 案号 is a valid administrative number carrying its
// court's 法院代字, the case list shows a coordinator the county's cases and
// none of another county's, and every deadline and reply due is the period
// engine's. PostgreSQL only: synth refuses PGlite by design.

import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCaseNumber } from '../../shared/domain/case-number';
import { type DerivedDeadline, deriveDeadlines } from '../../shared/domain/cases/derive-deadlines';
import { CASE_STAGES } from '../../shared/domain/cases/vocabulary';
import { addDays, computeDeadline, findRule, ruleVersions } from '../../shared/domain/periods';
import { ManualClock } from '../clock';
import { type Database, openDatabase, rowsOf } from '../db/client';
import { caseDeadlines, caseEvents } from '../db/schema';
import { loadCalendar } from '../features/calendar/load-calendar';
import { stateOf } from '../features/cases/project-case';
import { buildApp } from '../http/app';
import { TestClient } from '../test/test-app';
import { openTestDatabase, testDatabaseMode } from '../test/test-database';
import { type SynthResult, synthesizeData } from './synthesize-data';

const onPostgres = testDatabaseMode() === 'postgres';
const PASSWORD = 'Synth-Test-Passw0rd!';
const NOW = new Date('2026-11-02T01:00:00Z');

describe.skipIf(!onPostgres)('npx fuyuan synth (PostgreSQL only: PGlite is refused by design)', () => {
  let database: Database;
  let result: SynthResult;
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    database = await openTestDatabase();
    result = await synthesizeData({ database, now: NOW, cases: 2000, password: PASSWORD, batchSize: 700 });
    app = await buildApp({
      database,
      clock: new ManualClock(NOW),
      config: { loginRateLimit: 10_000, cookieSecure: false, trustProxy: false, logLevel: 'silent' },
    });
    await app.ready();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const query = async <T>(text: string) => rowsOf<T>(await database.db.execute(sql.raw(text)));

  it('builds again every index the migrations made, as they defined it', async () => {
    const indexesOf = async (db: Database['db']) =>
      rowsOf<{ indexname: string; indexdef: string }>(
        await db.execute(sql`SELECT indexname, indexdef FROM pg_indexes
          WHERE schemaname = current_schema() ORDER BY indexname`),
      );
    const fresh = await openTestDatabase();
    try {
      const expected = await indexesOf(fresh.db);
      expect(expected.map((i) => i.indexname)).toContain('case_events_case_idx');
      expect(await indexesOf(database.db)).toEqual(expected);
    } finally {
      await fresh.close();
    }
  });

  it('creates the requested number of cases, every stage among them', async () => {
    const stages = await query<{ stage: string; n: number }>(
      'SELECT stage, count(*)::int AS n FROM litigation_cases GROUP BY stage',
    );
    expect(stages.reduce((sum, s) => sum + s.n, 0)).toBe(2000);
    expect(stages.map((s) => s.stage).sort()).toEqual([...CASE_STAGES].sort());
    // A case past the hearing has a held hearing and an appearance; one judged has its judgment.
    const [broken] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM litigation_cases c
      WHERE (c.stage IN ('in-trial','judged','appealed','effective','performed','closed')
             AND NOT EXISTS (SELECT 1 FROM appearances a WHERE a.case_id = c.id))
         OR (c.stage IN ('judged','appealed','effective','performed','closed') AND c.result IS NULL)
         OR NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id AND e.type = 'registered')`);
    expect(broken!.n).toBe(0);
  });

  it('gives every case a defendant agency and a valid administrative 案号 with its court’s 法院代字', async () => {
    const [without] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM litigation_cases c
      WHERE NOT EXISTS (SELECT 1 FROM case_defendants d JOIN organisations o ON o.id = d.organisation_id
        WHERE d.case_id = c.id AND o.kind = 'agency' AND d.org_path = o.path)`);
    expect(without!.n).toBe(0);
    const rows = await query<{ case_number: string; court_code: string }>(
      'SELECT c.case_number, k.court_code FROM litigation_cases c JOIN courts k ON k.organisation_id = c.court_id',
    );
    expect(rows).toHaveLength(2000);
    const wrong = rows.filter((r) => {
      const parsed = parseCaseNumber(r.case_number, { currentYear: 2026 });
      return !parsed.valid || !parsed.administrative || parsed.courtCode !== r.court_code;
    });
    expect(wrong).toEqual([]);
  });

  it('lists a county’s cases to its coordinator and no other county’s', async () => {
    const [mine, other] = result.coordinators as [string, string];
    const client = new TestClient(app);
    expect((await client.login(mine, PASSWORD)).status).toBe(200);
    const regionOf = (username: string) => username.replace('synth-coord-', '');
    const [expected] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM litigation_cases c
      WHERE EXISTS (SELECT 1 FROM case_defendants d JOIN organisations o ON o.id = d.organisation_id
        WHERE d.case_id = c.id AND o.region_code = '${regionOf(mine)}')`);
    const list = await client.get('/api/cases?pageSize=200');
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(expected!.n);
    expect(list.body.total).toBeGreaterThan(0);

    const [foreign] = await query<{ case_number: string }>(`SELECT c.case_number FROM litigation_cases c
      JOIN case_defendants d ON d.case_id = c.id JOIN organisations o ON o.id = d.organisation_id
      WHERE o.region_code = '${regionOf(other)}' AND c.type_code = '行初' LIMIT 1`);
    const search = await client.get(`/api/cases?q=${encodeURIComponent(foreign!.case_number)}`);
    expect(search.status).toBe(200);
    expect(search.body.total).toBe(0);
    const own = list.body.items[0];
    const found = await client.get(`/api/cases?q=${encodeURIComponent(own.caseNumber)}`);
    expect(found.body.items.map((c: { caseNumber: string }) => c.caseNumber)).toEqual([own.caseNumber]);
    // The case page folds the synthetic events into the stage the list shows.
    const page = await client.get(`/api/cases/${own.id}`);
    expect(page.status).toBe(200);
    expect(page.body.stage).toBe(own.stage);
  });

  it('gives every case the scope ids the register computes: the ids along its defendants’ and court’s paths', async () => {
    // Compared as sets: the order of the ids carries no meaning.
    const [mismatched] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM litigation_cases c
      CROSS JOIN LATERAL (SELECT array_agg(DISTINCT x) AS ids FROM (
        SELECT unnest(string_to_array(trim(BOTH '/' FROM d.org_path), '/'))::uuid AS x
        FROM case_defendants d WHERE d.case_id = c.id
        UNION ALL
        SELECT unnest(string_to_array(trim(BOTH '/' FROM o.path), '/'))::uuid
        FROM organisations o WHERE o.id = c.court_id) k) e
      WHERE NOT (c.scope_org_ids @> e.ids AND e.ids @> c.scope_org_ids
        AND cardinality(c.scope_org_ids) = cardinality(e.ids))`);
    expect(mismatched!.n).toBe(0);
  });

  it('gives every case the earliest due date of its open deadlines as next_open_due, as projectCase does', async () => {
    const [counts] = await query<{ open: number; mismatched: number }>(`SELECT
        count(*) FILTER (WHERE c.next_open_due IS NOT NULL)::int AS open,
        count(*) FILTER (WHERE c.next_open_due IS DISTINCT FROM (SELECT min(x.due) FROM case_deadlines x
          WHERE x.case_id = c.id AND x.status = 'open'))::int AS mismatched
      FROM litigation_cases c`);
    expect(counts!.open).toBeGreaterThan(0);
    expect(counts!.mismatched).toBe(0);
  });

  it('stores every deadline as the period engine computes it from its rule version, trigger day and the calendar', async () => {
    const calendar = await loadCalendar(database.db);
    const rows = await query<{
      case_id: string;
      rule_id: string;
      rule_version: number;
      title: string;
      trigger_date: string;
      due: string;
      explanation: string;
      steps: { date: string; note: string }[];
      warnings: string[];
    }>(`SELECT case_id, rule_id, rule_version, title, trigger_date::text, due::text, explanation, steps, warnings
      FROM case_deadlines ORDER BY case_id, rule_id`);
    expect(rows.length).toBeGreaterThan(4000);
    const wrong = rows.filter((row) => {
      const rule = ruleVersions(row.rule_id).find((r) => r.version === row.rule_version)!;
      const engine = computeDeadline({ rule, trigger: row.trigger_date, calendar });
      const stored = { ...row, case_id: undefined };
      const expected = {
        ...stored,
        rule_version: findRule(row.rule_id, row.trigger_date).version,
        title: rule.name,
        due: engine.due,
        explanation: engine.explanation,
        steps: engine.steps,
        warnings: engine.warnings,
      };
      return JSON.stringify(stored) !== JSON.stringify(expected);
    });
    expect({ wrong: wrong.length, first: wrong.slice(0, 2) }).toEqual({ wrong: 0, first: [] });
    // The calendar matters: some last days fell on a holiday or weekend and moved.
    const lengths: Record<string, number> = {
      'litigation.defence': 15,
      'local.litigation.report-to-office': 5,
      'litigation.appeal.judgment': 15,
      'litigation.appeal.ruling': 10,
      'local.judgment.filing': 5,
    };
    const moved = rows.filter((row) => row.due !== addDays(row.trigger_date, lengths[row.rule_id]!));
    expect(moved.length).toBeGreaterThan(rows.length / 10);
    // The report counts from the defence deadline's last day; its trigger event is the service.
    const [chain] = await query<{ reports: number; broken: number }>(`SELECT count(*)::int AS reports,
        count(*) FILTER (WHERE f.due IS DISTINCT FROM r.trigger_date OR r.trigger_event_id <> f.trigger_event_id)::int AS broken
      FROM case_deadlines r LEFT JOIN case_deadlines f ON f.case_id = r.case_id AND f.rule_id = 'litigation.defence'
      WHERE r.rule_id = 'local.litigation.report-to-office'`);
    expect(chain!.reports).toBeGreaterThan(1000);
    expect(chain!.broken).toBe(0);
  });

  it('stores for every case exactly the deadlines projectCase derives from its events', async () => {
    const calendar = await loadCalendar(database.db);
    const events = await database.db.select().from(caseEvents).orderBy(asc(caseEvents.id));
    const stored = await database.db.select().from(caseDeadlines);
    // Everything projectCase writes of a deadline, one string per deadline, sorted per case.
    const shapes = (deadlines: (typeof caseDeadlines.$inferSelect | DerivedDeadline)[]) =>
      deadlines
        .map((d) =>
          JSON.stringify([
            d.ruleId,
            d.ruleVersion,
            d.title,
            d.triggerEventId,
            d.triggerDate,
            d.due,
            d.explanation,
            d.steps,
            d.warnings,
            d.status,
            d.doneEventId,
            d.doneOn,
          ]),
        )
        .sort();
    const byCase = <T extends { caseId: string }>(rows: T[]) => {
      const groups = new Map<string, T[]>();
      for (const row of rows) groups.set(row.caseId, [...(groups.get(row.caseId) ?? []), row]);
      return groups;
    };
    const eventsByCase = byCase(events);
    const storedByCase = byCase(stored);
    expect(eventsByCase.size).toBe(2000);
    const differing = [...eventsByCase].filter(([caseId, caseEventRows]) => {
      const derived = deriveDeadlines(stateOf(caseEventRows), calendar);
      return JSON.stringify(shapes(derived)) !== JSON.stringify(shapes(storedByCase.get(caseId) ?? []));
    });
    expect(differing.map(([caseId]) => caseId)).toEqual([]);
  });

  it('gives each step’s deadlines to the cases that reached it, triggered and done by events on their days', async () => {
    const [counts] = await query<{
      missing: number;
      extra: number;
      wrong_trigger: number;
      wrong_done: number;
    }>(`SELECT
        (SELECT count(*)::int FROM litigation_cases c CROSS JOIN LATERAL (VALUES
            ('litigation.defence', c.service_date IS NOT NULL),
            ('local.litigation.report-to-office', c.service_date IS NOT NULL),
            (CASE c.judgment_kind WHEN 'ruling' THEN 'litigation.appeal.ruling' ELSE 'litigation.appeal.judgment' END,
              c.judgment_served_on IS NOT NULL),
            ('local.judgment.filing', c.judgment_served_on IS NOT NULL)) AS w(rule_id, wanted)
          WHERE w.wanted AND NOT EXISTS (SELECT 1 FROM case_deadlines d
            WHERE d.case_id = c.id AND d.rule_id = w.rule_id)) AS missing,
        (SELECT (count(*) - count(DISTINCT (case_id, rule_id)))::int FROM case_deadlines) AS extra,
        (SELECT count(*)::int FROM case_deadlines d JOIN case_events e ON e.id = d.trigger_event_id
          WHERE e.case_id <> d.case_id OR CASE d.rule_id
            WHEN 'local.litigation.report-to-office' THEN e.type <> 'service-recorded'
            ELSE e.occurred_on <> d.trigger_date END) AS wrong_trigger,
        (SELECT count(*)::int FROM case_deadlines d LEFT JOIN case_events e ON e.id = d.done_event_id
          WHERE (d.status = 'done') <> (d.done_on IS NOT NULL)
            OR d.done_on < d.trigger_date OR d.done_on > DATE '2026-11-02'
            OR e.occurred_on IS DISTINCT FROM d.done_on OR e.case_id <> d.case_id) AS wrong_done`);
    expect(counts).toEqual({ missing: 0, extra: 0, wrong_trigger: 0, wrong_done: 0 });
  });

  it('makes an unappealed judgment effective the day after its appeal period ends, and performed after that', async () => {
    const [counts] = await query<{
      effective: number;
      wrong_effective: number;
      wrong_performed: number;
    }>(`SELECT
        count(*) FILTER (WHERE c.effective_on IS NOT NULL)::int AS effective,
        count(*) FILTER (WHERE c.effective_on IS DISTINCT FROM (SELECT d.due + 1 FROM case_deadlines d
          WHERE d.case_id = c.id AND d.rule_id LIKE 'litigation.appeal.%')
          AND c.stage IN ('effective', 'performed', 'closed'))::int AS wrong_effective,
        count(*) FILTER (WHERE c.performed_on <= c.effective_on OR c.performed_on > DATE '2026-11-02')::int
          AS wrong_performed
      FROM litigation_cases c`);
    expect(counts!.effective).toBeGreaterThan(100);
    expect(counts).toMatchObject({ wrong_effective: 0, wrong_performed: 0 });
  });

  it('issues judicial suggestions from a case’s court to its agency, due in two months, answered on time, late or not at all', async () => {
    expect(result.suggestions).toBeGreaterThan(20);
    const rows = await query<{
      n: number;
      wrong_parties: number;
      wrong_due: number;
      duplicate_numbers: number;
      on_time: number;
      late: number;
      unanswered_overdue: number;
      adoptions: string[];
      without_copy: number;
    }>(`SELECT count(*)::int AS n,
        count(*) FILTER (WHERE s.issuer_org_id <> c.court_id OR s.addressee_org_id <> d.organisation_id
          OR s.kind <> 'judicial' OR s.origin <> 'issued')::int AS wrong_parties,
        count(*) FILTER (WHERE s.due_on IS NULL OR s.due_on < (s.served_on + interval '2 months')::date
          OR s.served_on < s.issued_on OR s.issued_on < c.judgment_served_on
          OR s.issued_on > DATE '2026-11-02')::int AS wrong_due,
        (count(*) - count(DISTINCT s.document_number))::int AS duplicate_numbers,
        count(*) FILTER (WHERE s.replied_on <= s.due_on)::int AS on_time,
        count(*) FILTER (WHERE s.replied_on > s.due_on)::int AS late,
        count(*) FILTER (WHERE s.replied_on IS NULL AND s.due_on < DATE '2026-11-02')::int AS unanswered_overdue,
        array_agg(DISTINCT s.adoption) FILTER (WHERE s.adoption IS NOT NULL) AS adoptions,
        count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM suggestion_copies p JOIN organisations o ON o.id = p.organisation_id
          WHERE p.suggestion_id = s.id AND o.kind = 'legal-office'))::int AS without_copy
      FROM suggestions s JOIN litigation_cases c ON c.id = s.case_id
      JOIN case_defendants d ON d.case_id = c.id AND d.sort_order = 0`);
    const stats = rows[0]!;
    expect(stats.n).toBe(result.suggestions);
    expect(stats).toMatchObject({ wrong_parties: 0, wrong_due: 0, duplicate_numbers: 0, without_copy: 0 });
    expect(stats.on_time).toBeGreaterThan(0);
    expect(stats.late).toBeGreaterThan(0);
    expect(stats.unanswered_overdue).toBeGreaterThan(0);
    expect([...stats.adoptions].sort()).toEqual(['adopted', 'not-adopted', 'partly']);
    const [events] = await query<{ issued: number; replied: number; answered: number }>(`SELECT
        (SELECT count(*)::int FROM suggestion_events WHERE type = 'issued') AS issued,
        (SELECT count(*)::int FROM suggestion_events WHERE type = 'replied') AS replied,
        (SELECT count(*)::int FROM suggestions WHERE replied_on IS NOT NULL) AS answered`);
    expect(events!.issued).toBe(result.suggestions);
    expect(events!.replied).toBe(events!.answered);
  });

  it('gives every judicial suggestion the reply due the period engine computes from its service', async () => {
    const calendar = await loadCalendar(database.db);
    const rows = await query<{
      served_on: string;
      due_rule_id: string;
      due_on: string;
      due_explanation: string;
      due_steps: unknown;
      due_warnings: string[];
    }>(`SELECT served_on::text, due_rule_id, due_on::text, due_explanation, due_steps, due_warnings
      FROM suggestions ORDER BY id`);
    expect(rows.length).toBe(result.suggestions);
    const wrong = rows.filter((row) => {
      const engine = computeDeadline({
        rule: findRule('judicial-suggestion.reply', row.served_on),
        trigger: row.served_on,
        calendar,
      });
      const expected = {
        ...row,
        due_rule_id: 'judicial-suggestion.reply',
        due_on: engine.due,
        due_explanation: engine.explanation,
        due_steps: engine.steps,
        due_warnings: engine.warnings,
      };
      return JSON.stringify(row) !== JSON.stringify(expected);
    });
    expect({ wrong: wrong.length, first: wrong.slice(0, 2) }).toEqual({ wrong: 0, first: [] });
  });

  it('feeds the 司法建议反馈率 of a city leader: the denominator is the judicial suggestions due in the period', async () => {
    const leader = new TestClient(app);
    expect((await leader.login(result.leaders[0]!, PASSWORD)).status).toBe(200);
    // A leader sits in the city's government: their scope is its subtree.
    const [city] = await query<{ path: string }>(`SELECT o.path FROM users u
      JOIN organisations o ON o.id = u.organisation_id WHERE u.username = '${result.leaders[0]}'`);
    const [expected] = await query<{ due: number; on_time: number }>(`SELECT count(*)::int AS due,
        count(*) FILTER (WHERE s.replied_on <= s.due_on)::int AS on_time
      FROM suggestions s JOIN organisations o ON o.id = s.addressee_org_id
      WHERE s.kind = 'judicial' AND s.due_on BETWEEN DATE '2022-01-01' AND DATE '2026-11-02'
        AND o.path LIKE '${city!.path}%'`);
    const values = await leader.get('/api/indicators/values?from=2022-01-01&to=2026-11-02');
    expect(values.status).toBe(200);
    const reply = values.body.items.find(
      (i: { indicatorId: string }) => i.indicatorId === 'suggestion-reply',
    );
    expect(expected!.due).toBeGreaterThan(0);
    expect(reply).toMatchObject({ denominator: expected!.due });
  });

  it('gives the national leader (synth-leader-all) every case, and a dashboard with each province and the total', async () => {
    expect(result.nationalLeader).toBe('synth-leader-all');
    const nation = new TestClient(app);
    expect((await nation.login(result.nationalLeader, PASSWORD)).status).toBe(200);
    const all = await nation.get('/api/cases?pageSize=1');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(2000);
    // A city leader still sees only the city's share.
    const city = new TestClient(app);
    expect((await city.login(result.leaders[0]!, PASSWORD)).status).toBe(200);
    const cityList = await city.get('/api/cases?pageSize=1');
    expect(cityList.body.total).toBeGreaterThan(0);
    expect(cityList.body.total).toBeLessThan(2000);

    const provinces = await query<{ name: string }>(`SELECT o.name FROM organisations o
      JOIN organisations n ON n.id = o.parent_id
      WHERE n.region_code = '100000' AND o.kind = 'government' ORDER BY o.region_code`);
    expect(provinces).toHaveLength(2);
    const dashboard = await nation.get('/api/dashboard?from=2022-01-01&to=2026-11-02');
    expect(dashboard.status).toBe(200);
    type Row = { kind: string; name: string; values: { indicatorId: string; denominator: number }[] };
    const regions = dashboard.body.regions as Row[];
    expect(regions.filter((r) => r.kind === 'region').map((r) => r.name)).toEqual(
      provinces.map((p) => p.name.replace(/人民政府$/, '')),
    );
    const headDenominator = (r: Row) =>
      r.values.find((v) => v.indicatorId === 'head-appearance')!.denominator;
    const total = regions.find((r) => r.kind === 'total')!;
    // Every case sits under a province: the national level itself has none of its own.
    expect(headDenominator(regions.find((r) => r.kind === 'own')!)).toBe(0);
    expect(headDenominator(total)).toBeGreaterThan(0);
    expect(regions.filter((r) => r.kind === 'region').reduce((n, r) => n + headDenominator(r), 0)).toBe(
      headDenominator(total),
    );
  });

  it('refuses a database that already holds organisations', async () => {
    await expect(synthesizeData({ database, now: NOW, cases: 10, password: PASSWORD })).rejects.toThrow(
      '数据库中已有组织机构',
    );
  });
});

describe('npx fuyuan synth on PGlite', () => {
  it('is refused with a Chinese message', async () => {
    const database = await openDatabase({});
    try {
      await expect(synthesizeData({ database, now: NOW, cases: 10, password: PASSWORD })).rejects.toThrow(
        '合成数据只能生成到 PostgreSQL 数据库',
      );
    } finally {
      await database.close();
    }
  });
});
