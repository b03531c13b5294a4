// 上报情况: for a kind and period, each county below the caller's region with
// 已上报 (when, by whom, the archived report) or 未上报, the aggregate of the
// submitted reports' snapshots — numerators and denominators add up, rates are
// recomputed, for each indicator the reports counted under one 口径 — and the
// region's own live figures beside it.
import type {
  ReportData,
  ReportIndicator,
  ReportPeriodInput,
  Submissions,
} from '../../../shared/api/periodic-reports';
import { definitionKeyLabel } from '../../../shared/domain/indicators/compute';
import { INDICATORS } from '../../../shared/domain/indicators/definitions';
import { parsePeriod } from '../../../shared/domain/periodic-reports';
import type { Db } from '../../db/client';
import { generateRegionReport, reportValue } from './generate-region-report';
import { type RegionRow, reportsOfRegions, subregionsOf } from './periodic-reports.queries';

export async function loadSubmissions(options: {
  db: Db;
  now: Date;
  region: RegionRow;
  input: ReportPeriodInput;
}): Promise<Submissions> {
  const { db, region, input } = options;
  const period = parsePeriod(input.kind, input.periodKey)!;
  const counties = await subregionsOf(db, region.id);
  const reports = await reportsOfRegions(
    db,
    counties.map((c) => c.id),
    input.kind,
    input.periodKey,
  );
  const submitted = reports.filter((r) => r.submittedAt !== null);
  const totals = { received: 0, judged: 0, lost: 0 };
  for (const report of submitted) {
    const data = report.data as ReportData;
    totals.received += data.cases.received;
    totals.judged += data.cases.judged;
    totals.lost += data.cases.lost;
  }
  // The submitted snapshots in the counties' order, so that their 口径 are listed in it.
  const snapshots = counties.flatMap((county) => {
    const report = submitted.find((r) => r.regionId === county.id);
    return report ? [{ regionName: county.name, data: report.data as ReportData }] : [];
  });
  const live = await generateRegionReport({ db, region, period, now: options.now });
  return {
    kind: input.kind,
    periodKey: input.periodKey,
    periodLabel: period.label,
    region: { id: region.id, name: region.name },
    counties: counties.map((county) => {
      const report = submitted.find((r) => r.regionId === county.id);
      return {
        region: { id: county.id, name: county.name },
        reportId: report?.id ?? null,
        documentNumber: report?.documentNumber ?? null,
        submittedAt: report?.submittedAt?.toISOString() ?? null,
        submittedByName: report?.submittedByName ?? null,
      };
    }),
    submittedCount: submitted.length,
    aggregate: {
      ...totals,
      values: INDICATORS.map((i) => ({
        ...aggregateOf(i.id, snapshots),
        name: i.name,
      })),
    },
    live: {
      received: live.cases.received,
      judged: live.cases.judged,
      lost: live.cases.lost,
      values: live.indicators,
    },
  };
}

/**
 * One indicator over the submitted snapshots: summed when every report counted it under the
 * same 口径 (a sum across 口径 would be a number no definition describes), else left unsummed
 * with each county's 口径 listed.
 */
export function aggregateOf(indicatorId: string, reports: { regionName: string; data: ReportData }[]) {
  const values = reports.flatMap(({ regionName, data }) => {
    const value = data.indicators.find((v) => v.indicatorId === indicatorId);
    return value ? [{ regionName, value }] : [];
  });
  const keys = new Set(values.map((v) => v.value.definitionKey));
  if (keys.size > 1) {
    return {
      indicatorId,
      numerator: null,
      denominator: null,
      rate: null,
      rateLabel: '口径不一致，未合计',
      definitionLabel: null,
      mixedDefinitions: values.map((v) => ({
        regionName: v.regionName,
        definitionLabel: definitionKeyLabel(v.value.definitionKey),
      })),
    };
  }
  const sum = (pick: (v: ReportIndicator) => number) => values.reduce((n, v) => n + pick(v.value), 0);
  const [key] = keys;
  return {
    ...reportValue(
      indicatorId,
      sum((v) => v.numerator),
      sum((v) => v.denominator),
    ),
    definitionLabel: key ? definitionKeyLabel(key) : null,
    mixedDefinitions: [],
  };
}
