import { describe, expect, it } from 'vitest';
import { singleFlight } from './single-flight';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('singleFlight', () => {
  it('runs one computation for concurrent callers of the same key, separate ones for other keys', async () => {
    const flight = singleFlight<string>();
    const started: string[] = [];
    const pending = new Map<string, ReturnType<typeof deferred<string>>>();
    const run = (key: string) => () => {
      started.push(key);
      const d = deferred<string>();
      pending.set(key, d);
      return d.promise;
    };
    const calls = [
      flight('a', run('a')),
      flight('a', run('a')),
      flight('b', run('b')),
      flight('a', run('a')),
    ];
    expect(started).toEqual(['a', 'b']);
    pending.get('a')!.resolve('A');
    pending.get('b')!.resolve('B');
    expect(await Promise.all(calls)).toEqual(['A', 'A', 'B', 'A']);
  });

  it('starts afresh once the computation has ended, and shares a failure with every caller', async () => {
    const flight = singleFlight<number>();
    let runs = 0;
    const failing = deferred<number>();
    const first = flight('k', () => {
      runs++;
      return failing.promise;
    });
    const second = flight('k', async () => {
      runs++;
      return 2;
    });
    failing.reject(new Error('数据库不可用'));
    await expect(first).rejects.toThrow('数据库不可用');
    await expect(second).rejects.toThrow('数据库不可用');
    expect(runs).toBe(1);
    expect(await flight('k', async () => ++runs)).toBe(2);
  });
});
