// The engine's deadlines for the synthetic date range (synth-deadlines.ts) as a temporary table
// that the batch's inserts join: synth_deadline_table(kind, base) → the rule version, trigger
// day, due date, explanation, steps and warnings to store. Dropped at commit (a temporary
// table belongs to one pooled connection), so each transaction that needs it — every batch,
// the suggestions — loads it again from one JSON parameter: a few megabytes, well under a
// second, against tens of seconds for the batch.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import type { SynthDeadline } from './synth-deadlines';

export async function createDeadlineTable(tx: Db, rows: readonly SynthDeadline[]) {
  await tx.execute(sql`
    CREATE TEMP TABLE synth_deadline_table ON COMMIT DROP AS
    SELECT kind, base, "ruleVersion" AS rule_version, title, "triggerDate" AS trigger_date, due, explanation,
      steps, warnings
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS t(
      kind text, base date, "ruleVersion" int, title text, "triggerDate" date, due date, explanation text,
      steps jsonb, warnings text[])`);
  await tx.execute(sql`ALTER TABLE synth_deadline_table ADD PRIMARY KEY (kind, base)`);
  await tx.execute(sql`ANALYZE synth_deadline_table`);
}
