// The periodic reports' rows of the authorisation matrix (see
// authorisation-matrix.int.test.ts). For each target organisation X that lies
// in a region (a government's subtree; courts do not), makePeriodicReportTargets
// writes one published report of X's region, submitted (上报) to the region
// above, with an archived file. Coordinators and leaders read their region's
// reports and their counties' submitted ones; only the region's coordinator
// writes. Allowed writes change nothing: the report is already published (409)
// and already submitted (409); a new draft for a future period is refused (400).
import { inArray } from 'drizzle-orm';
import type { ReportData } from '../../shared/api/periodic-reports';
import type { Role } from '../../shared/domain/permissions';
import type { Db } from '../db/client';
import { organisations, periodicReports, storedFiles } from '../db/schema';
import { localFileStorage } from '../files/local-file-storage';
import { samplePdf } from '../files/sample-files';

type Expectation = { own: Role[]; foreign: Role[] };
interface OrgTarget {
  orgId: string;
}
interface Entry {
  expect: Expectation;
  request(target: OrgTarget, n: number): { method: 'GET' | 'POST' | 'PUT'; url: string; body?: unknown };
}

const READERS: Role[] = ['coordinator', 'leader'];
const WRITERS: Role[] = ['coordinator'];
const both = (roles: Role[]): Expectation => ({ own: roles, foreign: roles });
const own = (roles: Role[]): Expectation => ({ own: roles, foreign: [] });
const NONE = '00000000-0000-4000-8000-000000000000';

const reports = new Map<string, string>();
const regionReports = new Map<string, string>();
const reportOf = (orgId: string) => reports.get(orgId) ?? NONE;

export const PERIODIC_REPORTS_MATRIX: Record<string, Entry> = {
  'GET /api/periodic-reports': {
    expect: both(READERS),
    request: () => ({ method: 'GET', url: '/api/periodic-reports' }),
  },
  'POST /api/periodic-reports': {
    expect: both(WRITERS),
    request: () => ({
      method: 'POST',
      url: '/api/periodic-reports',
      body: { kind: 'year', periodKey: '2099' },
    }),
  },
  'GET /api/periodic-reports/submissions': {
    expect: both(READERS),
    request: () => ({
      method: 'GET',
      url: '/api/periodic-reports/submissions?kind=quarter&periodKey=2026-Q3',
    }),
  },
  'GET /api/periodic-reports/:id': {
    expect: own(READERS),
    request: (t) => ({ method: 'GET', url: `/api/periodic-reports/${reportOf(t.orgId)}` }),
  },
  'PUT /api/periodic-reports/:id/narrative': {
    expect: own(WRITERS),
    request: (t) => ({
      method: 'PUT',
      url: `/api/periodic-reports/${reportOf(t.orgId)}/narrative`,
      body: { overview: '矩阵', problems: '', suggestions: '', version: 999 },
    }),
  },
  'POST /api/periodic-reports/:id/refresh': {
    expect: own(WRITERS),
    request: (t) => ({
      method: 'POST',
      url: `/api/periodic-reports/${reportOf(t.orgId)}/refresh`,
      body: { version: 999 },
    }),
  },
  'POST /api/periodic-reports/:id/publish': {
    expect: own(WRITERS),
    request: (t) => ({
      method: 'POST',
      url: `/api/periodic-reports/${reportOf(t.orgId)}/publish`,
      body: { version: 999 },
    }),
  },
  'POST /api/periodic-reports/:id/submit': {
    expect: own(WRITERS),
    request: (t) => ({ method: 'POST', url: `/api/periodic-reports/${reportOf(t.orgId)}/submit`, body: {} }),
  },
  'GET /api/periodic-reports/:id/docx': {
    expect: own(READERS),
    request: (t) => ({ method: 'GET', url: `/api/periodic-reports/${reportOf(t.orgId)}/docx` }),
  },
  'GET /api/periodic-reports/:id/tables.xlsx': {
    expect: own(READERS),
    request: (t) => ({ method: 'GET', url: `/api/periodic-reports/${reportOf(t.orgId)}/tables.xlsx` }),
  },
};

const emptyData = (regionId: string, regionName: string): ReportData => ({
  regionId,
  regionName,
  periodLabel: '2026年第三季度',
  from: '2026-07-01',
  to: '2026-09-30',
  computedAt: '2026-10-01T00:00:00.000Z',
  indicators: [],
  agencies: [],
  cases: { received: 0, receivedLastYear: 0, judged: 0, lost: 0 },
  byCause: [],
  byDomain: [],
  byLossReason: [],
  suggestions: { received: 0, answered: 0 },
  subregions: [],
  trend: [],
});

/** A published, submitted 2026-Q3 report of the region of `org` (one per region). */
export async function makePeriodicReportTargets(
  db: Db,
  options: { dataDir: string; now: Date; org: { id: string; path: string } },
): Promise<void> {
  const { now, org } = options;
  const ancestors = await db
    .select()
    .from(organisations)
    .where(inArray(organisations.id, org.path.split('/').filter(Boolean)));
  const region = ancestors
    .filter((a) => a.kind === 'government')
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (!region) return;
  const existing = regionReports.get(region.id);
  if (existing) {
    reports.set(org.id, existing);
    return;
  }
  const stored = await localFileStorage(options.dataDir).put(samplePdf());
  const [file] = await db
    .insert(storedFiles)
    .values({
      sha256: stored.sha256,
      size: stored.size,
      mimeType: 'application/pdf',
      originalName: '报告.pdf',
      uploadedAt: now,
    })
    .returning();
  const [row] = await db
    .insert(periodicReports)
    .values({
      regionId: region.id,
      issuerOrgId: region.id,
      kind: 'quarter',
      periodKey: '2026-Q3',
      fromDate: '2026-07-01',
      toDate: '2026-09-30',
      status: 'published',
      data: emptyData(region.id, region.name),
      narrative: { overview: '矩阵', problems: '', suggestions: '' },
      createdByName: '矩阵',
      createdAt: now,
      refreshedAt: now,
      updatedAt: now,
      documentNumber: '矩阵〔2026〕季通报1号',
      fileId: file!.id,
      publishedAt: now,
      publishedByName: '矩阵',
      submittedAt: now,
      submittedByName: '矩阵',
    })
    .returning({ id: periodicReports.id });
  reports.set(org.id, row!.id);
  regionReports.set(region.id, row!.id);
}
