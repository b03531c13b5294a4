// The authorisation matrix rows of attachments, letters, document-number
// series and the case-list export (see authorisation-matrix.int.test.ts). Each
// target case gets one stored attachment and one letter (makeFileTargets), so
// the downloads can be tried in and out of scope. Allowed calls change nothing:
// an upload sent as JSON, a letter to an organisation that is no defendant and
// a pattern without {year} are all refused with 400.
import type { Role } from '../../shared/domain/permissions';
import type { Db } from '../db/client';
import { caseAttachments, caseLetters, documentSeries, storedFiles } from '../db/schema';
import { localFileStorage } from '../files/local-file-storage';
import { samplePdf } from '../files/sample-files';

type Expectation = { own: Role[]; foreign: Role[] };
interface CaseTarget {
  orgId: string;
  caseId: string;
}
interface Entry {
  expect: Expectation;
  request(target: CaseTarget, n: number): { method: 'GET' | 'POST' | 'PUT'; url: string; body?: unknown };
}

const READERS: Role[] = ['coordinator', 'clerk', 'head', 'court-liaison', 'leader'];
const own = (roles: Role[]): Expectation => ({ own: roles, foreign: [] });
const both = (roles: Role[]): Expectation => ({ own: roles, foreign: roles });

const fileTargets = new Map<string, { attachmentId: string; letterId: string }>();
const fileTargetOf = (caseId: string) => {
  const target = fileTargets.get(caseId);
  if (!target) throw new Error(`makeFileTargets was not run for case ${caseId}`);
  return target;
};

export const FILES_MATRIX: Record<string, Entry> = {
  'POST /api/cases/:id/attachments': {
    expect: own(['coordinator', 'clerk', 'court-liaison']),
    request: (t) => ({
      method: 'POST',
      url: `/api/cases/${t.caseId}/attachments`,
      body: { category: 'evidence' },
    }),
  },
  'GET /api/cases/:id/attachments': {
    expect: own(READERS),
    request: (t) => ({ method: 'GET', url: `/api/cases/${t.caseId}/attachments` }),
  },
  'GET /api/attachments/:id/download': {
    expect: own(READERS),
    request: (t) => ({
      method: 'GET',
      url: `/api/attachments/${fileTargetOf(t.caseId).attachmentId}/download`,
    }),
  },
  'GET /api/document-series': {
    expect: both(['coordinator']),
    request: () => ({ method: 'GET', url: '/api/document-series' }),
  },
  'PUT /api/document-series/:code': {
    expect: both(['coordinator']),
    request: () => ({
      method: 'PUT',
      url: '/api/document-series/suggestion',
      body: { pattern: '柯司建{n}号' },
    }),
  },
  'POST /api/cases/:id/letters': {
    expect: own(['coordinator']),
    request: (t) => ({
      method: 'POST',
      url: `/api/cases/${t.caseId}/letters`,
      body: { kind: 'appearance-suggestion', addresseeOrgId: crypto.randomUUID() },
    }),
  },
  'GET /api/cases/:id/letters': {
    expect: own(READERS),
    request: (t) => ({ method: 'GET', url: `/api/cases/${t.caseId}/letters` }),
  },
  'GET /api/letters/:id/download': {
    expect: own(READERS),
    request: (t) => ({ method: 'GET', url: `/api/letters/${fileTargetOf(t.caseId).letterId}/download` }),
  },
  'GET /api/cases/export.xlsx': {
    expect: both(['coordinator', 'clerk', 'leader']),
    request: () => ({ method: 'GET', url: '/api/cases/export.xlsx?stage=registered' }),
  },
};

let sequence = 0;

/** One stored attachment and one letter on the target case. */
export async function makeFileTargets(
  db: Db,
  options: { dataDir: string; now: Date; caseId: string; orgId: string },
): Promise<void> {
  const { now, caseId, orgId } = options;
  const stored = await localFileStorage(options.dataDir).put(samplePdf());
  const [file] = await db
    .insert(storedFiles)
    .values({
      sha256: stored.sha256,
      size: stored.size,
      mimeType: 'application/pdf',
      originalName: '材料.pdf',
      uploadedAt: now,
    })
    .returning();
  const [attachment] = await db
    .insert(caseAttachments)
    .values({ caseId, fileId: file!.id, category: 'evidence', createdAt: now })
    .returning();
  const [series] = await db
    .insert(documentSeries)
    .values({ organisationId: orgId, code: `matrix-${++sequence}`, pattern: '矩阵〔{year}〕{n}号' })
    .returning();
  const [letter] = await db
    .insert(caseLetters)
    .values({
      caseId,
      kind: 'appearance-suggestion',
      seriesId: series!.id,
      year: 2026,
      sequence: 1,
      documentNumber: '矩阵〔2026〕1号',
      issuingOrgId: orgId,
      addresseeOrgId: orgId,
      title: '矩阵测试函',
      body: '矩阵测试',
      fileId: file!.id,
      createdAt: now,
    })
    .returning();
  fileTargets.set(caseId, { attachmentId: attachment!.id, letterId: letter!.id });
}
