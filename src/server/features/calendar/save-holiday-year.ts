// 修订节假日安排: an administrator adds a year whose notice the shipped data lacks, or corrects
// one, citing the State Council notice. The saved year replaces the shipped one for that year,
// and in the same transaction every stored deadline whose period relied on a changed day (or
// overlaps a year entered for the first time) is computed again with it; what moved is
// audited, told to its owners and returned to the saver.
import type { z } from 'zod';
import type { saveHolidayYearSchema } from '../../../shared/api/calendar';
import { holidayYearProblems, normaliseHolidayDays } from '../../../shared/domain/holiday-year';
import type { Db } from '../../db/client';
import { AppError, conflict, fieldError } from '../../http/errors';
import type { AuditContext } from '../../http/principal';
import { recordAudit } from '../audit/record-audit';
import { recomputeCaseDeadlines } from '../cases/recompute-deadlines';
import { recomputeReplyDues } from '../suggestions/recompute-reply-dues';
import { auditedHolidayYear, holidayDaysChange, yearState } from './calendar.present';
import { findHolidayYearRow, insertHolidayYear, updateHolidayYear } from './calendar.queries';
import { calendarChangeOf } from './calendar-change';
import { calendarForDisplay, loadCalendar, lockCalendarForSave } from './load-calendar';
import { describeMoved, movedDeadlinesOf, notifyMovedDeadlines } from './moved-deadlines';

export async function saveHolidayYear(options: {
  db: Db;
  now: Date;
  year: number;
  /** The last year a notice can exist for: next year (published in November or December). */
  lastYear: number;
  input: z.infer<typeof saveHolidayYearSchema>;
  /** The account saving it (null for a caller that is not a user account). */
  userId: string | null;
  context: AuditContext;
}) {
  const { db, now, year, input } = options;
  if (year > options.lastYear) {
    throw fieldError('year', `${year}年的节假日安排尚未发布：最多可以录入${options.lastYear}年`);
  }
  const problems = holidayYearProblems(year, input.days);
  if (problems.length > 0) {
    const more = problems.length > 1 ? `（共${problems.length}处问题）` : '';
    throw new AppError('VALIDATION_FAILED', `${problems[0]!.message}${more}`, problems);
  }
  const days = normaliseHolidayDays(input.days);
  const values = {
    days,
    papers: input.papers ?? [],
    notice: input.notice,
    updatedBy: options.userId,
    updatedAt: now,
  };
  const result = await db.transaction(async (tx) => {
    await lockCalendarForSave(tx);
    const row = await findHolidayYearRow(tx, year);
    const stale = conflict(`${year}年的节假日安排`);
    if ((row?.version ?? 0) !== input.version) throw stale;
    const saved = row
      ? await updateHolidayYear(tx, year, input.version, values)
      : await insertHolidayYear(tx, year, values);
    if (!saved) throw stale;
    const before = yearState(year, row);
    const change = calendarChangeOf(year, before.source === 'missing', before.days, days);
    const calendar = await loadCalendar(tx);
    const moved = movedDeadlinesOf(
      await recomputeCaseDeadlines({ db: tx, now, calendar, change }),
      await recomputeReplyDues({ db: tx, now, calendar, change }),
    );
    await recordAudit(tx, options.context, now, {
      event: 'calendar.year.saved',
      targetType: 'holiday-year',
      targetId: String(year),
      targetLabel: `${year}年节假日安排`,
      before: auditedHolidayYear(before),
      after: {
        ...auditedHolidayYear({ source: 'corrected', notice: input.notice, papers: values.papers, days }),
        ...holidayDaysChange(before.days, days),
        movedDeadlines: moved.map(describeMoved),
      },
    });
    await notifyMovedDeadlines(tx, now, { year, version: input.version + 1 }, moved, options.context);
    return moved.map(({ ownerOrgId: _owner, ...d }) => d);
  });
  calendarForDisplay.invalidate();
  return result;
}
