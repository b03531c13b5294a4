// What a holiday-year correction moved: the stored deadlines it re-derived, as the saver sees
// them, as the audit keeps them, and told to each organisation that owns one still open.
import type { MovedDeadline } from '../../../shared/api/calendar';
import type { Db } from '../../db/client';
import type { AuditContext } from '../../http/principal';
import type { MovedCaseDeadline } from '../cases/recompute-deadlines';
import { notify } from '../notifications/notify';
import type { MovedReplyDue } from '../suggestions/recompute-reply-dues';

interface Owned extends MovedDeadline {
  ownerOrgId: string | null;
}

export function movedDeadlinesOf(cases: MovedCaseDeadline[], replies: MovedReplyDue[]): Owned[] {
  return [
    ...cases.map((d) => ({
      kind: 'case' as const,
      label: d.caseNumber,
      title: d.title,
      from: d.from,
      to: d.to,
      isOpen: d.status === 'open',
      link: `/cases/${d.caseId}`,
      ownerOrgId: d.responsibleOrgId,
    })),
    ...replies.map((r) => ({
      kind: 'suggestion' as const,
      label: r.label,
      title: '答复期限',
      from: r.from,
      to: r.to,
      isOpen: !r.isReplied,
      link: `/suggestions/${r.suggestionId}`,
      ownerOrgId: r.addresseeOrgId,
    })),
  ];
}

/** One line per moved deadline, e.g. "（2026）浙0825行初3号 答辩和举证期限：2027-02-08 → 2027-02-14". */
export function describeMoved(d: MovedDeadline): string {
  return `${d.label} ${d.title}：${d.from} → ${d.to}${d.isOpen ? '' : '（已完成）'}`;
}

/** One notice per organisation with open deadlines that moved, once per saved version. */
export async function notifyMovedDeadlines(
  tx: Db,
  now: Date,
  saved: { year: number; version: number },
  moved: Owned[],
  context: AuditContext,
): Promise<void> {
  const byOrg = new Map<string, Owned[]>();
  for (const d of moved) {
    if (!d.isOpen || !d.ownerOrgId) continue;
    byOrg.set(d.ownerOrgId, [...(byOrg.get(d.ownerOrgId) ?? []), d]);
  }
  for (const [organisationId, items] of byOrg) {
    await notify(
      tx,
      now,
      {
        organisationId,
        kind: 'deadline.moved',
        title: `${saved.year}年节假日安排已修订，本单位${items.length}个期限的届满日随之调整`,
        body: `${items.map(describeMoved).join('\n')}\n请按调整后的届满日办理。`,
        link: items.length === 1 ? items[0]!.link : null,
        dedupeKey: `calendar-moved:${saved.year}:${saved.version}:${organisationId}`,
      },
      context,
    );
  }
}
