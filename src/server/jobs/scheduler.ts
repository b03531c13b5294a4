// Scheduled jobs: each job says which occurrence is due at a moment ('2026-11'
// for a monthly job, a China date for a daily one). An occurrence is claimed by
// inserting its row into job_runs in the same transaction as the work: a second
// server process on the same database waits on that row's key, then finds it
// taken and skips. A failed run rolls back its claim and is tried again on the
// next tick.
import type { FastifyBaseLogger } from 'fastify';
import { chinaDate } from '../../shared/domain/china-time';
import type { Calendar } from '../../shared/domain/periods';
import type { Db } from '../db/client';
import { jobRuns } from '../db/schema';
import { loadCalendar } from '../features/calendar/load-calendar';

export interface ScheduledJob {
  /** Stable name, e.g. 'monthly-report.draft'. */
  name: string;
  /** The occurrence due at `now`, or null when none is. */
  occurrenceAt(now: Date): string | null;
  /** The work, inside the transaction that claims the occurrence. */
  run(options: { db: Db; now: Date; occurrence: string; calendar: Calendar }): Promise<void>;
}

/** Runs every due occurrence not yet run; returns 'name@occurrence' of those this call ran. */
export async function runDueJobs(options: {
  db: Db;
  now: Date;
  jobs: readonly ScheduledJob[];
  log?: FastifyBaseLogger;
}): Promise<string[]> {
  const { db, now } = options;
  const ran: string[] = [];
  const calendar = await loadCalendar(db);
  for (const job of options.jobs) {
    const occurrence = job.occurrenceAt(now);
    if (occurrence === null) continue;
    try {
      const claimed = await db.transaction(async (tx) => {
        const [claim] = await tx
          .insert(jobRuns)
          .values({ job: job.name, occurrence, finishedAt: now })
          .onConflictDoNothing()
          .returning({ job: jobRuns.job });
        if (!claim) return false;
        await job.run({ db: tx, now, occurrence, calendar });
        return true;
      });
      if (claimed) ran.push(`${job.name}@${occurrence}`);
    } catch (error) {
      // One failing job must not stop the others; it is tried again next tick.
      options.log?.error({ err: error, job: job.name, occurrence }, 'scheduled job failed');
      if (!options.log) throw error;
    }
  }
  return ran;
}

/** A job due once a day, from China midnight. */
export const daily = (now: Date) => chinaDate(now);

/** A job due once a month from the given China day of the month ('YYYY-MM'), or null before it. */
export function monthlyFrom(day: number) {
  return (now: Date) => {
    const date = chinaDate(now);
    return Number(date.slice(8, 10)) >= day ? date.slice(0, 7) : null;
  };
}

/** Runs the due jobs now and then every `intervalMs`, until stopped. */
export function startScheduler(options: {
  db: Db;
  now: () => Date;
  jobs: readonly ScheduledJob[];
  intervalMs: number;
  log: FastifyBaseLogger;
}): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    running = runDueJobs({ db: options.db, now: options.now(), jobs: options.jobs, log: options.log }).catch(
      (error) => options.log.error({ err: error }, 'scheduler tick failed'),
    );
  };
  tick();
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
