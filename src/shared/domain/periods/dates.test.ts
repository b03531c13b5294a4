import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dayOfWeek, formatChineseDate, isValidDate, parseDate } from './dates';

describe('date arithmetic on YYYY-MM-DD strings', () => {
  it.each([
    ['2025-12-31', 1, '2026-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2025-09-16', 15, '2025-10-01'],
    ['2025-03-30', 1, '2025-03-31'], // no daylight-saving hour can eat a day
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  // Civil Code Art. 202: the corresponding day, else the month's last day.
  it.each([
    ['2024-01-31', 1, '2024-02-29'], // leap year
    ['2023-01-31', 1, '2023-02-28'],
    ['2025-01-31', 2, '2025-03-31'],
    ['2025-08-31', 1, '2025-09-30'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2025-11-15', 3, '2026-02-15'], // across the year end
    ['2025-03-15', 1, '2025-04-15'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2025-10-01', 3], // Wednesday
    ['2025-09-28', 0], // Sunday
    ['2025-10-11', 6], // Saturday
  ])('%s is weekday %i', (date, weekday) => {
    expect(dayOfWeek(date)).toBe(weekday);
  });

  it.each(['2025-02-29', '2025-13-01', '2025-1-01', '2025-04-31', '0999-01-01', '2025/01/01', ''])(
    'refuses %j',
    (date) => {
      expect(isValidDate(date)).toBe(false);
      expect(() => parseDate(date)).toThrow(`日期“${date}”无效，应为YYYY-MM-DD格式的真实日期`);
    },
  );

  it('formats dates the way a clerk writes them', () => {
    expect(formatChineseDate('2025-10-09')).toBe('2025年10月9日');
  });
});
