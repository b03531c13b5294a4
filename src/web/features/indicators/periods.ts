// The quick picks of the statistics period. A period that has not ended yet
// runs to today: the records behind the numbers are dated no later than today.
import type { Dayjs } from 'dayjs';
import { chinaToday } from '../../components/format';

export const QUICK_PERIODS = ['本月', '上月', '本季度', '本年', '上年'] as const;
export type QuickPeriod = (typeof QUICK_PERIODS)[number];

const DATE = 'YYYY-MM-DD';

export function quickPeriod(which: QuickPeriod, today: Dayjs = chinaToday()): { from: string; to: string } {
  const day = today.startOf('day');
  switch (which) {
    case '本月':
      return { from: day.startOf('month').format(DATE), to: day.format(DATE) };
    case '上月': {
      const last = day.startOf('month').subtract(1, 'month');
      return { from: last.format(DATE), to: last.endOf('month').format(DATE) };
    }
    case '本季度': {
      const quarterStart = day.month(Math.floor(day.month() / 3) * 3).startOf('month');
      return { from: quarterStart.format(DATE), to: day.format(DATE) };
    }
    case '本年':
      return { from: day.startOf('year').format(DATE), to: day.format(DATE) };
    case '上年': {
      const last = day.startOf('year').subtract(1, 'year');
      return { from: last.format(DATE), to: last.endOf('year').format(DATE) };
    }
  }
}

/** The quick pick a period equals, for the title ("本年"), or null for a custom period. */
export function quickPeriodOf(
  period: { from: string; to: string },
  today: Dayjs = chinaToday(),
): QuickPeriod | null {
  return (
    QUICK_PERIODS.find((which) => {
      const quick = quickPeriod(which, today);
      return quick.from === period.from && quick.to === period.to;
    }) ?? null
  );
}
