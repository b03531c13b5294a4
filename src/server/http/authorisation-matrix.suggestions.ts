// The suggestions register's rows of the authorisation matrix (see
// authorisation-matrix.int.test.ts). Each target organisation gets one record
// (makeSuggestionTargets): addressed to it, or for a court issued by it to an
// organisation outside every demo scope, with one stored paper. Allowed calls
// change nothing, except a follow-up note (it has no version to be stale):
// an empty title, a stale version, an upload sent as JSON are refused with 400
// or 409, after the caller's scope and abilities were checked.
import type { Role } from '../../shared/domain/permissions';
import type { Db } from '../db/client';
import { organisations, storedFiles, suggestionFiles, suggestions } from '../db/schema';
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

const READERS: Role[] = ['coordinator', 'clerk', 'head', 'court-liaison', 'leader'];
const own = (roles: Role[]): Expectation => ({ own: roles, foreign: [] });
const both = (roles: Role[]): Expectation => ({ own: roles, foreign: roles });

const targets = new Map<string, { suggestionId: string; fileId: string }>();
const targetOf = (orgId: string) => {
  const target = targets.get(orgId);
  if (!target) throw new Error(`makeSuggestionTargets was not run for organisation ${orgId}`);
  return target;
};

export const SUGGESTIONS_MATRIX: Record<string, Entry> = {
  'GET /api/suggestions': {
    expect: both(READERS),
    request: () => ({ method: 'GET', url: '/api/suggestions?status=open' }),
  },
  'GET /api/suggestions/stats': {
    expect: both(READERS),
    request: () => ({ method: 'GET', url: '/api/suggestions/stats' }),
  },
  'GET /api/suggestions/addressees': {
    expect: both(['coordinator', 'court-liaison']),
    request: () => ({ method: 'GET', url: '/api/suggestions/addressees?q=局' }),
  },
  'GET /api/suggestions/:id': {
    expect: own(READERS),
    request: (t) => ({ method: 'GET', url: `/api/suggestions/${targetOf(t.orgId).suggestionId}` }),
  },
  // An empty title: 400 for those who may issue.
  'POST /api/suggestions': {
    expect: both(['coordinator', 'court-liaison']),
    request: (t) => ({
      method: 'POST',
      url: '/api/suggestions',
      body: {
        kind: 'judicial',
        addresseeOrgId: t.orgId,
        title: '',
        content: '矩阵测试',
        issuedOn: '2026-11-01',
      },
    }),
  },
  // Only the addressee's own people reply: a stale version answers 409.
  'POST /api/suggestions/:id/reply': {
    expect: own(['clerk', 'head']),
    request: (t) => ({
      method: 'POST',
      url: `/api/suggestions/${targetOf(t.orgId).suggestionId}/reply`,
      body: { repliedOn: '2026-11-01', content: '矩阵测试答复', adoption: 'adopted', version: 999 },
    }),
  },
  // Not replied yet: 409 for the addressee.
  'POST /api/suggestions/:id/rectification': {
    expect: own(['clerk', 'head']),
    request: (t) => ({
      method: 'POST',
      url: `/api/suggestions/${targetOf(t.orgId).suggestionId}/rectification`,
      body: { rectifiedOn: '2026-11-01', measures: '矩阵测试整改', version: 999 },
    }),
  },
  // The issuing court and the legal-affairs office of the region.
  'POST /api/suggestions/:id/follow-ups': {
    expect: own(['coordinator', 'court-liaison']),
    request: (t) => ({
      method: 'POST',
      url: `/api/suggestions/${targetOf(t.orgId).suggestionId}/follow-ups`,
      body: { note: '矩阵测试跟踪' },
    }),
  },
  // Sent as JSON: 400 for the addressee and the issuer.
  'POST /api/suggestions/:id/files': {
    expect: own(['clerk', 'head', 'court-liaison']),
    request: (t) => ({
      method: 'POST',
      url: `/api/suggestions/${targetOf(t.orgId).suggestionId}/files`,
      body: { category: 'reply' },
    }),
  },
  'GET /api/suggestion-files/:id/download': {
    expect: own(READERS),
    request: (t) => ({ method: 'GET', url: `/api/suggestion-files/${targetOf(t.orgId).fileId}/download` }),
  },
};

let outsider: string | undefined;
let sequence = 0;

/** One record in the organisation's scope (and nobody else's among the actors), with one paper. */
export async function makeSuggestionTargets(
  db: Db,
  options: { dataDir: string; now: Date; org: { id: string; kind: string; name: string } },
): Promise<void> {
  const { now, org } = options;
  if (!outsider) {
    const id = crypto.randomUUID();
    await db.insert(organisations).values({
      id,
      path: `/${id}/`,
      name: '外省某区人民政府（矩阵测试）',
      kind: 'government',
      regionCode: '110102',
      createdAt: now,
      updatedAt: now,
    });
    outsider = id;
  }
  const isCourt = org.kind === 'court';
  sequence++;
  const [row] = await db
    .insert(suggestions)
    .values({
      kind: isCourt ? 'judicial' : 'procuratorial',
      origin: isCourt ? 'issued' : 'received',
      issuerOrgId: isCourt ? org.id : null,
      issuerName: isCourt ? org.name : '矩阵测试检察院',
      registeredOrgId: isCourt ? org.id : org.id,
      documentNumber: `矩阵检建〔2026〕${sequence}号`,
      numberKey: `矩阵检建〔2026〕${sequence}号`,
      addresseeOrgId: isCourt ? outsider : org.id,
      title: '矩阵测试建议',
      content: '矩阵测试',
      issuedOn: '2026-10-01',
      servedOn: '2026-10-01',
      dueOn: '2026-12-01',
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: suggestions.id });
  const stored = await localFileStorage(options.dataDir).put(samplePdf());
  const [file] = await db
    .insert(storedFiles)
    .values({
      sha256: stored.sha256,
      size: stored.size,
      mimeType: 'application/pdf',
      originalName: '建议书.pdf',
      uploadedAt: now,
    })
    .returning();
  const [link] = await db
    .insert(suggestionFiles)
    .values({ suggestionId: row!.id, fileId: file!.id, category: 'letter', createdAt: now })
    .returning();
  targets.set(org.id, { suggestionId: row!.id, fileId: link!.id });
}
