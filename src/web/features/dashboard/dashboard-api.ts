// Calls, cache keys and URL state of the dashboard (/api/dashboard). The
// filters live in the address so a view can be bookmarked and shared.
import dayjs, { type Dayjs } from 'dayjs';
import type { Dashboard } from '../../../shared/api/dashboard';
import { api } from '../../lib/api-client';
import type { PeriodFilter } from '../indicators/indicators-api';
import { quickPeriod } from '../indicators/periods';

export const DASHBOARD_PERIODS = ['本月', '本季度', '本年', '上年'] as const;
export type DashboardPeriod = (typeof DASHBOARD_PERIODS)[number];

const DATE = 'YYYY-MM-DD';

export function dashboardPeriod(
  which: DashboardPeriod,
  today: Dayjs = dayjs(),
): { from: string; to: string } {
  if (which === '上年') {
    const last = today.startOf('year').subtract(1, 'year');
    return { from: last.format(DATE), to: last.endOf('year').format(DATE) };
  }
  return quickPeriod(which, today);
}

export function dashboardPeriodOf(filter: { from: string; to: string }): DashboardPeriod | null {
  return (
    DASHBOARD_PERIODS.find((which) => {
      const period = dashboardPeriod(which);
      return period.from === filter.from && period.to === filter.to;
    }) ?? null
  );
}

const KEYS = ['from', 'to', 'regionId', 'agencyId', 'courtId'] as const;
const isDate = (value: string | null): value is string => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The filter of the address; a missing or malformed period is 本年. */
export function filterOfSearch(search: URLSearchParams): PeriodFilter {
  const from = search.get('from');
  const to = search.get('to');
  const period = isDate(from) && isDate(to) ? { from, to } : dashboardPeriod('本年');
  return {
    ...period,
    regionId: search.get('regionId') || undefined,
    agencyId: search.get('agencyId') || undefined,
    courtId: search.get('courtId') || undefined,
  };
}

export function searchOfFilter(filter: PeriodFilter): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of KEYS) {
    const value = filter[key];
    if (value) search.set(key, value);
  }
  return search;
}

export const dashboardKeys = {
  all: ['dashboard'] as const,
  of: (filter: PeriodFilter) => ['dashboard', filter] as const,
};

export const fetchDashboard = (filter: PeriodFilter) => api.get<Dashboard>('/api/dashboard', { ...filter });
