// Composes the register's answers from the queries: one visible record, the
// record page, the list, the counts.
import type {
  ListSuggestionsQuery,
  SuggestionCounts,
  SuggestionStats,
} from '../../../shared/api/suggestions';
import { chinaDate } from '../../../shared/domain/china-time';
import { addDays } from '../../../shared/domain/periods';
import { DUE_SOON_DAYS, SUGGESTION_KIND_LABELS, SUGGESTION_KINDS } from '../../../shared/domain/suggestions';
import type { Db } from '../../db/client';
import { notFound } from '../../http/errors';
import type { Principal } from '../../http/principal';
import { isSuggestionInScope, issuableKinds, suggestionScopeCondition } from './suggestions.policy';
import { presentDetail, presentSummary } from './suggestions.present';
import {
  caseNumbersOf,
  copiesOf,
  countSuggestions,
  eventsOf,
  filesOf,
  findSuggestion,
  listSuggestions,
  orgsByIds,
} from './suggestions.queries';

/** A record the caller may see, or 404 as if it did not exist. */
export async function loadVisibleSuggestion(db: Db, principal: Principal, id: string) {
  const row = await findSuggestion(db, id);
  if (!row) throw notFound('建议与函件');
  const [orgs, copies] = await Promise.all([
    orgsByIds(
      db,
      [row.issuerOrgId, row.registeredOrgId, row.addresseeOrgId].filter((x): x is string => x !== null),
    ),
    copiesOf(db, [row.id]),
  ]);
  const paths = [...[...orgs.values()].map((o) => o.path), ...copies.map((c) => c.path)];
  if (!isSuggestionInScope(principal, paths)) throw notFound('建议与函件');
  return { row, orgs, copies };
}

export async function loadSuggestionDetail(db: Db, principal: Principal, id: string, now: Date) {
  const { row, orgs, copies } = await loadVisibleSuggestion(db, principal, id);
  const [events, files, caseNumbers] = await Promise.all([
    eventsOf(db, id),
    filesOf(db, id),
    caseNumbersOf(db, row.caseId ? [row.caseId] : []),
  ]);
  const summary = presentSummary({
    principal,
    row,
    orgs,
    copies,
    caseNumber: row.caseId ? (caseNumbers.get(row.caseId) ?? null) : null,
    today: chinaDate(now),
  });
  return presentDetail({ summary, row, events, files });
}

export async function loadSuggestionList(
  db: Db,
  principal: Principal,
  query: ListSuggestionsQuery,
  now: Date,
) {
  const today = chinaDate(now);
  const { rows, total } = await listSuggestions(db, {
    scope: suggestionScopeCondition(principal),
    query,
    today,
    soonLimit: addDays(today, DUE_SOON_DAYS),
  });
  const ids = rows.map((r) => r.id);
  const [orgs, copies, caseNumbers] = await Promise.all([
    orgsByIds(
      db,
      rows.map((r) => r.addresseeOrgId),
    ),
    copiesOf(db, ids),
    caseNumbersOf(
      db,
      rows.flatMap((r) => (r.caseId ? [r.caseId] : [])),
    ),
  ]);
  const items = rows.map((row) =>
    presentSummary({
      principal,
      row,
      orgs,
      copies: copies.filter((c) => c.suggestionId === row.id),
      caseNumber: row.caseId ? (caseNumbers.get(row.caseId) ?? null) : null,
      today,
    }),
  );
  return {
    items,
    total,
    page: query.page,
    pageSize: query.pageSize,
    abilities: { issueKinds: issuableKinds(principal) },
  };
}

export const STATS_DEFINITION =
  '按制发（登记）日期统计期间内的件数。已答复：其中已书面答复的；按期答复：答复日期不晚于答复期限（未设期限的视为按期）；' +
  '采纳：采纳与部分采纳；已整改：已登记整改完成的。';

const zero = (): SuggestionCounts => ({ issued: 0, replied: 0, repliedOnTime: 0, adopted: 0, rectified: 0 });

function add(into: SuggestionCounts, from: SuggestionCounts): void {
  into.issued += from.issued;
  into.replied += from.replied;
  into.repliedOnTime += from.repliedOnTime;
  into.adopted += from.adopted;
  into.rectified += from.rectified;
}

export async function loadSuggestionStats(
  db: Db,
  principal: Principal,
  period: { from?: string; to?: string },
  now: Date,
): Promise<SuggestionStats> {
  const year = chinaDate(now).slice(0, 4);
  const from = period.from ?? `${year}-01-01`;
  const to = period.to ?? `${year}-12-31`;
  const rows = await countSuggestions(db, { scope: suggestionScopeCondition(principal), from, to });
  const total = zero();
  const byKind = new Map<string, SuggestionCounts>();
  const byAddressee = new Map<string, SuggestionCounts & { name: string }>();
  for (const row of rows) {
    add(total, row);
    if (!byKind.has(row.kind)) byKind.set(row.kind, zero());
    add(byKind.get(row.kind)!, row);
    if (!byAddressee.has(row.addresseeId))
      byAddressee.set(row.addresseeId, { ...zero(), name: row.addresseeName });
    add(byAddressee.get(row.addresseeId)!, row);
  }
  return {
    from,
    to,
    definition: STATS_DEFINITION,
    total,
    byKind: SUGGESTION_KINDS.filter((kind) => byKind.has(kind)).map((kind) => ({
      kind,
      kindLabel: SUGGESTION_KIND_LABELS[kind],
      ...byKind.get(kind)!,
    })),
    byAddressee: [...byAddressee.entries()]
      .map(([id, { name, ...counts }]) => ({ addressee: { id, name }, ...counts }))
      .sort((a, b) => b.issued - a.issued || a.addressee.name.localeCompare(b.addressee.name, 'zh')),
  };
}
