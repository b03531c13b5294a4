// 到期提醒与逾期督办, run once a day (occurrence = the China date): an unanswered
// record is reminded to its addressee 7 days and 1 day before the due date, and
// the day after it the overdue reply is escalated to the addressee, its
// superior people's government and the legal-affairs office that coordinates
// the region. Every notice has a dedupe key holding the record, the step and the
// due date, so a rerun (or a later day in the same window) sends nothing twice;
// notify() audits each notice, and the timeline records what went out.
import { addDays } from '../../../shared/domain/periods';
import {
  DUE_SOON_DAYS,
  remindersDue,
  SUGGESTION_KIND_LABELS,
  type SuggestionKind,
} from '../../../shared/domain/suggestions';
import type { Db } from '../../db/client';
import type { ScheduledJob } from '../../jobs/scheduler';
import { daily } from '../../jobs/scheduler';
import { notify } from '../notifications/notify';
import { regionalLegalOffice, superiorGovernmentOf } from './suggestion-routing';
import { insertEvent, openSuggestionsDueBy, orgsByIds, type SuggestionRow } from './suggestions.queries';

export async function sendSuggestionReminders(options: { db: Db; now: Date; today: string }): Promise<void> {
  const { db, now, today } = options;
  const rows = await openSuggestionsDueBy(db, addDays(today, DUE_SOON_DAYS));
  const addressees = await orgsByIds(
    db,
    rows.map((r) => r.addresseeOrgId),
  );
  for (const row of rows) {
    const addressee = addressees.get(row.addresseeOrgId)!;
    const label = `${SUGGESTION_KIND_LABELS[row.kind as SuggestionKind]}${row.documentNumber}`;
    const link = `/suggestions/${row.id}`;
    for (const step of remindersDue(row, today)) {
      if (step.key !== 'overdue') {
        const when = step.daysLeft === 0 ? '今天到期' : `还有${step.daysLeft}天到期`;
        const sent = await notify(db, now, {
          organisationId: addressee.id,
          kind: 'suggestion.due-soon',
          title: `${label}答复期限将至`,
          body: `${row.issuerName}的${label}《${row.title}》应于${row.dueOn}前书面答复，${when}。`,
          link,
          dedupeKey: `suggestion:${row.id}:${step.key}:${row.dueOn}`,
        });
        if (sent)
          await timeline(db, row, now, 'reminded', {
            step: step.key,
            daysLeft: step.daysLeft,
            orgs: [addressee.name],
          });
        continue;
      }
      const notified: string[] = [];
      const overdue = `${addressee.name}收到的${label}《${row.title}》应于${row.dueOn}前答复，已逾期${step.daysLate}天未答复。`;
      if (
        await notify(db, now, {
          organisationId: addressee.id,
          kind: 'suggestion.overdue',
          title: `${label}已逾期未答复`,
          body: `${overdue}请尽快书面答复。`,
          link,
          dedupeKey: `suggestion:${row.id}:overdue:${row.dueOn}:${addressee.id}`,
        })
      ) {
        notified.push(addressee.name);
      }
      const superior = await superiorGovernmentOf(db, addressee);
      const office = await regionalLegalOffice(db, addressee);
      for (const org of [superior, office]) {
        if (!org || org.id === addressee.id) continue;
        const sent = await notify(db, now, {
          organisationId: org.id,
          kind: 'suggestion.escalated',
          title: `督办：${addressee.name}逾期未答复${label}`,
          body: `${overdue}请督促办理。`,
          link,
          dedupeKey: `suggestion:${row.id}:overdue:${row.dueOn}:${org.id}`,
        });
        if (sent && !notified.includes(org.name)) notified.push(org.name);
      }
      if (notified.length > 0) {
        await timeline(db, row, now, 'escalated', { daysLate: step.daysLate, orgs: notified });
      }
    }
  }
}

async function timeline(
  db: Db,
  row: SuggestionRow,
  now: Date,
  type: string,
  payload: Record<string, unknown>,
) {
  await insertEvent(db, {
    suggestionId: row.id,
    type,
    occurredAt: now,
    actorName: '系统',
    actorOrgName: null,
    payload,
  });
}

export const suggestionRemindersJob: ScheduledJob = {
  name: 'suggestion.reminders',
  occurrenceAt: daily,
  run: ({ db, now, occurrence }) => sendSuggestionReminders({ db, now, today: occurrence }),
};
