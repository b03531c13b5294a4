// Shapes periodic reports for the API: labels in Chinese, the tables as the
// documents show them, and what the caller may do.
import type {
  Narrative,
  PeriodicReport,
  PeriodicReportSummary,
  ReportData,
} from '../../../shared/api/periodic-reports';
import {
  parsePeriod,
  periodOpenRefusal,
  REPORT_KIND_LABELS,
  REPORT_STATUS_LABELS,
  type ReportKind,
  type ReportStatus,
} from '../../../shared/domain/periodic-reports';
import type { Principal } from '../../http/principal';
import { reportAbilities } from './periodic-reports.policy';
import type { PeriodicReportRow } from './periodic-reports.queries';
import { reportTables } from './report-tables';

/** 柯城区人民政府 → 柯城区: how a region is named in a title. */
export const shortRegionName = (name: string) => name.replace(/人民政府$/, '');

/** 柯城区2026年第三季度行政应诉工作季通报 */
export function reportTitleOf(row: Pick<PeriodicReportRow, 'regionName' | 'kind' | 'periodKey'>): string {
  const kind = row.kind as ReportKind;
  return `${shortRegionName(row.regionName)}${parsePeriod(kind, row.periodKey)?.label ?? row.periodKey}行政应诉工作${REPORT_KIND_LABELS[kind]}`;
}

/** `today` is the China date of the app's clock: publishing waits for the period's end. */
export function presentSummary(
  principal: Principal,
  row: PeriodicReportRow,
  hasParentRegion: boolean,
  today: string,
): PeriodicReportSummary {
  const kind = row.kind as ReportKind;
  const period = parsePeriod(kind, row.periodKey);
  return {
    id: row.id,
    region: { id: row.regionId, name: row.regionName },
    issuer: { id: row.issuerOrgId, name: row.issuerName },
    kind,
    kindLabel: REPORT_KIND_LABELS[kind],
    periodKey: row.periodKey,
    periodLabel: parsePeriod(kind, row.periodKey)?.label ?? row.periodKey,
    from: row.fromDate,
    to: row.toDate,
    status: row.status as ReportStatus,
    statusLabel: REPORT_STATUS_LABELS[row.status as ReportStatus],
    documentNumber: row.documentNumber,
    createdByName: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishedByName: row.publishedByName,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    submittedByName: row.submittedByName,
    publishRefusal: row.status === 'draft' && period ? periodOpenRefusal(period, today, '发布') : null,
    abilities: reportAbilities(principal, row, hasParentRegion, today),
  };
}

export function presentReport(
  principal: Principal,
  row: PeriodicReportRow,
  parent: { id: string; name: string } | null,
  today: string,
): PeriodicReport {
  const data = row.data as ReportData;
  return {
    ...presentSummary(principal, row, parent !== null, today),
    data,
    tables: reportTables(data).map(({ sheet: _sheet, ...t }) => t),
    narrative: row.narrative as Narrative,
    refreshedAt: row.refreshedAt.toISOString(),
    version: row.version,
    submitsTo: parent,
  };
}
