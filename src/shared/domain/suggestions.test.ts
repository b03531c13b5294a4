import { describe, expect, it } from 'vitest';
import { SHIPPED_HOLIDAY_YEARS } from '../data/holidays-cn';
import { buildCalendar } from './periods';
import {
  documentNumberKey,
  isReplyOnTime,
  judicialSuggestionPattern,
  registrableKinds,
  remindersDue,
  replyDue,
  replyRuleId,
  suggestionStatus,
  superiorGovernment,
} from './suggestions';

const calendar = buildCalendar(SHIPPED_HOLIDAY_YEARS);

describe('who registers which kind', () => {
  it('lets a court issue judicial suggestions and the legal-affairs office its letters and received papers', () => {
    expect(registrableKinds('court')).toEqual(['judicial']);
    expect(registrableKinds('legal-office')).toEqual([
      'procuratorial',
      'reconsideration-opinion',
      'reconsideration-suggestion',
      'reminder-letter',
      'supervision-notice',
    ]);
    expect(registrableKinds('agency')).toEqual([]);
  });

  it('numbers a court’s judicial suggestions with its 法院代字', () => {
    expect(judicialSuggestionPattern('浙0825')).toBe('浙0825法建〔{year}〕{n}号');
  });
});

describe('documentNumberKey', () => {
  it.each([
    ['柯检行建〔2026〕3号', '柯检行建〔2026〕3号'],
    ['柯检行建[2026]3号', '柯检行建〔2026〕3号'],
    ['柯检行建（２０２６）３号', '柯检行建〔2026〕3号'],
    [' 柯检行建 【2026】 3号 ', '柯检行建〔2026〕3号'],
  ])('%s → %s', (number, key) => {
    expect(documentNumberKey(number)).toBe(key);
  });

  it('keeps different numbers apart', () => {
    expect(documentNumberKey('柯检行建〔2026〕3号')).not.toBe(documentNumberKey('柯检行建〔2026〕13号'));
  });
});

describe('reply due date', () => {
  it.each([
    ['judicial', false, 'judicial-suggestion.reply'],
    ['judicial', true, 'judicial-suggestion.reply.normative-document'],
    ['reconsideration-opinion', false, 'reconsideration.opinion-report'],
    ['procuratorial', false, null],
    ['reminder-letter', false, null],
  ] as const)('%s (normative document %s) → %s', (kind, normative, rule) => {
    expect(replyRuleId(kind, normative)).toBe(rule);
  });

  const due = (
    kind: 'judicial' | 'reconsideration-opinion' | 'procuratorial',
    servedOn: string,
    normative = false,
  ) => replyDue({ kind, concernsNormativeDocument: normative, servedOn, statedDueOn: null, calendar });

  it('gives a judicial suggestion two months, an unlawful normative document 60 days', () => {
    // 9-10 + 2 months = 11-10 (Tuesday); + 60 days = 11-09 (Monday).
    expect(due('judicial', '2026-09-10')).toMatchObject({
      dueOn: '2026-11-10',
      ruleId: 'judicial-suggestion.reply',
    });
    expect(due('judicial', '2026-09-10', true)).toMatchObject({
      dueOn: '2026-11-09',
      ruleId: 'judicial-suggestion.reply.normative-document',
    });
    expect(due('judicial', '2026-09-10')!.explanation).toContain('法释〔2023〕11号');
    expect(due('judicial', '2026-09-10', true)!.explanation).toContain('第一百四十九条');
  });

  it('moves a last day off a weekend or holiday, explained', () => {
    // 8-31 + 2 months = 10-31, a Saturday → Monday 11-02.
    const weekend = due('judicial', '2026-08-31')!;
    expect(weekend.dueOn).toBe('2026-11-02');
    expect(weekend.steps.at(-1)).toEqual({ date: '2026-11-02', note: expect.stringContaining('期限届满日') });
    // 8-03 + 2 months = 10-03, in the National Day holiday (10-01 … 10-07) → 10-08.
    expect(due('judicial', '2026-08-03')!.dueOn).toBe('2026-10-08');
  });

  it('gives a reconsideration opinion 60 days, only under the 2023 law', () => {
    expect(due('reconsideration-opinion', '2026-09-10')!.dueOn).toBe('2026-11-09');
    expect(due('reconsideration-opinion', '2023-12-01')).toBeNull();
  });

  it('has no due date for a kind no law gives a period, and takes a date the paper states', () => {
    expect(due('procuratorial', '2026-09-10')).toBeNull();
    const stated = replyDue({
      kind: 'judicial',
      concernsNormativeDocument: false,
      servedOn: '2026-09-10',
      statedDueOn: '2026-10-10',
      calendar,
    })!;
    expect(stated).toMatchObject({ dueOn: '2026-10-10', ruleId: null });
    expect(stated.explanation).toBe(
      '按司法建议载明的期限，应于2026年10月10日前书面答复（最高人民法院关于综合治理类司法建议工作若干问题的规定第八条规定的一般期限为2个月）。',
    );
  });
});

describe('status of the day and reminders', () => {
  const open = (dueOn: string | null) => ({ dueOn, repliedOn: null });
  it.each([
    ['2026-11-20', '2026-11-02', 'pending', []],
    ['2026-11-10', '2026-11-02', 'pending', []],
    ['2026-11-10', '2026-11-03', 'due-soon', [{ key: 'due-7', daysLeft: 7 }]],
    ['2026-11-10', '2026-11-08', 'due-soon', [{ key: 'due-7', daysLeft: 2 }]],
    ['2026-11-10', '2026-11-09', 'due-soon', [{ key: 'due-1', daysLeft: 1 }]],
    ['2026-11-10', '2026-11-10', 'due-soon', [{ key: 'due-1', daysLeft: 0 }]],
    ['2026-11-10', '2026-11-11', 'overdue', [{ key: 'overdue', daysLate: 1 }]],
    ['2026-11-10', '2026-12-01', 'overdue', [{ key: 'overdue', daysLate: 21 }]],
  ] as const)('due %s, today %s → %s', (dueOn, today, status, reminders) => {
    expect(suggestionStatus(open(dueOn), today)).toBe(status);
    expect(remindersDue(open(dueOn), today)).toEqual(reminders);
  });

  it('sends nothing for a replied record or one without a due date', () => {
    expect(suggestionStatus({ dueOn: '2026-11-10', repliedOn: '2026-11-20' }, '2026-11-30')).toBe('replied');
    expect(remindersDue({ dueOn: '2026-11-10', repliedOn: '2026-11-20' }, '2026-11-30')).toEqual([]);
    expect(suggestionStatus(open(null), '2030-01-01')).toBe('pending');
    expect(remindersDue(open(null), '2030-01-01')).toEqual([]);
  });

  it('counts a reply on the last day as on time', () => {
    expect(isReplyOnTime('2026-11-10', '2026-11-10')).toBe(true);
    expect(isReplyOnTime('2026-11-11', '2026-11-10')).toBe(false);
    expect(isReplyOnTime('2026-11-11', null)).toBe(true);
  });
});

describe('superiorGovernment', () => {
  it('is the nearest people’s government above', () => {
    const chain = [
      { name: '某科', kind: 'other' },
      { name: '柯城区人民政府', kind: 'government' },
      { name: '衢州市人民政府', kind: 'government' },
    ];
    expect(superiorGovernment(chain)?.name).toBe('柯城区人民政府');
    expect(superiorGovernment([])).toBeNull();
  });
});
