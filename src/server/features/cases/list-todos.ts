// 待办: each user's open deadlines (overdue first by date), the hearings of the
// next 5 days that still have no designated head, and past hearings whose
// appearance a defendant has not recorded yet.
import type { SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { listTodosQuerySchema, todoItemSchema } from '../../../shared/api/cases';
import { chinaDate, chinaDateTime } from '../../../shared/domain/china-time';
import type { Calendar } from '../../../shared/domain/periods';
import type { Db } from '../../db/client';
import { deadlineFlags, todayOf } from './cases.present';
import {
  defendantsOf,
  listHearingsWithoutHead,
  listOpenDeadlines,
  listUnrecordedAppearances,
} from './cases.queries';

type TodoItem = z.infer<typeof todoItemSchema>;
const FIVE_DAYS_MS = 5 * 24 * 3_600_000;
/** Past hearings without a recorded appearance listed on the first page, the earliest first. */
const UNRECORDED_LIMIT = 20;

export async function listTodos(options: {
  db: Db;
  scope: SQL;
  query: z.infer<typeof listTodosQuerySchema>;
  now: Date;
  calendar: Calendar;
}) {
  const { db, query, now } = options;
  const today = todayOf(now, options.calendar);
  // At-risk hearings are few and urgent: they head the first page.
  const atRisk =
    query.page === 1
      ? await listHearingsWithoutHead(db, {
          scope: options.scope,
          from: now,
          until: new Date(now.getTime() + FIVE_DAYS_MS),
          agencyId: query.agencyId,
        })
      : [];
  const unrecorded =
    query.page === 1
      ? await listUnrecordedAppearances(db, {
          scope: options.scope,
          before: now,
          agencyId: query.agencyId,
          limit: UNRECORDED_LIMIT,
        })
      : [];
  const { rows, total } = await listOpenDeadlines(db, {
    scope: options.scope,
    agencyId: query.agencyId,
    page: query.page,
    pageSize: query.pageSize,
  });
  const caseIds = [...new Set([...rows, ...atRisk, ...unrecorded].map((r) => r.case.id))];
  const defendants = await defendantsOf(db, caseIds);
  const caseRef = (c: { id: string; caseNumber: string; subject: string }) => ({
    id: c.id,
    caseNumber: c.caseNumber,
    subject: c.subject,
    defendants: defendants.filter((d) => d.caseId === c.id).map((d) => ({ id: d.id, name: d.name })),
  });
  const items: TodoItem[] = [
    ...atRisk.map((r) => ({
      kind: 'hearing-at-risk' as const,
      case: caseRef(r.case),
      title: '临近开庭，尚未确定出庭负责人',
      due: chinaDate(r.hearing.scheduledAt),
      isOverdue: false,
      isDueSoon: true,
      explanation: `开庭时间 ${chinaDateTime(r.hearing.scheduledAt)}；依《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》，应确定出庭负责人`,
    })),
    ...unrecorded.map((r) => ({
      kind: 'appearance-unrecorded' as const,
      case: caseRef(r.case),
      title: `开庭已过，尚未登记${r.defendant.name}的出庭情况`,
      due: chinaDate(r.hearing.scheduledAt),
      isOverdue: true,
      isDueSoon: false,
      explanation: `开庭时间 ${chinaDateTime(r.hearing.scheduledAt)}；请在案件页面登记负责人是否出庭。未登记出庭情况的开庭不计入出庭应诉率`,
    })),
    ...rows.map((r) => ({
      kind: 'deadline' as const,
      case: caseRef(r.case),
      title: r.deadline.title,
      due: r.deadline.due,
      ...deadlineFlags(r.deadline.due, r.deadline.status, today),
      explanation: r.deadline.explanation,
    })),
  ];
  return {
    items,
    total: total + atRisk.length + unrecorded.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}
