// Who writes and reads the periodic reports. A report belongs to a region (a
// people's government); its coordinators (法制协调员 of the region's 司法局)
// write, publish and 上报 it, and its coordinators and leaders read it. The
// region above reads a county's report once the county has submitted it (上报)
// — drafts stay with the county. Administrators and courts have no region.
import type { PeriodicReportSummary } from '../../../shared/api/periodic-reports';
import { forbidden } from '../../http/errors';
import { can, isInScope, type Principal } from '../../http/principal';
import type { PeriodicReportRow } from './periodic-reports.queries';

/** The id of the caller's region: the government whose subtree is their scope. */
export function regionIdOf(principal: Principal): string {
  const ids = principal.scope.pathPrefix.split('/').filter(Boolean);
  if (principal.scope.all || principal.organisation.kind === 'court' || ids.length === 0) {
    throw forbidden('定期报告由各地区司法局编制，本账户不属于任何地区');
  }
  return ids.at(-1)!;
}

export function isOwnRegion(principal: Principal, report: Pick<PeriodicReportRow, 'regionPath'>): boolean {
  return !principal.scope.all && principal.scope.pathPrefix === report.regionPath;
}

export function canSeeReport(principal: Principal, report: PeriodicReportRow): boolean {
  if (!can(principal, 'periodic-report.read') || principal.scope.all) return false;
  if (isOwnRegion(principal, report)) return true;
  return report.submittedAt !== null && isInScope(principal, report.regionPath);
}

export function canWrite(principal: Principal, report: Pick<PeriodicReportRow, 'regionPath'>): boolean {
  return can(principal, 'periodic-report.write') && isOwnRegion(principal, report);
}

/** Abilities on a report; publishing and 上报 also wait for the period's end (`today`, a China date). */
export function reportAbilities(
  principal: Principal,
  report: PeriodicReportRow,
  hasParentRegion: boolean,
  today: string,
): PeriodicReportSummary['abilities'] {
  const writable = canWrite(principal, report);
  const hasEnded = report.toDate < today;
  return {
    edit: writable && report.status === 'draft',
    publish: writable && report.status === 'draft' && hasEnded,
    submit:
      writable && hasParentRegion && hasEnded && report.status === 'published' && report.submittedAt === null,
    download: canSeeReport(principal, report),
  };
}

/** The checks every change of a draft shares, on the locked row. */
export function checkWritable(principal: Principal, report: Pick<PeriodicReportRow, 'regionPath'>): void {
  if (!canWrite(principal, report))
    throw forbidden('只有本地区司法局的法制协调员可以编制、发布和上报定期报告');
}
