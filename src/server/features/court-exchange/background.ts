// Work that outlives its request: the dry run of an upload and the apply of an
// import run in this process after the answer 202, and report progress through
// the import row (check) or this process's memory (apply, whose one
// transaction is invisible to others until it commits). Closing the app waits
// for them, so a test or a shutdown never cuts one off half-way.
import type { FastifyInstance } from 'fastify';

const running = new WeakMap<FastifyInstance, Set<Promise<void>>>();

/** Starts `work` without awaiting it; failures are logged (the work records its own outcome). */
export function runInBackground(app: FastifyInstance, work: () => Promise<void>): void {
  let tasks = running.get(app);
  if (!tasks) {
    tasks = new Set();
    running.set(app, tasks);
  }
  const task = work().catch((error: unknown) =>
    app.log.error({ err: error }, 'court-exchange background task'),
  );
  tasks.add(task);
  void task.finally(() => tasks.delete(task));
}

export async function waitForBackground(app: FastifyInstance): Promise<void> {
  const tasks = running.get(app);
  while (tasks && tasks.size > 0) await Promise.allSettled([...tasks]);
}

// Rows done so far by an apply running in this process, by import id.
export const applyProgress = new Map<string, number>();
