import { describe, expect, it } from 'vitest';
import { previousPeriodOf, trendMonthsOf } from './dashboard-periods';

describe('previousPeriodOf', () => {
  it.each([
    ['a month → the month before', '2026-03-01', '2026-03-31', '2026-02-01', '2026-02-28'],
    ['January → December', '2026-01-01', '2026-01-31', '2025-12-01', '2025-12-31'],
    ['a quarter → the quarter before', '2026-07-01', '2026-09-30', '2026-04-01', '2026-06-30'],
    ['a year → the year before', '2026-01-01', '2026-12-31', '2025-01-01', '2025-12-31'],
    ['a leap February', '2024-03-01', '2024-03-31', '2024-02-01', '2024-02-29'],
    ['a range → as many days before', '2026-11-03', '2026-11-04', '2026-11-01', '2026-11-02'],
    ['one day → the day before', '2026-03-02', '2026-03-02', '2026-03-01', '2026-03-01'],
    ['a range across months', '2026-01-15', '2026-02-14', '2025-12-15', '2026-01-14'],
    ['本月 to date → the same days of last month', '2026-11-01', '2026-11-23', '2026-10-01', '2026-10-23'],
    ['本月 to the 31st → last month to its end', '2026-03-01', '2026-03-30', '2026-02-01', '2026-02-28'],
    [
      '本季度 to date → the same stretch of last quarter',
      '2026-10-01',
      '2026-11-23',
      '2026-07-01',
      '2026-08-23',
    ],
    ['本年 to date → the same stretch of last year', '2026-01-01', '2026-11-23', '2025-01-01', '2025-11-23'],
    // In January 本月, 本季度 and 本年 are the same range: it compares with the smallest unit.
    ['本年 in January → the same days of December', '2026-01-01', '2026-01-05', '2025-12-01', '2025-12-05'],
    [
      '本年 in February → the same stretch of last quarter',
      '2026-01-01',
      '2026-02-10',
      '2025-10-01',
      '2025-11-10',
    ],
    ['to a leap day', '2024-03-01', '2024-03-30', '2024-02-01', '2024-02-29'],
    ['from a month start over a year → as many days', '2025-03-01', '2026-03-10', '2024-02-20', '2025-02-28'],
  ])('%s', (_, from, to, previousFrom, previousTo) => {
    expect(previousPeriodOf({ from, to })).toEqual({ from: previousFrom, to: previousTo });
  });
});

describe('trendMonthsOf', () => {
  it('lists the months a period touches', () => {
    expect(trendMonthsOf({ from: '2026-04-15', to: '2026-06-02' })).toEqual([
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    expect(trendMonthsOf({ from: '2026-11-01', to: '2026-11-02' })).toEqual(['2026-11']);
    expect(trendMonthsOf({ from: '2025-11-01', to: '2026-02-28' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
  });

  it('keeps the last 24 months of a longer period', () => {
    const months = trendMonthsOf({ from: '2020-01-01', to: '2026-10-31' });
    expect(months).toHaveLength(24);
    expect(months[0]).toBe('2024-11');
    expect(months.at(-1)).toBe('2026-10');
  });
});
