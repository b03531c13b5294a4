import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { quickPeriod, quickPeriodOf } from './periods';

describe('the quick picks of the statistics period', () => {
  const today = dayjs('2026-11-17');

  it.each([
    ['本月', '2026-11-01', '2026-11-17'],
    ['上月', '2026-10-01', '2026-10-31'],
    ['本季度', '2026-10-01', '2026-11-17'],
    ['本年', '2026-01-01', '2026-11-17'],
    ['上年', '2025-01-01', '2025-12-31'],
  ] as const)('%s → %s … %s', (which, from, to) => {
    expect(quickPeriod(which, today)).toEqual({ from, to });
  });

  it('takes the previous year for 上月 in January, and the first quarter from January', () => {
    const january = dayjs('2027-01-05');
    expect(quickPeriod('上月', january)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(quickPeriod('本季度', january)).toEqual({ from: '2027-01-01', to: '2027-01-05' });
  });

  it('names the quick pick a period equals, and none for a custom one', () => {
    expect(quickPeriodOf({ from: '2026-01-01', to: '2026-11-17' }, today)).toBe('本年');
    expect(quickPeriodOf({ from: '2026-03-01', to: '2026-11-17' }, today)).toBeNull();
  });
});
