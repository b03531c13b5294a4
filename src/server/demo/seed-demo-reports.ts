// Demo 定期报告 (seed 002's 月分析、季通报): 柯城区司法局's 季通报 of the last
// ended quarter, its narrative completed, published (numbered, the Word file
// archived) and submitted (上报) to the city; and a draft 月分析 of the last
// ended month. 衢江区 and 龙游县 have not submitted that quarter, so the city's
// 上报情况 opens on 1 of 3 with the aggregate beside its live figures. Each step
// is the feature's own command with the district coordinator's powers.
import type { Narrative } from '../../shared/api/periodic-reports';
import { chinaDate } from '../../shared/domain/china-time';
import { type ReportKind, recentPeriods } from '../../shared/domain/periodic-reports';
import type { Db } from '../db/client';
import { createPeriodicReport } from '../features/periodic-reports/create-periodic-report';
import { reportTitleOf } from '../features/periodic-reports/periodic-reports.present';
import {
  findRegion,
  findReport,
  governmentChainOf,
  legalOfficeOf,
} from '../features/periodic-reports/periodic-reports.queries';
import { publishPeriodicReport } from '../features/periodic-reports/publish-periodic-report';
import { submitPeriodicReport } from '../features/periodic-reports/submit-periodic-report';
import { updateReportNarrative } from '../features/periodic-reports/update-report-narrative';
import { orgsByIds } from '../features/suggestions/suggestions.queries';
import type { FileStorage } from '../files/file-storage';
import { SYSTEM_AUDIT_CONTEXT } from '../http/principal';
import { actingFor, type Org } from './seed-demo-suggestions';

/** What the coordinator adds to the generated 下一步 paragraph before publishing. */
export const DEMO_NARRATIVE_ADDITION =
  '同时，结合季度考核结果，对负责人出庭应诉率未达标的单位开展约谈，并将司法建议办理情况纳入年度法治政府建设考核。';

export async function seedDemoReports(options: {
  db: Db;
  now: Date;
  storage: FileStorage;
  orgIds: Record<string, string>;
}): Promise<{ quarterReportId: string; monthReportId: string }> {
  const { db, now, storage, orgIds } = options;
  const byId = await orgsByIds(db, [orgIds['kecheng-sifa']!, orgIds.kecheng!]);
  const org = (key: string): Org => byId.get(orgIds[key]!)!;
  const principal = actingFor(org('kecheng-sifa'), 'coordinator', org('kecheng').path);
  const region = (await findRegion(db, org('kecheng').id))!;
  const today = chinaDate(now);
  const base = { db, now, principal, context: SYSTEM_AUDIT_CONTEXT };
  const lastEnded = (kind: ReportKind) => recentPeriods(kind, today, 2)[1]!.key;
  const load = async (id: string) => (await findReport(db, id))!;

  const quarterReportId = await createPeriodicReport({
    ...base,
    region,
    input: { kind: 'quarter', periodKey: lastEnded('quarter') },
  });
  let report = await load(quarterReportId);
  const title = reportTitleOf(report);
  const generated = report.narrative as Narrative;
  await updateReportNarrative({
    ...base,
    report,
    label: title,
    input: {
      ...generated,
      suggestions: `${generated.suggestions}${DEMO_NARRATIVE_ADDITION}`,
      version: report.version,
    },
  });
  report = await load(quarterReportId);
  await publishPeriodicReport({ ...base, storage, report, title, version: report.version });

  // 上报 to the region above: the city and its 司法局, as the route finds them.
  const parent = (await governmentChainOf(db, region.path)).at(-2)!;
  await submitPeriodicReport({
    ...base,
    report: await load(quarterReportId),
    title,
    parent: { id: parent.id, name: parent.name, legalOffice: (await legalOfficeOf(db, parent.id)) ?? null },
  });

  const monthReportId = await createPeriodicReport({
    ...base,
    region,
    input: { kind: 'month', periodKey: lastEnded('month') },
  });
  return { quarterReportId, monthReportId };
}
