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
  caseListRowsOf,
  casePageOf,
  defendantsOf,
  findCase,
  listCaseIds,
  orgNamesAndPaths,
} from './cases.queries';
import { stateOf } from './project-case';

/** A case the caller may see, or 404 as if it did not exist. */
export async function loadVisibleCase(db: Db, principal: Principal, id: string) {
  const row = await findCase(db, id);
  if (!row) throw notFound('案件');
  const [defendants, orgs] = await Promise.all([defendantsOf(db, [id]), orgNamesAndPaths(db, [row.courtId])]);
  const court = orgs.get(row.courtId)!;
  ensureVisible(principal, defendants, court);
  return { row, defendants, court };
}

/** 404, as if the case did not exist, unless a 被告 or the court is in the caller's scope. */
function ensureVisible(principal: Principal, defendants: { path: string }[], court: { path: string }) {
  if (
    !isCaseInScope(
      principal,
      defendants.map((d) => d.path),
      court.path,
    )
  )
    throw notFound('案件');
}

export async function loadCaseDetail(
  db: Db,
  principal: Principal,
  id: string,
  now: Date,
  calendar: Calendar,
) {
  // One statement for the whole page.
  const [page, labels] = await Promise.all([casePageOf(db, id), dictionaryLabelsForDisplay.get(db)]);
  if (!page) throw notFound('案件');
  ensureVisible(principal, page.defendants, page.court);
  const { row, court, defendants, events, parties, deadlines, hearings, related } = page;
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
  const { ids, total } = await listCaseIds(db, {
    scope: caseScopeCondition(principal),
    query,
    today: today.date,
  });
  const [found, labels] = await Promise.all([caseListRowsOf(db, ids), dictionaryLabelsForDisplay.get(db)]);
  const items = found.map((f) => presentSummary({ principal, labels, today, ...f }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}
