// Composes the case page and the list rows from the queries, for the routes.
import type { ListCasesQuery } from '../../../shared/api/cases';
import type { Calendar } from '../../../shared/domain/periods';
import type { Db } from '../../db/client';
import { notFound } from '../../http/errors';
import type { Principal } from '../../http/principal';
import { dictionaryLabelsForDisplay } from '../dictionaries/dictionary-labels';
import { caseScopeCondition, isCaseInScope } from './cases.policy';
import { presentDetail, presentSummary, todayOf } from './cases.present';
import {
  caseEventsOf,
  deadlinesOf,
  defendantsOf,
  findCase,
  hearingsOf,
  listCases,
  orgNamesAndPaths,
  partiesOf,
  relatedCasesOf,
} from './cases.queries';
import { stateOf } from './project-case';

/** A case the caller may see, or 404 as if it did not exist. */
export async function loadVisibleCase(db: Db, principal: Principal, id: string) {
  const row = await findCase(db, id);
  if (!row) throw notFound('案件');
  const [defendants, orgs] = await Promise.all([defendantsOf(db, [id]), orgNamesAndPaths(db, [row.courtId])]);
  const court = orgs.get(row.courtId)!;
  if (
    !isCaseInScope(
      principal,
      defendants.map((d) => d.path),
      court.path,
    )
  )
    throw notFound('案件');
  return { row, defendants, court };
}

export async function loadCaseDetail(
  db: Db,
  principal: Principal,
  id: string,
  now: Date,
  calendar: Calendar,
) {
  const { row, defendants, court } = await loadVisibleCase(db, principal, id);
  const [events, parties, deadlines, hearings, labels, related] = await Promise.all([
    caseEventsOf(db, id),
    partiesOf(db, [id]),
    deadlinesOf(db, [id]),
    hearingsOf(db, id),
    dictionaryLabelsForDisplay.get(db),
    relatedCasesOf(db, row.disputeId),
  ]);
  const state = stateOf(events);
  const today = todayOf(now, calendar);
  const orgNames = new Map(defendants.map((d) => [d.id, { name: d.name }]));
  const previous = row.previousCaseId ? related.find((c) => c.id === row.previousCaseId) : undefined;
  const summary = presentSummary({
    principal,
    row,
    courtName: court.name,
    labels,
    defendants,
    plaintiffNames: parties.filter((p) => p.role === 'plaintiff').map((p) => p.name),
    deadlines,
    today,
    state,
  });
  return presentDetail({
    summary,
    row,
    state,
    events,
    parties,
    deadlines,
    hearings,
    orgNames,
    previousCase: previous ? { id: previous.id, caseNumber: previous.caseNumber } : null,
    relatedCases: related,
    today,
  });
}

export async function loadCaseList(
  db: Db,
  principal: Principal,
  query: ListCasesQuery,
  now: Date,
  calendar: Calendar,
) {
  const today = todayOf(now, calendar);
  const { rows, total } = await listCases(db, {
    scope: caseScopeCondition(principal),
    query,
    today: today.date,
  });
  const ids = rows.map((r) => r.id);
  const [defendants, parties, deadlines, courts, labels] = await Promise.all([
    defendantsOf(db, ids),
    partiesOf(db, ids),
    deadlinesOf(db, ids),
    orgNamesAndPaths(db, [...new Set(rows.map((r) => r.courtId))]),
    dictionaryLabelsForDisplay.get(db),
  ]);
  const items = rows.map((row) =>
    presentSummary({
      principal,
      row,
      courtName: courts.get(row.courtId)?.name ?? '',
      labels,
      defendants: defendants.filter((d) => d.caseId === row.id),
      plaintiffNames: parties.filter((p) => p.caseId === row.id && p.role === 'plaintiff').map((p) => p.name),
      deadlines: deadlines.filter((d) => d.caseId === row.id),
      today,
    }),
  );
  return { items, total, page: query.page, pageSize: query.pageSize };
}
