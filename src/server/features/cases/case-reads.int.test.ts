// The case page and the list rows are read in one statement each, as JSON
// (casePageOf, caseListRowsOf). They must give exactly what Drizzle's own
// selects of the same tables give: every column of every demo case, with its
// timestamps, dates, bigint ids, jsonb, arrays and nulls.
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client';
import { appearances, hearings, litigationCases } from '../../db/schema';
import { type DemoApp, startDemoApp } from '../../test/demo-app';
import {
  caseEventsOf,
  caseListRowsOf,
  casePageOf,
  deadlinesOf,
  defendantsOf,
  findCase,
  orgNamesAndPaths,
  partiesOf,
} from './cases.queries';

let t: DemoApp;
let caseIds: string[];

beforeAll(async () => {
  t = await startDemoApp(new Date('2026-11-02T01:00:00Z'));
  caseIds = rowsOf<{ id: string }>(
    await t.database.db.execute(sql`select id from litigation_cases order by case_number`),
  ).map((r) => r.id);
});
afterAll(async () => t?.close());

describe('one-statement case reads', () => {
  it('gives every demo case page exactly as the separate selects do', async () => {
    const db = t.database.db;
    // The demo has cases through every stage: hearings, appearances, judgments, later instances.
    expect(caseIds.length).toBeGreaterThan(20);
    let withHearings = 0;
    for (const id of caseIds) {
      const row = (await findCase(db, id))!;
      const page = (await casePageOf(db, id))!;
      const court = (await orgNamesAndPaths(db, [row.courtId])).get(row.courtId)!;
      const hearingRows = await db
        .select()
        .from(hearings)
        .where(eq(hearings.caseId, id))
        .orderBy(asc(hearings.scheduledAt));
      const appearanceRows = await db.select().from(appearances).where(eq(appearances.caseId, id));
      if (appearanceRows.length > 0) withHearings++;
      expect(page).toEqual({
        row,
        court: { name: court.name, path: court.path },
        defendants: await defendantsOf(db, [id]),
        events: await caseEventsOf(db, id),
        parties: await partiesOf(db, [id]),
        deadlines: await deadlinesOf(db, [id]),
        hearings: { hearingRows, appearanceRows: expect.arrayContaining(appearanceRows) },
        related: await db
          .select({
            id: litigationCases.id,
            caseNumber: litigationCases.caseNumber,
            instance: litigationCases.instance,
          })
          .from(litigationCases)
          .where(eq(litigationCases.disputeId, row.disputeId))
          .orderBy(asc(litigationCases.createdAt)),
      });
      expect(page.hearings.appearanceRows).toHaveLength(appearanceRows.length);
    }
    expect(withHearings).toBeGreaterThan(0);
    expect(await casePageOf(db, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });

  it('gives the list rows of many cases at once exactly as the separate selects do', async () => {
    const db = t.database.db;
    const found = await caseListRowsOf(db, caseIds);
    expect(found.map((f) => f.row.id)).toEqual(caseIds); // in the order asked for
    for (const f of found) {
      const id = f.row.id;
      const parties = await partiesOf(db, [id]);
      expect(f).toEqual({
        row: await findCase(db, id),
        courtName: (await orgNamesAndPaths(db, [f.row.courtId])).get(f.row.courtId)!.name,
        defendants: await defendantsOf(db, [id]),
        plaintiffNames: parties.filter((p) => p.role === 'plaintiff').map((p) => p.name),
        deadlines: await deadlinesOf(db, [id]),
      });
    }
    expect(await caseListRowsOf(db, [])).toEqual([]);
  });
  it('keeps on every demo case the earliest due date of its open deadlines, which the list sorts and filters by', async () => {
    const [counts] = rowsOf<{ open: number; mismatched: number }>(
      await t.database.db.execute(sql`select
        count(*) filter (where c.next_open_due is not null)::int as open,
        count(*) filter (where c.next_open_due is distinct from (select min(x.due) from case_deadlines x
          where x.case_id = c.id and x.status = 'open'))::int as mismatched
        from litigation_cases c`),
    );
    expect(counts!.open).toBeGreaterThan(5);
    expect(counts!.mismatched).toBe(0);
  });
});
