// A small pool for synth's batches: each item's work is one database transaction.
/**
 * Runs work over the items, at most `workers` at a time, in order of starting. After a
 * failure no new item starts; the ones running finish (or fail) before the first failure is
 * thrown, so nothing is still writing when the caller goes on (to rebuild the indexes).
 */
export async function inParallel<T>(items: readonly T[], workers: number, work: (item: T) => Promise<void>) {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (!failure && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  if (failure) throw failure.error;
}
