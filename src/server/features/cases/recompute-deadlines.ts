// 节假日安排修订后重算期限: every case with a stored deadline whose period relied on a day the
// save changed is derived again with the calendar as it now stands, in the caller's
// transaction. The facts are unchanged, so no case event is written; the caller audits and
// notifies what moved.
import type { Calendar } from '../../../shared/domain/periods';
import type { Db } from '../../db/client';
import type { CalendarChange } from '../calendar/calendar-change';
import { lockCasesRelyingOn } from './cases.queries';
import { type MovedDeadline, projectDeadlines } from './project-case';

export interface MovedCaseDeadline extends MovedDeadline {
  caseNumber: string;
}

export async function recomputeCaseDeadlines(options: {
  db: Db;
  now: Date;
  calendar: Calendar;
  change: CalendarChange;
}): Promise<MovedCaseDeadline[]> {
  const { db, now, calendar } = options;
  const moved: MovedCaseDeadline[] = [];
  for (const c of await lockCasesRelyingOn(db, options.change)) {
    const changes = await projectDeadlines({ db, caseId: c.id, now, calendar });
    moved.push(...changes.map((m) => ({ ...m, caseNumber: c.caseNumber })));
  }
  return moved;
}
