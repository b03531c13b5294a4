import { describe, expect, it } from 'vitest';
import { SHIPPED_HOLIDAY_YEARS } from '../../data/holidays-cn';
import { buildCalendar } from './calendar';
import { computeDeadline, type DeadlineOverride } from './compute-deadline';
import { findRule } from './find-rule';

const calendar = buildCalendar(SHIPPED_HOLIDAY_YEARS);

function deadlineOf(ruleId: string, trigger: string, override?: DeadlineOverride) {
  return computeDeadline({ rule: findRule(ruleId, trigger), trigger, calendar, override });
}

// Expected dates worked out by hand from the shipped notices (2023-10, 2025-01/02, 2025-10,
// 2026-02 holidays and their make-up days).
describe('computeDeadline', () => {
  it.each([
    // Holiday crossings: the last day falls in a holiday, the deadline moves past it.
    ['litigation.defence', '2025-09-16', '2025-10-01', '2025-10-09'], // 国庆、中秋 10-01…10-08
    ['litigation.appeal.judgment', '2026-02-01', '2026-02-16', '2026-02-24'], // 春节 02-15…02-23
    ['litigation.appeal.ruling', '2025-01-20', '2025-01-30', '2025-02-05'], // 春节 01-28…02-04
    ['local.litigation.report-to-office', '2025-04-30', '2025-05-05', '2025-05-06'], // 劳动节
    // The last day is a make-up working day (调休上班): no move.
    ['litigation.appeal.ruling', '2025-10-01', '2025-10-11', '2025-10-11'], // Saturday worked
    ['litigation.defence', '2025-09-13', '2025-09-28', '2025-09-28'], // Sunday worked
    // Moved past a holiday onto a make-up Saturday, under the old reconsideration law.
    ['reconsideration.reply', '2023-09-26', '2023-10-06', '2023-10-07'],
    // Plain weekends.
    ['litigation.defence', '2025-03-07', '2025-03-22', '2025-03-24'],
    ['court.simplified', '2025-07-01', '2025-08-15', '2025-08-15'], // a Friday: no move
    // Month periods: corresponding day or the month's last day (Civil Code Art. 202).
    ['judicial-suggestion.reply', '2025-01-31', '2025-03-31', '2025-03-31'],
    ['judicial-suggestion.reply', '2025-12-31', '2026-02-28', '2026-02-28'], // month end, make-up Saturday
    ['court.second-instance', '2025-08-31', '2025-11-30', '2025-12-01'], // month end, then Sunday
    ['court.first-instance', '2024-08-31', '2025-02-28', '2025-02-28'],
    // Working-day periods: only working days count, make-up days included.
    ['reconsideration.acceptance', '2025-09-26', '2025-10-10', '2025-10-10'],
    ['reconsideration.reply', '2024-09-26', '2024-10-15', '2024-10-15'],
    ['reconsideration.reply', '2026-02-10', '2026-03-02', '2026-03-02'],
    ['reconsideration.acceptance', '2023-12-29', '2024-01-08', '2024-01-08'], // old law, over 元旦
    ['reconsideration.decision', '2025-08-01', '2025-09-30', '2025-09-30'],
  ])('%s from %s: last day %s, due %s', (ruleId, trigger, rawEnd, due) => {
    const deadline = deadlineOf(ruleId, trigger);
    expect({ rawEnd: deadline.rawEnd, due: deadline.due, warnings: deadline.warnings }).toEqual({
      rawEnd,
      due,
      warnings: [],
    });
  });

  it.each([
    ['2024-01-31', '2024-02-29'], // leap year
    ['2023-01-31', '2023-02-28'],
    ['2025-08-31', '2025-09-30'],
  ])('a one-month local override from %s ends on %s', (trigger, due) => {
    const deadline = deadlineOf('local.judgment.filing', trigger, { length: 1, unit: 'months' });
    expect({ due: deadline.due, unit: deadline.unit, length: deadline.length }).toEqual({
      due,
      unit: 'months',
      length: 1,
    });
  });

  it('explains a holiday move in full, day by day', () => {
    const deadline = deadlineOf('litigation.defence', '2025-09-16');
    expect(deadline.explanation).toBe(
      '依据《中华人民共和国行政诉讼法》（2014年、2017年修正）第六十七条，答辩和举证期限为自送达应诉通知书之日起15日。' +
        '送达应诉通知书之日为2025年9月16日，当日不计入，自2025年9月17日起算，第15日为2025年10月1日；' +
        '2025年10月1日至2025年10月8日为国庆节、中秋节假日，顺延至其后第一个工作日，期限届满日为2025年10月9日。',
    );
    expect(deadline).toMatchObject({ ruleId: 'litigation.defence', ruleVersion: 1, start: '2025-09-17' });
    expect(deadline.steps).toEqual([
      { date: '2025-09-16', note: '送达应诉通知书之日，当日不计入' },
      { date: '2025-09-17', note: '期间起算日' },
      { date: '2025-10-01', note: '第15日，期间最后一日；国庆节、中秋节假日，顺延' },
      ...['02', '03', '04', '05', '06', '07', '08'].map((day) => ({
        date: `2025-10-${day}`,
        note: '国庆节、中秋节假日，顺延',
      })),
      { date: '2025-10-09', note: '期限届满日，周四' },
    ]);
  });

  it('says that a deadline on a make-up working day does not move', () => {
    const deadline = deadlineOf('litigation.appeal.ruling', '2025-10-01');
    expect(deadline.explanation).toContain(
      '第10日为2025年10月11日；该日为调休上班日（国庆节、中秋节），不顺延，期限届满日为2025年10月11日。',
    );
    expect(deadline.steps.at(-1)).toEqual({
      date: '2025-10-11',
      note: '第10日，期间最后一日；该日为调休上班日，不顺延；期限届满日',
    });
  });

  it('names a weekend move and the make-up day a move lands on', () => {
    expect(deadlineOf('litigation.defence', '2025-03-07').explanation).toContain(
      '2025年3月22日至2025年3月23日为周六、周日，顺延至其后第一个工作日，期限届满日为2025年3月24日。',
    );
    expect(deadlineOf('reconsideration.reply', '2023-09-26').explanation).toContain(
      '该日为中秋节、国庆节假日，顺延至其后第一个工作日，期限届满日为2023年10月7日（调休上班日（中秋节、国庆节））。',
    );
  });

  it('explains a month end without a corresponding day', () => {
    expect(deadlineOf('judicial-suggestion.reply', '2025-12-31').explanation).toContain(
      '2个月后的2026年2月没有31日，以该月最后一日2026年2月28日为期间最后一日；该日为调休上班日（春节），不顺延',
    );
  });

  it('counts working days across a holiday and a make-up day, and shows which days it skipped', () => {
    const deadline = deadlineOf('reconsideration.acceptance', '2025-09-26');
    expect(deadline.explanation).toContain(
      '只计工作日，第5个工作日为2025年10月10日（其间9天休息日、节假日不计入）；期限届满日为2025年10月10日。',
    );
    const notes = Object.fromEntries(deadline.steps.map((step) => [step.date, step.note]));
    expect(notes['2025-09-27']).toBe('期间起算日；周六，不计入');
    expect(notes['2025-09-28']).toBe('调休上班日（国庆节、中秋节），计为第1个工作日');
    expect(notes['2025-10-05']).toBe('国庆节、中秋节假日，不计入');
    expect(notes['2025-10-10']).toBe('第5个工作日，期间最后一日；期限届满日');
  });

  it('applies the reconsideration law in force on the trigger date', () => {
    const old = deadlineOf('reconsideration.reply', '2023-12-20');
    const revised = deadlineOf('reconsideration.reply', '2024-12-20');
    // Old Art. 23: 10 calendar days end on Saturday 12-30; Sunday, then 元旦 → Tuesday 2024-01-02.
    expect({ version: old.ruleVersion, due: old.due }).toEqual({ version: 1, due: '2024-01-02' });
    // 2023 Art. 48: 10 working days, skipping two weekends and 元旦.
    expect({ version: revised.ruleVersion, due: revised.due }).toEqual({ version: 2, due: '2025-01-06' });
    expect(old.explanation).toContain('（1999年通过，2009年、2017年修正）第二十三条');
    expect(revised.explanation).toContain('（2023年修订）第四十八条、第八十八条');
  });

  it('warns when a date it relied on lies in a year without a published calendar', () => {
    const deadline = deadlineOf('litigation.defence', '2026-12-20');
    expect(deadline.due).toBe('2027-01-04');
    expect(deadline.warnings).toEqual(['2027年的节假日安排尚未公布，已按普通周末计算，请在公布后核对']);
    expect(deadline.explanation).toContain(
      '该年节假日安排未知，该日按普通周计为工作日，期限届满日为2027年1月4日。',
    );
    expect(deadlineOf('litigation.defence', '2026-12-10').warnings).toEqual([]);
  });

  it('warns about a year before the shipped data as not included', () => {
    // 2014's 国庆 holiday is not shipped, so 2014-10-06 is taken as an ordinary Monday.
    const deadline = deadlineOf('reconsideration.reply', '2014-09-26');
    expect(deadline.due).toBe('2014-10-06');
    expect(deadline.warnings).toEqual(['2014年的节假日安排未收录，已按普通周末计算，请人工核对']);
  });

  it('applies a locality’s own length to a local rule and says so', () => {
    const deadline = deadlineOf('local.litigation.report-to-office', '2025-09-26', {
      length: 3,
      unit: 'working-days',
    });
    expect(deadline.due).toBe('2025-09-30'); // 09-28 (make-up), 09-29, 09-30
    expect(deadline.explanation).toContain(
      '应诉情况报告司法行政机关期限为自举证期限届满之日起5日；本地已调整为3个工作日。',
    );
  });

  it('refuses to override a statutory period, naming the rule', () => {
    expect(() =>
      deadlineOf('litigation.defence', '2025-09-16', { length: 20, unit: 'calendar-days' }),
    ).toThrow('“答辩和举证期限”（litigation.defence）是法定期限，不能由本地调整');
  });

  it('refuses an override that is not a positive whole number', () => {
    expect(() =>
      deadlineOf('local.judgment.filing', '2025-09-16', { length: 0, unit: 'calendar-days' }),
    ).toThrow('调整后的期间长度应为正整数，当前为0');
  });

  it("keeps the last day of a rule whose end day is 'none'", () => {
    const rule = { ...findRule('litigation.defence', '2025-09-16'), endDay: 'none' as const };
    const deadline = computeDeadline({ rule, trigger: '2025-09-16', calendar });
    expect(deadline.due).toBe('2025-10-01');
    expect(deadline.explanation).toContain(
      '该日为国庆节、中秋节假日，本规则不因节假日顺延，期限届满日为2025年10月1日。',
    );
  });

  it('refuses an impossible trigger date', () => {
    const rule = findRule('litigation.defence', '2025-09-16');
    expect(() => computeDeadline({ rule, trigger: '2025-09-31', calendar })).toThrow('日期“2025-09-31”无效');
  });
});
