import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobRuns, notifications } from '../db/schema';
import { notify } from '../features/notifications/notify';
import { findOrgByName } from '../test/factories';
import { openTestDatabase } from '../test/test-database';
import { daily, monthlyFrom, runDueJobs, type ScheduledJob } from './scheduler';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let orgId: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const { seedDemo } = await import('../demo/seed-demo');
  await seedDemo({
    db: database.db,
    now: new Date('2026-11-01T00:00:00Z'),
    password: 'Demo-Passw0rd!',
    withCases: false,
  });
  orgId = (await findOrgByName(database.db, '龙游县司法局')).id;
});
afterAll(async () => database?.close());

/** A monthly job from the 1st that leaves one notice per occurrence. */
function noticeJob(name: string, runs: string[], fail = false): ScheduledJob {
  return {
    name,
    occurrenceAt: monthlyFrom(1),
    async run({ db, now, occurrence }) {
      await notify(db, now, {
        organisationId: orgId,
        kind: 'general',
        title: `${name} ${occurrence}`,
        body: '测试',
        dedupeKey: `${name}:${occurrence}:${runs.length}`,
      });
      runs.push(occurrence);
      if (fail) throw new Error('boom');
    },
  };
}

const noticesTitled = async (title: string) =>
  (await database.db.select({ n: count() }).from(notifications).where(eq(notifications.title, title)))[0]!.n;

describe('scheduled jobs', () => {
  it('runs each occurrence once, however often it is asked', async () => {
    const runs: string[] = [];
    const job = noticeJob('test.once', runs);
    const now = new Date('2026-11-02T01:00:00Z');
    expect(await runDueJobs({ db: database.db, now, jobs: [job] })).toEqual(['test.once@2026-11']);
    expect(await runDueJobs({ db: database.db, now, jobs: [job] })).toEqual([]);
    // The next month is a new occurrence.
    expect(await runDueJobs({ db: database.db, now: new Date('2026-12-01T00:00:00Z'), jobs: [job] })).toEqual(
      ['test.once@2026-12'],
    );
    expect(runs).toEqual(['2026-11', '2026-12']);
  });

  it('is run by one of two callers racing on one database', async () => {
    const runs: string[] = [];
    const job = noticeJob('test.race', runs);
    const now = new Date('2026-11-03T01:00:00Z');
    const [a, b] = await Promise.all([
      runDueJobs({ db: database.db, now, jobs: [job] }),
      runDueJobs({ db: database.db, now, jobs: [job] }),
    ]);
    expect([...a, ...b]).toEqual(['test.race@2026-11']);
    expect(runs).toEqual(['2026-11']);
    expect(await noticesTitled('test.race 2026-11')).toBe(1);
  });

  it('rolls back a failed run with its claim, and runs it again next time', async () => {
    const runs: string[] = [];
    const now = new Date('2026-11-04T01:00:00Z');
    await expect(
      runDueJobs({ db: database.db, now, jobs: [noticeJob('test.fail', runs, true)] }),
    ).rejects.toThrow('boom');
    expect(await noticesTitled('test.fail 2026-11')).toBe(0);
    const claims = await database.db.select().from(jobRuns).where(eq(jobRuns.job, 'test.fail'));
    expect(claims).toEqual([]);
    expect(await runDueJobs({ db: database.db, now, jobs: [noticeJob('test.fail', runs)] })).toEqual([
      'test.fail@2026-11',
    ]);
  });

  it('says when an occurrence is due, in China time', () => {
    // 2026-11-30T16:30Z is already 1 December in China.
    expect(daily(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12-01');
    expect(monthlyFrom(5)(new Date('2026-12-04T15:59:00Z'))).toBeNull();
    expect(monthlyFrom(5)(new Date('2026-12-04T16:00:00Z'))).toBe('2026-12');
  });
});
