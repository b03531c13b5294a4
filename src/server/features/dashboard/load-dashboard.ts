// Loads the dashboard (数据看板) for a caller: the indicators of the caller's
// scope (narrowed by region, agency and court) under the variants that apply
// to the caller, for a period and the one before it. The KPI values, trend,
// rankings and region rows are sums of one grouped result, so a region row,
// a month or an agency always adds up to the total, and each of them drills
// down (GET /api/indicators/:id/records with the same filters) to as many
// records as it shows.
import type { Dashboard, DashboardQuery } from '../../../shared/api/dashboard';
import { TREND_INDICATORS } from '../../../shared/api/dashboard';
import { COUNT_DIMENSION_LABELS } from '../../../shared/api/indicators';
import { definitionKeyOf, rateChangeOf } from '../../../shared/domain/indicators/compute';
import {
  INDICATORS,
  type IndicatorId,
  lossReasonLabelOf,
} from '../../../shared/domain/indicators/definitions';
import { presentNumbers, presentVariant } from '../indicators/indicators.present';
import {
  childRegionsOf,
  countGroups,
  countUnitsOf,
  labelsOf,
  type UnitFilter,
  unitsOf,
} from '../indicators/indicators.queries';
import {
  type Context,
  regionOptionsOf,
  resolveFilter,
  variantsFor,
} from '../indicators/load-indicator-views';
import {
  caseCounts,
  groupedUnits,
  organisationName,
  type UnitGroupRow,
  upcomingHearings,
} from './dashboard.queries';
import { previousPeriodOf, trendMonthsOf } from './dashboard-periods';

const UPCOMING_DAYS = 14;
const UPCOMING_LIMIT = 20;
const DAY_MS = 86_400_000;

function sum(rows: readonly UnitGroupRow[]) {
  let numerator = 0;
  let denominator = 0;
  for (const row of rows) {
    numerator += row.numerator;
    denominator += row.denominator;
  }
  return presentNumbers(numerator, denominator);
}

const valuesOf = (rows: readonly UnitGroupRow[]) =>
  INDICATORS.map((indicator) => ({
    indicatorId: indicator.id,
    ...sum(rows.filter((r) => r.indicatorId === indicator.id)),
  }));

// A ranking lists the agencies with a denominator, by rate then by volume; equal rates share a rank.
function rankingOf(rows: readonly UnitGroupRow[], indicatorId: IndicatorId) {
  const byAgency = new Map<string, UnitGroupRow[]>();
  for (const row of rows.filter((r) => r.indicatorId === indicatorId)) {
    byAgency.set(row.orgId, [...(byAgency.get(row.orgId) ?? []), row]);
  }
  const agencies = [...byAgency.entries()]
    .map(([agencyId, group]) => ({ agencyId, agencyName: group[0]!.orgName, ...sum(group) }))
    .filter((a) => a.denominator > 0)
    .sort(
      (a, b) =>
        (b.rate ?? 0) - (a.rate ?? 0) ||
        b.denominator - a.denominator ||
        a.agencyName.localeCompare(b.agencyName, 'zh-CN'),
    );
  return agencies.map((a) => ({
    rank: 1 + agencies.filter((b) => (b.rate ?? 0) > (a.rate ?? 0)).length,
    ...a,
  }));
}

async function regionsOf(ctx: Context, filter: UnitFilter, query: DashboardQuery, rows: UnitGroupRow[]) {
  // Only its own level asked for: there is nothing below to list.
  if ((filter.excludedPaths ?? []).length > 0) return [];
  const children = await childRegionsOf(ctx.db, filter.pathPrefix);
  if (children.length === 0) return [];
  const scopeName = (await organisationName(ctx.db, filter.pathPrefix)) ?? '';
  const isUnder = (row: UnitGroupRow) => children.some((c) => row.path.startsWith(c.path));
  const regionId = query.regionId ?? null;
  return [
    ...children.map((child) => ({
      key: child.id,
      kind: 'region' as const,
      regionId: child.id,
      name: child.name.replace(/人民政府$/, ''),
      values: valuesOf(rows.filter((r) => r.path.startsWith(child.path))),
    })),
    {
      key: 'own',
      kind: 'own' as const,
      regionId,
      name: scopeName ? `${scopeName.replace(/人民政府$/, '')}本级` : '本级',
      values: valuesOf(rows.filter((r) => !isUnder(r))),
    },
    { key: 'total', kind: 'total' as const, regionId, name: '合计', values: valuesOf(rows) },
  ];
}

/** `lossVariantId`: the 败诉率 variant applied, whose lost cases the loss-reason breakdown counts. */
async function breakdownsOf(ctx: Context, filter: UnitFilter, lossVariantId: string) {
  const causes = await labelsOf(ctx.db, 'cause');
  const domains = await labelsOf(ctx.db, 'domain');
  const label = {
    cause: (key: string) => causes.get(key) ?? key,
    domain: (key: string) => domains.get(key) ?? key,
    'loss-reason': lossReasonLabelOf,
  };
  const result = [];
  for (const by of ['cause', 'domain', 'loss-reason'] as const) {
    const groups = await countGroups(ctx.db, countUnitsOf(by, filter, lossVariantId));
    result.push({
      by,
      byLabel: COUNT_DIMENSION_LABELS[by],
      groups: groups.map((g) => ({ ...g, label: label[by](g.key) })),
    });
  }
  return result;
}

export async function loadDashboard(ctx: Context, query: DashboardQuery): Promise<Dashboard> {
  const filter = await resolveFilter(ctx, query);
  const previousPeriod = previousPeriodOf(filter);
  const previous: UnitFilter = { ...filter, ...previousPeriod };
  const variantOf = await variantsFor(ctx);
  const applied = INDICATORS.map((indicator) => ({ indicator, variant: variantOf(indicator).variant }));
  const rows = await groupedUnits(
    ctx.db,
    applied.flatMap(({ indicator, variant }) => [
      {
        period: 'current' as const,
        indicatorId: indicator.id,
        units: unitsOf(indicator.id, variant.id, filter),
      },
      {
        period: 'previous' as const,
        indicatorId: indicator.id,
        units: unitsOf(indicator.id, variant.id, previous),
      },
    ]),
  );
  const current = rows.filter((r) => r.period === 'current');
  const before = rows.filter((r) => r.period === 'previous');

  const kpis = applied.map(({ indicator, variant }) => {
    const now = sum(current.filter((r) => r.indicatorId === indicator.id));
    const then = sum(before.filter((r) => r.indicatorId === indicator.id));
    return {
      indicatorId: indicator.id,
      name: indicator.name,
      definitionName: variant.name,
      definitionKey: definitionKeyOf(indicator.id, variant),
      definition: presentVariant(indicator.id, variant),
      dateBasis: indicator.dateBasis,
      ...now,
      previous: then,
      change: rateChangeOf(now, then),
    };
  });

  const counts = await caseCounts(ctx.db, filter, previous);
  const received = counts.newCasesByMonth.reduce((n, m) => n + m.count, 0);
  const months = trendMonthsOf(filter);
  // Each month's rate counts the units dated in that month, judged as at the
  // end of the period (履行 by the period's last day), like the period's value.
  const trend = {
    months,
    isTruncated: months[0] !== filter.from.slice(0, 7),
    series: TREND_INDICATORS.map((id) => ({
      indicatorId: id,
      name: INDICATORS.find((i) => i.id === id)!.name,
      points: months.map((month) => ({
        month,
        ...sum(current.filter((r) => r.indicatorId === id && r.month === month)),
      })),
    })),
    newCases: months.map((month) => ({
      month,
      count: counts.newCasesByMonth.find((m) => m.month === month)?.count ?? 0,
    })),
  };

  const now = ctx.now;
  const hearings = await upcomingHearings(ctx.db, filter, {
    from: now,
    to: new Date(now.getTime() + UPCOMING_DAYS * DAY_MS),
    limit: UPCOMING_LIMIT,
  });

  return {
    from: filter.from,
    to: filter.to,
    previousPeriod,
    regionId: query.regionId ?? null,
    regionLevel: query.regionLevel ?? null,
    agencyId: filter.agencyId,
    courtId: filter.courtId,
    scopeName: (await organisationName(ctx.db, filter.pathPrefix)) ?? '全部地区',
    regionOptions: await regionOptionsOf(ctx),
    kpis,
    counts: [
      { key: 'received', label: '收案数', count: received, previous: counts.receivedBefore },
      { key: 'judged', label: '审结数', count: counts.judged, previous: counts.judgedBefore },
      { key: 'hearings', label: '开庭数', count: counts.hearings, previous: counts.hearingsBefore },
    ],
    trend,
    rankings: (['head-appearance', 'loss'] as const).map((id) => ({
      indicatorId: id,
      name: INDICATORS.find((i) => i.id === id)!.name,
      order: 'desc' as const,
      rows: rankingOf(current, id),
    })),
    breakdowns: await breakdownsOf(
      ctx,
      filter,
      applied.find(({ indicator }) => indicator.id === 'loss')!.variant.id,
    ),
    regions: await regionsOf(ctx, filter, query, current),
    upcomingHearingTotal: Number(hearings[0]?.total ?? 0),
    upcomingHearings: hearings.map((h) => ({
      caseId: h.caseId,
      caseNumber: h.caseNumber,
      courtName: h.courtName,
      defendants: h.defendants ? h.defendants.split('、') : [],
      scheduledAt: h.scheduledAt,
      courtRoom: h.courtRoom,
      isHeadRequested: h.isHeadRequested,
      designatedHead: h.headName ? `${h.headName}${h.headPost ? `（${h.headPost}）` : ''}` : null,
    })),
  };
}
