// 上报情况: for a kind and period, each county below the caller's region with
// 已上报 (when, by whom, the archived report) or 未上报, the aggregate of the
// submitted reports' snapshots — numerators and denominators add up, rates are
// recomputed — and the region's own live figures beside it.
import type { ReportData, ReportPeriodInput, Submissions } from '../../../shared/api/periodic-reports';
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
  const sums = new Map(INDICATORS.map((i) => [i.id as string, { numerator: 0, denominator: 0 }]));
  const totals = { received: 0, judged: 0, lost: 0 };
  for (const report of submitted) {
    const data = report.data as ReportData;
    totals.received += data.cases.received;
    totals.judged += data.cases.judged;
    totals.lost += data.cases.lost;
    for (const v of data.indicators) {
      const sum = sums.get(v.indicatorId);
      if (!sum) continue;
      sum.numerator += v.numerator;
      sum.denominator += v.denominator;
    }
  }
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
      values: INDICATORS.map((i) => {
        const sum = sums.get(i.id)!;
        return { ...reportValue(i.id, sum.numerator, sum.denominator), name: i.name };
      }),
    },
    live: {
      received: live.cases.received,
      judged: live.cases.judged,
      lost: live.cases.lost,
      values: live.indicators,
    },
  };
}
