// The authorisation matrix rows of 信息通报 and the 三通报 (see
// authorisation-matrix.int.test.ts). For each target organisation X,
// makeBulletinTargets writes: a sent bulletin addressed to X (inbox rows), a
// draft of X's own and a sent bulletin of X's own with an attachment (sender
// rows), and a sent 三通报 — X's own when X is a court, otherwise one of
// 衢州市中级人民法院 addressed to X. Allowed calls change nothing that matters
// to later rows: stale versions (409), an already-sent report or bulletin
// (409), an upload sent as JSON (400), an empty bulletin (400); a read receipt
// is recorded once and answers the same afterwards.
import { eq } from 'drizzle-orm';
import { bulletinSideOf } from '../../shared/domain/bulletins';
import type { OrgKind } from '../../shared/domain/organisations';
import type { Role } from '../../shared/domain/permissions';
import type { Db } from '../db/client';
import {
  bulletinAttachments,
  bulletinRecipients,
  bulletins,
  monthlyReportRecipients,
  monthlyReports,
  organisations,
  storedFiles,
} from '../db/schema';
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

const BULLETIN_READERS: Role[] = ['coordinator', 'clerk', 'head', 'court-liaison', 'leader'];
const SENDERS: Role[] = ['coordinator', 'court-liaison'];
const REPORT_READERS: Role[] = ['coordinator', 'court-liaison', 'leader'];
const both = (roles: Role[]): Expectation => ({ own: roles, foreign: roles });

interface Targets {
  /** The organisation the target's own bulletins go to, one it may address. */
  counterpart: string;
  inbound: string;
  inboundAttachment: string;
  draft: string;
  outbound: string;
  outboundAttachment: string;
  report: string;
}
const targets = new Map<string, Targets>();
const targetOf = (orgId: string) => {
  const found = targets.get(orgId);
  if (!found) throw new Error(`makeBulletinTargets was not run for organisation ${orgId}`);
  return found;
};

export const BULLETINS_MATRIX: Record<string, Entry> = {
  'GET /api/bulletins/inbox': {
    expect: both(BULLETIN_READERS),
    request: () => ({ method: 'GET', url: '/api/bulletins/inbox?unread=true' }),
  },
  'GET /api/bulletins/sent': {
    expect: both(SENDERS),
    request: () => ({ method: 'GET', url: '/api/bulletins/sent' }),
  },
  'GET /api/bulletins/recipient-options': {
    expect: both(SENDERS),
    request: () => ({ method: 'GET', url: '/api/bulletins/recipient-options' }),
  },
  'POST /api/bulletins': {
    expect: both(SENDERS),
    request: () => ({
      method: 'POST',
      url: '/api/bulletins',
      body: { category: 'court-other', recipientIds: [] },
    }),
  },
  // Addressed to an organisation: only its own people see it.
  'GET /api/bulletins/:id': {
    expect: { own: ['clerk', 'head', 'court-liaison'], foreign: [] },
    request: (t) => ({ method: 'GET', url: `/api/bulletins/${targetOf(t.orgId).inbound}` }),
  },
  'POST /api/bulletins/:id/read': {
    expect: { own: ['clerk', 'head', 'court-liaison'], foreign: [] },
    request: (t) => ({ method: 'POST', url: `/api/bulletins/${targetOf(t.orgId).inbound}/read` }),
  },
  'GET /api/bulletins/:id/attachments/:attachmentId': {
    expect: { own: ['clerk', 'head', 'court-liaison'], foreign: [] },
    request: (t) => {
      const target = targetOf(t.orgId);
      return {
        method: 'GET',
        url: `/api/bulletins/${target.inbound}/attachments/${target.inboundAttachment}`,
      };
    },
  },
  // A draft is its organisation's: only its own senders (the court's liaison
  // among the actors) handle it.
  'PUT /api/bulletins/:id': {
    expect: { own: ['court-liaison'], foreign: [] },
    request: (t, n) => ({
      method: 'PUT',
      url: `/api/bulletins/${targetOf(t.orgId).draft}`,
      body: {
        category: 'court-other',
        title: `矩阵${n}`,
        body: '矩阵测试',
        recipientIds: [targetOf(t.orgId).counterpart],
        caseId: null,
        version: 999,
      },
    }),
  },
  'POST /api/bulletins/:id/send': {
    expect: { own: ['court-liaison'], foreign: [] },
    request: (t) => ({
      method: 'POST',
      url: `/api/bulletins/${targetOf(t.orgId).draft}/send`,
      body: { version: 999 },
    }),
  },
  'POST /api/bulletins/:id/attachments': {
    expect: { own: ['court-liaison'], foreign: [] },
    request: (t) => ({
      method: 'POST',
      url: `/api/bulletins/${targetOf(t.orgId).draft}/attachments`,
      body: {},
    }),
  },
  'POST /api/bulletins/:id/attachments/:attachmentId/remove': {
    expect: { own: ['court-liaison'], foreign: [] },
    request: (t) => {
      const target = targetOf(t.orgId);
      return {
        method: 'POST',
        url: `/api/bulletins/${target.outbound}/attachments/${target.outboundAttachment}/remove`,
      };
    },
  },

  'GET /api/monthly-reports': {
    expect: both(REPORT_READERS),
    request: () => ({ method: 'GET', url: '/api/monthly-reports?status=overdue' }),
  },
  // The city's leader sees the reports to every office of the city, the
  // 中院's included (its "foreign" target).
  'GET /api/monthly-reports/:id': {
    expect: { own: REPORT_READERS, foreign: ['leader'] },
    request: (t) => ({ method: 'GET', url: `/api/monthly-reports/${targetOf(t.orgId).report}` }),
  },
  'GET /api/monthly-reports/:id/docx': {
    expect: { own: REPORT_READERS, foreign: ['leader'] },
    request: (t) => ({ method: 'GET', url: `/api/monthly-reports/${targetOf(t.orgId).report}/docx` }),
  },
  // Only a recipient office signs, and no actor sits in one of the targets' offices.
  'POST /api/monthly-reports/:id/read': {
    expect: { own: [], foreign: [] },
    request: (t) => ({ method: 'POST', url: `/api/monthly-reports/${targetOf(t.orgId).report}/read` }),
  },
  'PUT /api/monthly-reports/:id/narrative': {
    expect: { own: ['court-liaison'], foreign: [] },
    request: (t) => ({
      method: 'PUT',
      url: `/api/monthly-reports/${targetOf(t.orgId).report}/narrative`,
      body: { narrative: '矩阵测试', version: 999 },
    }),
  },
  'POST /api/monthly-reports/:id/refresh': {
    expect: { own: ['court-liaison'], foreign: [] },
    request: (t) => ({
      method: 'POST',
      url: `/api/monthly-reports/${targetOf(t.orgId).report}/refresh`,
      body: { version: 999 },
    }),
  },
  'POST /api/monthly-reports/:id/send': {
    expect: { own: ['court-liaison'], foreign: [] },
    request: (t) => ({
      method: 'POST',
      url: `/api/monthly-reports/${targetOf(t.orgId).report}/send`,
      body: { version: 999 },
    }),
  },
};

let month = 0;

async function orgByName(db: Db, name: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.name, name));
  return row!;
}

export async function makeBulletinTargets(
  db: Db,
  options: { dataDir: string; now: Date; org: { id: string; kind: string } },
): Promise<void> {
  const { now, org } = options;
  const stored = await localFileStorage(options.dataDir).put(samplePdf());
  const attach = async (bulletinId: string) => {
    const [file] = await db
      .insert(storedFiles)
      .values({
        sha256: stored.sha256,
        size: stored.size,
        mimeType: 'application/pdf',
        originalName: '通报.pdf',
        uploadedAt: now,
      })
      .returning();
    const [row] = await db
      .insert(bulletinAttachments)
      .values({ bulletinId, fileId: file!.id, createdAt: now })
      .returning();
    return row!.id;
  };
  const insert = async (senderOrgId: string, side: string, status: string, recipientId: string) => {
    const [row] = await db
      .insert(bulletins)
      .values({
        senderOrgId,
        senderSide: side,
        category: side === 'court' ? 'court-other' : 'government-other',
        title: '矩阵测试通报',
        body: '矩阵测试',
        status,
        createdByName: '矩阵',
        createdAt: now,
        updatedAt: now,
        sentAt: status === 'sent' ? now : null,
      })
      .returning();
    await db.insert(bulletinRecipients).values({ bulletinId: row!.id, organisationId: recipientId });
    return row!.id;
  };
  const side = bulletinSideOf(org.kind as OrgKind) ?? 'government';
  const counterpart = await orgByName(db, side === 'court' ? '衢州市司法局' : '龙游县人民法院');
  const inbound = await insert(counterpart.id, side === 'court' ? 'government' : 'court', 'sent', org.id);
  const draft = await insert(org.id, side, 'draft', counterpart.id);
  const outbound = await insert(org.id, side, 'sent', counterpart.id);

  const cityCourt = await orgByName(db, '衢州市中级人民法院');
  const isCourt = org.kind === 'court';
  const recipient = isCourt
    ? await orgByName(db, org.id === cityCourt.id ? '衢州市司法局' : '龙游县司法局')
    : org;
  month++;
  const [report] = await db
    .insert(monthlyReports)
    .values({
      courtId: isCourt ? org.id : cityCourt.id,
      month: `20${String(10 + Math.floor(month / 12)).padStart(2, '0')}-${String((month % 12) + 1).padStart(2, '0')}`,
      status: 'sent',
      content: {
        month: '2026-10',
        previousMonth: '2026-09',
        drawnAt: now.toISOString(),
        hearings: [],
        appearances: [],
        judgments: [],
      },
      narrative: '矩阵测试',
      draftedAt: now,
      refreshedAt: now,
      sentAt: now,
      sentByName: '矩阵',
      updatedAt: now,
    })
    .returning();
  await db
    .insert(monthlyReportRecipients)
    .values({ reportId: report!.id, organisationId: recipient.id, role: 'main' });
  targets.set(org.id, {
    counterpart: counterpart.id,
    inbound,
    inboundAttachment: await attach(inbound),
    draft,
    outbound,
    outboundAttachment: await attach(outbound),
    report: report!.id,
  });
}
