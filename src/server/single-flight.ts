// Request coalescing: while a computation for a key is running, callers asking for
// the same key share it instead of starting their own. For expensive reads whose
// result is a function of the key and the data (the dashboard of one caller and
// filter): fifty clients opening the same dashboard at once cost one computation,
// not fifty queued behind each other. Nothing is kept once the computation ends,
// so a later call always reads the data afresh; a failure reaches every sharer.
export function singleFlight<T>(): (key: string, run: () => Promise<T>) => Promise<T> {
  const running = new Map<string, Promise<T>>();
  return (key, run) => {
    const shared = running.get(key);
    if (shared) return shared;
    const started = run().finally(() => running.delete(key));
    running.set(key, started);
    return started;
  };
}
