import { describe, expect, it } from 'vitest';
import { chinaDate, chinaDateTime, chinaIso, chinaWallClockToIso } from './china-time';

describe('China time', () => {
  it('reads a moment as the China date, across the UTC midnight', () => {
    expect(chinaDate(new Date('2026-03-04T15:59:59Z'))).toBe('2026-03-04');
    expect(chinaDate('2026-03-04T16:00:00Z')).toBe('2026-03-05');
    expect(chinaDate(Date.parse('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
  });

  it('writes a moment as China wall-clock time, to the minute or the second', () => {
    expect(chinaDateTime('2026-03-05T01:30:45.123Z')).toBe('2026-03-05 09:30');
    expect(chinaDateTime('2026-03-05T01:30:45.123Z', { seconds: true })).toBe('2026-03-05 09:30:45');
    expect(chinaDateTime('2026-03-05T09:30:00+08:00')).toBe('2026-03-05 09:30');
    expect(chinaDateTime(new Date('2026-03-04T20:05:00-05:00'))).toBe('2026-03-05 09:05');
  });

  it('writes a moment as ISO 8601 with +08:00', () => {
    expect(chinaIso('2026-03-05T01:30:45.999Z')).toBe('2026-03-05T09:30:45+08:00');
  });

  it('turns a China wall-clock time into the moment it names', () => {
    expect(chinaWallClockToIso('2026-03-05T09:30')).toBe('2026-03-05T09:30:00+08:00');
    expect(chinaWallClockToIso('2026-03-05 09:30:15')).toBe('2026-03-05T09:30:15+08:00');
    expect(chinaWallClockToIso('2026-03-05')).toBe('2026-03-05T00:00:00+08:00');
    expect(new Date(chinaWallClockToIso('2026-03-05T00:30')).toISOString()).toBe('2026-03-04T16:30:00.000Z');
  });
});
