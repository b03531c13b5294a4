// Calls and cache keys of the indicators (/api/indicators): definitions with
// the region's 统计口径, values, the per-agency rows, the counts, and the
// records behind each number.
import type {
  AgencyBreakdown,
  CountDimension,
  CountRecords,
  Counts,
  IndicatorDefinitionList,
  IndicatorDefinitionView,
  IndicatorRecords,
  IndicatorValues,
  RecordCountDimension,
} from '../../../shared/api/indicators';
import type { IndicatorId } from '../../../shared/domain/indicators/definitions';
import { api } from '../../lib/api-client';

export interface PeriodFilter {
  from: string;
  to: string;
  agencyId?: string;
  courtId?: string;
  /** A region (people's government) within the user's scope. */
  regionId?: string;
  /** 'own': the region's own level only, its child regions left out (市本级). */
  regionLevel?: 'own';
}

export type RecordPart = 'numerator' | 'denominator';

/** What a click on a number asks for: the records behind one indicator part, or behind one count. */
export type Drill =
  | {
      kind: 'indicator';
      indicatorId: IndicatorId;
      part: RecordPart;
      /** The per-agency row clicked; overrides the page's agency filter. */
      agencyId?: string;
      /** The region row clicked (dashboard); overrides the page's region filter. */
      region?: { regionId?: string; regionLevel?: 'own' };
      title: string;
      shown: number;
    }
  | { kind: 'count'; by: RecordCountDimension; key: string; title: string; shown: number };

export const indicatorKeys = {
  all: ['indicators'] as const,
  definitions: ['indicators', 'definitions'] as const,
  values: (filter: PeriodFilter) => ['indicators', 'values', filter] as const,
  byAgency: (filter: PeriodFilter) => ['indicators', 'by-agency', filter] as const,
  counts: (filter: PeriodFilter, by: CountDimension) => ['indicators', 'counts', filter, by] as const,
  records: (filter: PeriodFilter, drill: Drill, page: number, pageSize: number) =>
    ['indicators', 'records', filter, drill, page, pageSize] as const,
};

export const fetchDefinitions = () => api.get<IndicatorDefinitionList>('/api/indicators');

export const fetchValues = (filter: PeriodFilter) =>
  api.get<IndicatorValues>('/api/indicators/values', { ...filter });

export const fetchByAgency = (filter: PeriodFilter) =>
  api.get<AgencyBreakdown>('/api/indicators/values/by-agency', { ...filter });

export const fetchCounts = (filter: PeriodFilter, by: CountDimension) =>
  api.get<Counts>('/api/indicators/counts', { ...filter, by });

export type DrillRecords =
  | { kind: 'indicator'; data: IndicatorRecords }
  | { kind: 'count'; data: CountRecords };

export async function fetchDrill(
  filter: PeriodFilter,
  drill: Drill,
  page: number,
  pageSize: number,
): Promise<DrillRecords> {
  if (drill.kind === 'indicator') {
    const data = await api.get<IndicatorRecords>(`/api/indicators/${drill.indicatorId}/records`, {
      ...filter,
      agencyId: drill.agencyId ?? filter.agencyId,
      ...(drill.region ? { regionId: drill.region.regionId, regionLevel: drill.region.regionLevel } : {}),
      part: drill.part,
      page,
      pageSize,
    });
    return { kind: 'indicator', data };
  }
  const data = await api.get<CountRecords>('/api/indicators/counts/records', {
    ...filter,
    by: drill.by,
    key: drill.key,
    page,
    pageSize,
  });
  return { kind: 'count', data };
}

export const chooseVariant = (indicatorId: IndicatorId, variantId: string) =>
  api.put<IndicatorDefinitionView>(`/api/indicators/${indicatorId}/variant`, { variantId });
