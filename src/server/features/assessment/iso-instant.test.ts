import { describe, expect, it } from 'vitest';
import { isoInstantOf } from './iso-instant';

describe('isoInstantOf', () => {
  it.each([
    ['2026-07-09 01:00:00+00', '2026-07-09T01:00:00.000Z'], // PGlite, a UTC session
    ['2026-07-09 09:00:00+08', '2026-07-09T01:00:00.000Z'], // a session in Asia/Shanghai
    ['2026-07-09 09:00:00.5+08', '2026-07-09T01:00:00.500Z'],
    ['2026-07-09 06:30:00.123456+05:30', '2026-07-09T01:00:00.123Z'],
    ['2026-07-09 06:30:00+0530', '2026-07-09T01:00:00.000Z'],
    ['2026-07-09T01:00:00.000Z', '2026-07-09T01:00:00.000Z'], // already ISO: unchanged
  ])('%s → %s', (text, iso) => {
    expect(isoInstantOf(text)).toBe(iso);
  });

  it('refuses what is not an instant', () => {
    expect(() => isoInstantOf('2026-07-09')).toThrow('not a timestamp');
    expect(() => isoInstantOf('2026-13-40 25:00:00+00')).toThrow('not a timestamp');
  });
});
