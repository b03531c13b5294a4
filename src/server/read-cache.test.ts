import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Db } from './db/client';
import { readCache } from './read-cache';

const dbA = {} as Db;
const dbB = {} as Db;

afterEach(() => {
  vi.useRealTimers();
});

describe('readCache', () => {
  it('reads once per database handle within the time to live, then again', async () => {
    vi.useFakeTimers();
    let reads = 0;
    const cache = readCache(async () => ++reads, 10_000);
    expect(await cache.get(dbA)).toBe(1);
    expect(await cache.get(dbA)).toBe(1);
    expect(await cache.get(dbB)).toBe(2);
    vi.advanceTimersByTime(10_001);
    expect(await cache.get(dbA)).toBe(3);
  });

  it('reads afresh after invalidate, and does not keep a failed read', async () => {
    let reads = 0;
    let fail = true;
    const cache = readCache(async () => {
      reads++;
      if (fail) throw new Error('连接中断');
      return reads;
    });
    await expect(cache.get(dbA)).rejects.toThrow('连接中断');
    fail = false;
    expect(await cache.get(dbA)).toBe(2);
    expect(await cache.get(dbA)).toBe(2);
    cache.invalidate();
    expect(await cache.get(dbA)).toBe(3);
  });
});
