// 生成定期报告数据: the figures of a region for a period, from the indicators
// engine under the variants (统计口径) that apply to the region. Set-based: one
// grouped query per indicator (per agency; the region's total and each
// county's are sums of those rows), a few grouped counts, and for reports of
// several months one grouped query per trend series — never a query per case,
// so a city's quarter stays within seconds at a million cases (npm run bench).
import type { ReportData, ReportValue } from '../../../shared/api/periodic-reports';
import {
  applicableVariant,
  definitionKeyOf,
  rateLabelOf,
  rateOf,
} from '../../../shared/domain/indicators/compute';
import { INDICATORS, lossReasonLabelOf } from '../../../shared/domain/indicators/definitions';
import { type ReportPeriod, samePeriodLastYear } from '../../../shared/domain/periodic-reports';
import type { Db } from '../../db/client';
import {
  countGroups,
  countUnitsOf,
  labelsOf,
  totalsByAgency,
  type UnitFilter,
  unitsOf,
  variantChoicesFor,
} from '../indicators/indicators.queries';
import {
  countCasesBySubregion,
  countRows,
  countsByMonth,
  distinctCasesOf,
  type RegionRow,
  subregionsOf,
  suggestionCounts,
  totalsByMonth,
} from './periodic-reports.queries';

export function reportValue(indicatorId: string, numerator: number, denominator: number): ReportValue {
  const rate = rateOf(numerator, denominator);
  return { indicatorId, numerator, denominator, rate, rateLabel: rateLabelOf(rate) };
}

/** The variant of each indicator that applies to a region (its own choice, else its city's, else the default). */
export async function regionVariants(db: Db, regionPath: string) {
  const choices = await variantChoicesFor(db, regionPath);
  return new Map(INDICATORS.map((i) => [i.id, applicableVariant(i, choices, regionPath).variant]));
}

export async function generateRegionReport(options: {
  db: Db;
  region: Pick<RegionRow, 'id' | 'name' | 'path'>;
  period: ReportPeriod;
  now: Date;
}): Promise<ReportData> {
  const { db, region, period } = options;
  const filter: UnitFilter = {
    pathPrefix: region.path,
    from: period.from,
    to: period.to,
    agencyId: null,
    courtId: null,
  };
  const variants = await regionVariants(db, region.path);
  const subregions = await subregionsOf(db, region.id);

  const indicators: ReportData['indicators'] = [];
  const agencies = new Map<string, { agencyName: string; path: string; values: ReportValue[] }>();
  const bySubregion = new Map<string, ReportValue[]>(subregions.map((s) => [s.id, []]));
  const ownLevel: ReportValue[] = [];
  for (const indicator of INDICATORS) {
    const variant = variants.get(indicator.id)!;
    const rows = await totalsByAgency(db, unitsOf(indicator.id, variant.id, filter));
    let numerator = 0;
    let denominator = 0;
    for (const row of rows) {
      numerator += row.numerator;
      denominator += row.denominator;
      if (!agencies.has(row.agencyId))
        agencies.set(row.agencyId, { agencyName: row.agencyName, path: row.path, values: [] });
      agencies.get(row.agencyId)!.values.push(reportValue(indicator.id, row.numerator, row.denominator));
    }
    indicators.push({
      ...reportValue(indicator.id, numerator, denominator),
      name: indicator.name,
      definitionKey: definitionKeyOf(indicator.id, variant),
      variantName: variant.name,
      definition: `${variant.numerator} ÷ ${variant.denominator}`,
    });
    // Each agency lies in at most one county; the rest is the region's own level (市本级).
    let restN = numerator;
    let restD = denominator;
    for (const s of subregions) {
      const inside = rows.filter((r) => r.path.startsWith(s.path));
      const n = inside.reduce((sum, r) => sum + r.numerator, 0);
      const d = inside.reduce((sum, r) => sum + r.denominator, 0);
      restN -= n;
      restD -= d;
      bySubregion.get(s.id)!.push(reportValue(indicator.id, n, d));
    }
    ownLevel.push(reportValue(indicator.id, restN, restD));
  }

  const caseUnits = countUnitsOf('stage', filter);
  const received = await countRows(db, caseUnits);
  const receivedLastYear = await countRows(
    db,
    countUnitsOf('stage', { ...filter, ...datesOf(samePeriodLastYear(period)) }),
  );
  const judged = await distinctCasesOf(db, unitsOf('loss', 'all', filter));
  const lost = await distinctCasesOf(db, unitsOf('loss', variants.get('loss')!.id, filter));

  const [causeLabels, domainLabels] = [await labelsOf(db, 'cause'), await labelsOf(db, 'domain')];
  const groups = async (by: 'cause' | 'domain' | 'loss-reason', label: (key: string) => string) =>
    (await countGroups(db, countUnitsOf(by, filter, variants.get('loss')!.id))).map((g) => ({
      ...g,
      label: label(g.key),
    }));

  let subregionRows: ReportData['subregions'] = [];
  if (subregions.length > 0) {
    const receivedBy = await countCasesBySubregion(db, caseUnits, region.id);
    const countyReceived = [...receivedBy.values()].reduce((a, b) => a + b, 0);
    subregionRows = [
      ...subregions.map((s) => ({
        regionId: s.id,
        regionName: s.name,
        received: receivedBy.get(s.id) ?? 0,
        values: bySubregion.get(s.id)!,
      })),
      // A case with defendants in two counties counts in each: 本级 never goes below zero.
      {
        regionId: null,
        regionName: `${region.name.replace(/人民政府$/, '')}本级`,
        received: Math.max(0, received - countyReceived),
        values: ownLevel,
      },
    ];
  }

  let trend: ReportData['trend'] = [];
  if (period.months.length > 1) {
    const head = variants.get('head-appearance')!;
    const headByMonth = await totalsByMonth(db, unitsOf('head-appearance', head.id, filter));
    const receivedByMonth = await countsByMonth(db, caseUnits);
    trend = period.months.map((month) => {
      const h = headByMonth.find((r) => r.month === month);
      return {
        month,
        received: receivedByMonth.get(month) ?? 0,
        headAppearance: reportValue('head-appearance', h?.numerator ?? 0, h?.denominator ?? 0),
      };
    });
  }

  return {
    regionId: region.id,
    regionName: region.name,
    periodLabel: period.label,
    from: period.from,
    to: period.to,
    computedAt: options.now.toISOString(),
    indicators,
    agencies: [...agencies.entries()]
      // The region's own agencies first, then each county's in 行政区划 order; by name (pinyin) within.
      .sort(
        (a, b) =>
          subregionIndex(subregions, a[1].path) - subregionIndex(subregions, b[1].path) ||
          a[1].agencyName.localeCompare(b[1].agencyName, 'zh-CN'),
      )
      .map(([agencyId, a]) => ({
        agencyId,
        agencyName: a.agencyName,
        values: INDICATORS.map(
          (i) => a.values.find((v) => v.indicatorId === i.id) ?? reportValue(i.id, 0, 0),
        ),
      })),
    cases: { received, receivedLastYear, judged: judged.cases, lost: lost.inNumerator },
    byCause: await groups('cause', (k) => causeLabels.get(k) ?? k),
    byDomain: await groups('domain', (k) => domainLabels.get(k) ?? k),
    byLossReason: await groups('loss-reason', lossReasonLabelOf),
    suggestions: await suggestionCounts(db, filter),
    subregions: subregionRows,
    trend,
  };
}

const datesOf = (p: ReportPeriod) => ({ from: p.from, to: p.to });
const subregionIndex = (subregions: RegionRow[], path: string) =>
  subregions.findIndex((s) => path.startsWith(s.path));
