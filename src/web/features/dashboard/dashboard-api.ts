// Calls, cache keys and URL state of the dashboard (/api/dashboard). The
// filters live in the address so a view can be bookmarked and shared.
import type { Dashboard } from '../../../shared/api/dashboard';
import { api } from '../../lib/api-client';
import type { PeriodFilter } from '../indicators/indicators-api';
import { quickPeriod } from '../indicators/periods';

const KEYS = ['from', 'to', 'regionId', 'agencyId', 'courtId'] as const;
const isDate = (value: string | null): value is string => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The filter of the address; a missing or malformed period is 本年. */
export function filterOfSearch(search: URLSearchParams): PeriodFilter {
  const from = search.get('from');
  const to = search.get('to');
  const period = isDate(from) && isDate(to) ? { from, to } : quickPeriod('本年');
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
