import { describe, expect, it } from 'vitest';
import { SHIPPED_HOLIDAY_YEARS } from '../../data/holidays-cn';
import { buildCalendar } from '../periods';
import { deriveDeadlines } from './derive-deadlines';
import { applyCorrections, foldCase, type StoredEvent } from './fold-case';

const calendar = buildCalendar(SHIPPED_HOLIDAY_YEARS);
let nextId = 1;
const ev = (
  type: StoredEvent['type'],
  payload: Record<string, unknown>,
  correctsEventId: number | null = null,
) => ({
  id: nextId++,
  type,
  payload,
  correctsEventId,
});

describe('projecting a case from its events', () => {
  it('walks the stages as facts are recorded', () => {
    nextId = 1;
    const events: StoredEvent[] = [ev('registered', {})];
    expect(foldCase(events).stage).toBe('registered');
    events.push(ev('service-recorded', { servedOn: '2025-09-16', manner: 'direct', signedBy: null }));
    expect(foldCase(events).stage).toBe('defending');
    events.push(ev('defence-submitted', { submittedOn: '2025-09-28' }));
    expect(foldCase(events).stage).toBe('pending-hearing');
    events.push(ev('hearing-scheduled', { scheduledAt: '2025-11-05T01:30:00Z', isHeadRequested: true }));
    const hearingId = events.at(-1)!.id;
    events.push(
      ev('appearance-recorded', {
        hearingEventId: hearingId,
        defendantOrgId: 'a',
        didHeadAppear: true,
        personName: '陈建华',
        countsAsHead: true,
        didSpeak: true,
        agents: [],
      }),
    );
    const heard = foldCase(events);
    expect(heard.stage).toBe('in-trial');
    expect(heard.hearings[0]!.status).toBe('held');
    events.push(
      ev('judgment-recorded', {
        kind: 'judgment',
        result: 'revoke',
        isLost: true,
        lossReasons: ['procedure'],
        servedOn: '2025-12-01',
        requiresPerformance: true,
      }),
    );
    expect(foldCase(events).stage).toBe('judged');
    events.push(ev('effective-marked', { effectiveOn: '2025-12-17' }));
    expect(foldCase(events).stage).toBe('effective');
    events.push(ev('performance-recorded', { performedOn: '2026-01-10', description: '已重新作出决定' }));
    expect(foldCase(events).stage).toBe('performed');
  });

  it('derives deadlines with their explanation and closes them when met', () => {
    nextId = 1;
    const events: StoredEvent[] = [
      ev('registered', {}),
      ev('service-recorded', { servedOn: '2025-09-16', manner: 'direct' }),
    ];
    const open = deriveDeadlines(foldCase(events), calendar);
    expect(open.map((d) => [d.ruleId, d.triggerDate, d.due, d.status])).toEqual([
      ['litigation.defence', '2025-09-16', '2025-10-09', 'open'],
      ['local.litigation.report-to-office', '2025-10-09', '2025-10-14', 'open'],
    ]);
    expect(open[0]!.explanation).toContain('国庆节');
    events.push(ev('defence-submitted', { submittedOn: '2025-09-30' }));
    const met = deriveDeadlines(foldCase(events), calendar);
    expect(met[0]).toMatchObject({ status: 'done', doneOn: '2025-09-30', doneEventId: 3 });
  });

  it('follows a corrected service date and forgets a voided hearing', () => {
    nextId = 1;
    const events: StoredEvent[] = [
      ev('registered', {}),
      ev('service-recorded', { servedOn: '2025-09-16', manner: 'direct' }),
      ev('hearing-scheduled', { scheduledAt: '2025-11-05T01:30:00Z', isHeadRequested: false }),
    ];
    events.push(
      ev('correction', { reason: '送达日期录错', payload: { servedOn: '2025-09-01', manner: 'mail' } }, 2),
      ev('correction', { reason: '重复录入', isVoid: true }, 3),
    );
    const state = foldCase(events);
    expect(state.service).toMatchObject({ servedOn: '2025-09-01', manner: 'mail', eventId: 2 });
    expect(state.hearings).toEqual([]);
    expect(state.stage).toBe('defending');
    expect(deriveDeadlines(state, calendar)[0]!.due).toBe('2025-09-16');
    const effective = applyCorrections(events);
    expect(effective[1]).toMatchObject({ correctedByEventId: 4, isVoided: false });
    expect(effective[2]).toMatchObject({ correctedByEventId: 5, isVoided: true });
  });

  it('closes a case that needs no performance when it becomes effective', () => {
    nextId = 1;
    const events: StoredEvent[] = [
      ev('registered', {}),
      ev('service-recorded', { servedOn: '2026-03-02', manner: 'electronic' }),
      ev('judgment-recorded', {
        kind: 'ruling',
        result: 'withdrawal-allowed',
        isLost: false,
        lossReasons: [],
        servedOn: '2026-04-01',
        requiresPerformance: false,
      }),
    ];
    const judged = deriveDeadlines(foldCase(events), calendar);
    expect(judged.find((d) => d.ruleId === 'litigation.appeal.ruling')).toMatchObject({
      due: '2026-04-13',
      status: 'open',
    });
    events.push(ev('effective-marked', { effectiveOn: '2026-04-14' }));
    const state = foldCase(events);
    expect(state.stage).toBe('closed');
    expect(
      deriveDeadlines(state, calendar).find((d) => d.ruleId === 'litigation.appeal.ruling')?.status,
    ).toBe('done');
  });
});
