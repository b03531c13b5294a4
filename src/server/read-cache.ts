// Small reference data that nearly every read needs and that changes a few times a
// year (the holiday calendar, the dictionaries' labels): kept per database handle
// for a few seconds instead of read on every request. A save in this process drops
// it at once (invalidate, after the save's transaction has committed); another
// server process on the same database sees the change within the time to live.
// Only for displays: whatever is stored (a computed deadline) reads afresh.
import type { Db } from './db/client';

export interface ReadCache<T> {
  get(db: Db): Promise<T>;
  invalidate(): void;
}

export function readCache<T>(load: (db: Db) => Promise<T>, ttlMs = 10_000): ReadCache<T> {
  let generation = 0;
  const entries = new WeakMap<Db, { value: Promise<T>; until: number; generation: number }>();
  return {
    get(db) {
      const now = Date.now();
      const entry = entries.get(db);
      if (entry && entry.generation === generation && entry.until > now) return entry.value;
      const fresh = { value: load(db), until: now + ttlMs, generation };
      entries.set(db, fresh);
      // A failed read is not kept: the next call tries again.
      fresh.value.catch(() => {
        if (entries.get(db) === fresh) entries.delete(db);
      });
      return fresh.value;
    },
    invalidate() {
      generation++;
    },
  };
}
