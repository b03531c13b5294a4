// Loads the indicator views for a caller: the definitions with the variant
// that applies to them, the values of a period, the per-agency breakdown, the
// records behind a number, and the counts by dimension.
import type {
  AgencyBreakdown,
  CountDimension,
  CountRecords,
  Counts,
  IndicatorRecords,
  IndicatorValues,
  PeriodFilter,
} from '../../../shared/api/indicators';
import {
  COUNT_DIMENSION_LABELS,
  isTotalCount,
  RECORD_PART_LABELS,
  type RecordCountDimension,
  TOTAL_COUNT_LABELS,
} from '../../../shared/api/indicators';
import { CASE_STAGE_LABELS, type CaseStage } from '../../../shared/domain/cases/vocabulary';
import { chinaDate } from '../../../shared/domain/china-time';
import {
  applicableVariant,
  definitionKeyOf,
  requireIndicator,
} from '../../../shared/domain/indicators/compute';
import {
  INDICATORS,
  type IndicatorDefinition,
  lossReasonLabelOf,
} from '../../../shared/domain/indicators/definitions';
import type { Db } from '../../db/client';
import { fieldError } from '../../http/errors';
import type { Principal } from '../../http/principal';
import {
  canConfigureIndicators,
  checkAgencyFilter,
  checkRegionFilter,
  indicatorScopeOf,
} from './indicators.policy';
import { presentDefinition, presentNumbers, presentVariant } from './indicators.present';
import {
  childRegionsOf,
  countGroups,
  countRecords,
  countUnitsOf,
  findOrganisationPath,
  findRegionCandidate,
  labelsOf,
  regionsWithin,
  totalsByAgency,
  totalsOf,
  type UnitFilter,
  unitRecords,
  unitsOf,
  variantChoicesFor,
} from './indicators.queries';

export interface Context {
  db: Db;
  principal: Principal;
  now: Date;
}

// A region is named by its people's government or by that government's 司法局.
async function regionPathOf(ctx: Context, regionId: string): Promise<string> {
  const org = await findRegionCandidate(ctx.db, regionId);
  const region =
    org?.kind === 'legal-office' && org.parentId ? await findRegionCandidate(ctx.db, org.parentId) : org;
  if (region?.kind !== 'government') {
    throw fieldError('regionId', '地区无效，请选择人民政府或司法局');
  }
  checkRegionFilter(ctx.principal, region.path);
  return region.path;
}

/**
 * The caller's scope narrowed by the filters. With regionLevel 'own' the
 * region's child regions are left out (市本级: the city's own agencies).
 */
export async function resolveFilter(ctx: Context, query: PeriodFilter): Promise<UnitFilter> {
  const scopePath = indicatorScopeOf(ctx.principal);
  const pathPrefix = query.regionId ? await regionPathOf(ctx, query.regionId) : scopePath;
  const excludedPaths =
    query.regionLevel === 'own' ? (await childRegionsOf(ctx.db, pathPrefix)).map((r) => r.path) : [];
  if (query.agencyId) checkAgencyFilter(ctx.principal, await findOrganisationPath(ctx.db, query.agencyId));
  const today = chinaDate(ctx.now);
  return {
    pathPrefix,
    from: query.from ?? `${today.slice(0, 4)}-01-01`,
    to: query.to ?? today,
    agencyId: query.agencyId ?? null,
    courtId: query.courtId ?? null,
    excludedPaths,
  };
}

const periodOf = (f: UnitFilter) => ({ from: f.from, to: f.to, agencyId: f.agencyId, courtId: f.courtId });

// The variants follow the caller's scope, not a region filter: the city compares
// its counties under one 口径, and a region's drill-down lists the same units.
export async function variantsFor(ctx: Context) {
  const scopePath = indicatorScopeOf(ctx.principal);
  const choices = await variantChoicesFor(ctx.db, scopePath);
  return (indicator: IndicatorDefinition) => {
    const resolved = applicableVariant(indicator, choices, scopePath);
    const chooser = choices.find(
      (c) => c.indicatorId === indicator.id && c.regionPath === resolved.regionPath,
    )?.regionName;
    return { variant: resolved.variant, appliedBy: chooser ?? null };
  };
}

/**
 * The units of a count: for the loss-reason breakdown, the lost cases under the 败诉率
 * variant that applies to the caller (the only count that needs the variant).
 */
async function countUnitsFor(ctx: Context, by: RecordCountDimension, filter: UnitFilter) {
  if (by !== 'loss-reason') return countUnitsOf(by, filter);
  const variantOf = await variantsFor(ctx);
  return countUnitsOf(
    by,
    filter,
    variantOf(INDICATORS.find((indicator) => indicator.id === 'loss')!).variant.id,
  );
}

// The regions a caller may pick: every government within the caller's own scope
// (not the filtered one), so the choice can be widened again.
export async function regionOptionsOf(ctx: Context) {
  const regions = await regionsWithin(ctx.db, indicatorScopeOf(ctx.principal));
  const top = Math.min(...regions.map((r) => r.path.split('/').length));
  return regions.map((r) => ({ id: r.id, name: r.name, depth: r.path.split('/').length - top }));
}

export async function loadDefinitions(ctx: Context) {
  const variantOf = await variantsFor(ctx);
  const configure = canConfigureIndicators(ctx.principal);
  return {
    items: INDICATORS.map((indicator) => {
      const { variant, appliedBy } = variantOf(indicator);
      return presentDefinition(indicator, variant, appliedBy, configure);
    }),
    regionOptions: await regionOptionsOf(ctx),
  };
}

export async function loadValues(ctx: Context, query: PeriodFilter): Promise<IndicatorValues> {
  const filter = await resolveFilter(ctx, query);
  const variantOf = await variantsFor(ctx);
  const items = [];
  for (const indicator of INDICATORS) {
    const { variant } = variantOf(indicator);
    const totals = await totalsOf(ctx.db, unitsOf(indicator.id, variant.id, filter));
    items.push({
      indicatorId: indicator.id,
      name: indicator.name,
      dateBasis: indicator.dateBasis,
      definition: presentVariant(indicator.id, variant),
      ...presentNumbers(totals.numerator, totals.denominator),
    });
  }
  return { ...periodOf(filter), items };
}

export async function loadAgencyBreakdown(ctx: Context, query: PeriodFilter): Promise<AgencyBreakdown> {
  const filter = await resolveFilter(ctx, query);
  const variantOf = await variantsFor(ctx);
  const agencies = new Map<string, AgencyBreakdown['agencies'][number] & { path: string }>();
  const indicators = [];
  for (const indicator of INDICATORS) {
    const { variant } = variantOf(indicator);
    indicators.push({
      id: indicator.id,
      name: indicator.name,
      definitionKey: definitionKeyOf(indicator.id, variant),
    });
    for (const row of await totalsByAgency(ctx.db, unitsOf(indicator.id, variant.id, filter))) {
      if (!agencies.has(row.agencyId)) {
        agencies.set(row.agencyId, {
          agencyId: row.agencyId,
          agencyName: row.agencyName,
          path: row.path,
          values: [],
        });
      }
      agencies.get(row.agencyId)!.values.push({
        indicatorId: indicator.id,
        ...presentNumbers(row.numerator, row.denominator),
      });
    }
  }
  // An agency without records for an indicator shows 0 ÷ 0 (无数据) there, so every row has every column.
  const rows = [...agencies.values()].sort((a, b) => a.path.localeCompare(b.path));
  return {
    ...periodOf(filter),
    indicators,
    agencies: rows.map(({ path: _path, ...row }) => ({
      ...row,
      values: INDICATORS.map(
        (indicator) =>
          row.values.find((v) => v.indicatorId === indicator.id) ?? {
            indicatorId: indicator.id,
            ...presentNumbers(0, 0),
          },
      ),
    })),
  };
}

export async function loadIndicatorRecords(
  ctx: Context,
  indicatorId: string,
  query: PeriodFilter & { part: 'numerator' | 'denominator'; page: number; pageSize: number },
): Promise<IndicatorRecords> {
  const filter = await resolveFilter(ctx, query);
  const indicator = requireIndicator(indicatorId);
  const { variant } = (await variantsFor(ctx))(indicator);
  const { rows, total } = await unitRecords(ctx.db, unitsOf(indicator.id, variant.id, filter), {
    numeratorOnly: query.part === 'numerator',
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    ...periodOf(filter),
    indicatorId: indicator.id,
    part: query.part,
    partLabel: RECORD_PART_LABELS[query.part],
    definitionKey: definitionKeyOf(indicator.id, variant),
    items: rows.map((row) => ({ ...row, kind: row.caseId ? ('case' as const) : ('suggestion' as const) })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

const COUNT_NOTES: Record<CountDimension, { dateBasis: string; note: string }> = {
  stage: {
    dateBasis: '送达日期（收案）',
    note: '统计期间内收到起诉状副本的案件，按当前办理阶段计数；共同被告案件计一件。',
  },
  cause: {
    dateBasis: '送达日期（收案）',
    note: '统计期间内收到起诉状副本的案件，按案由计数；共同被告案件计一件。',
  },
  domain: {
    dateBasis: '送达日期（收案）',
    note: '统计期间内收到起诉状副本的案件，按管理领域计数；共同被告案件计一件。',
  },
  court: {
    dateBasis: '送达日期（收案）',
    note: '统计期间内收到起诉状副本的案件，按审理法院计数；共同被告案件计一件。',
  },
  'loss-reason': {
    dateBasis: '裁判文书送达日期',
    note: '统计期间内送达裁判、登记为败诉的案件，按败诉原因计数；一案有多项原因的，每项各计一次。',
  },
};

async function labelFor(ctx: Context, by: RecordCountDimension) {
  if (isTotalCount(by)) return () => TOTAL_COUNT_LABELS[by];
  if (by === 'stage') return (key: string) => CASE_STAGE_LABELS[key as CaseStage] ?? key;
  if (by === 'loss-reason') return lossReasonLabelOf;
  const labels = await labelsOf(ctx.db, by);
  return (key: string) => labels.get(key) ?? key;
}

export async function loadCounts(
  ctx: Context,
  query: PeriodFilter & { by: CountDimension },
): Promise<Counts> {
  const filter = await resolveFilter(ctx, query);
  const label = await labelFor(ctx, query.by);
  const groups = await countGroups(ctx.db, await countUnitsFor(ctx, query.by, filter));
  return {
    ...periodOf(filter),
    by: query.by,
    byLabel: COUNT_DIMENSION_LABELS[query.by],
    ...COUNT_NOTES[query.by],
    groups: groups.map((g) => ({ ...g, label: label(g.key) })),
  };
}

export async function loadCountRecords(
  ctx: Context,
  query: PeriodFilter & { by: RecordCountDimension; key: string; page: number; pageSize: number },
): Promise<CountRecords> {
  const filter = await resolveFilter(ctx, query);
  const label = await labelFor(ctx, query.by);
  const units = await countUnitsFor(ctx, query.by, filter);
  const { rows, total } = await countRecords(ctx.db, units, {
    key: query.key,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    ...periodOf(filter),
    by: query.by,
    key: query.key,
    label: label(query.key),
    items: rows.map(({ stage, ...row }) => ({
      ...row,
      stageLabel: CASE_STAGE_LABELS[stage as CaseStage] ?? stage,
    })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
