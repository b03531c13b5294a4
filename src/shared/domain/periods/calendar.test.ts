import { describe, expect, it } from 'vitest';
import { SHIPPED_HOLIDAY_YEARS } from '../../data/holidays-cn';
import { addWorkingDays, buildCalendar, nextWorkingDay } from './calendar';

const calendar = buildCalendar(SHIPPED_HOLIDAY_YEARS);

describe('shipped holiday data', () => {
  it('holds one notice per year 2015–2026, each citing its source', () => {
    expect(SHIPPED_HOLIDAY_YEARS.map((y) => y.year)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
    for (const year of SHIPPED_HOLIDAY_YEARS) expect(year.papers.length).toBeGreaterThan(0);
  });
});

describe('buildCalendar', () => {
  it.each([
    ['2025-10-01', false, '国庆节、中秋节假日'],
    ['2025-10-04', false, '国庆节、中秋节假日'], // a Saturday inside the holiday
    ['2024-10-01', false, '国庆节假日'],
    ['2026-02-16', false, '春节假日'], // a Monday off
    ['2025-09-27', false, '周六'],
    ['2025-09-28', true, '调休上班日（国庆节、中秋节）'], // a Sunday worked
    ['2026-01-04', true, '调休上班日（元旦）'],
    ['2026-02-28', true, '调休上班日（春节）'],
    ['2025-10-09', true, '周四'],
    // Listed in the 2019 notice although they fall in 2018.
    ['2018-12-29', true, '调休上班日（元旦）'],
    ['2018-12-31', false, '元旦假日'],
    // No notice for 2027: ordinary week.
    ['2027-01-01', true, '周五'],
  ])('%s: working %s, %s', (date, working, description) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
    expect(calendar.describe(date)).toBe(description);
  });

  it('knows which years have a published notice', () => {
    expect(calendar.years).toEqual(SHIPPED_HOLIDAY_YEARS.map((y) => y.year));
    expect([2014, 2015, 2026, 2027].map((y) => calendar.hasYear(y))).toEqual([false, true, true, false]);
  });

  it("judges coverage by the date's own year, not by the file that lists it", () => {
    const only2019 = buildCalendar(SHIPPED_HOLIDAY_YEARS.filter((y) => y.year === 2019));
    expect(only2019.isWorkingDay('2018-12-29')).toBe(true);
    expect(only2019.dayInfo('2018-12-29').isCovered).toBe(false);
    expect(only2019.hasYear(2018)).toBe(false);
    expect(calendar.dayInfo('2018-12-29').isCovered).toBe(true);
  });

  it("lets a later notice for the same year replace the shipped one (an administrator's correction)", () => {
    const corrected = buildCalendar([
      ...SHIPPED_HOLIDAY_YEARS,
      { year: 2026, papers: ['更正'], days: [{ date: '2026-10-09', name: '国庆节', isOffDay: true }] },
    ]);
    expect(corrected.describe('2026-10-01')).toBe('周四'); // the shipped 2026 days are gone
    expect(corrected.isWorkingDay('2026-02-28')).toBe(false);
    expect(corrected.describe('2026-10-09')).toBe('国庆节假日');
    expect(corrected.describe('2025-10-01')).toBe('国庆节、中秋节假日'); // other years untouched
  });

  it('refuses a notice with an impossible date', () => {
    expect(() =>
      buildCalendar([
        { year: 2026, papers: [], days: [{ date: '2026-02-30', name: '春节', isOffDay: true }] },
      ]),
    ).toThrow('日期“2026-02-30”无效');
  });
});

describe('working-day helpers', () => {
  it.each([
    ['2025-09-30', 1, '2025-10-09'], // over 国庆
    ['2025-09-26', 1, '2025-09-28'], // a make-up Sunday counts
    ['2025-09-26', 3, '2025-09-30'],
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-14', 1, '2026-02-24'], // over 春节
  ])('%s + %i working days = %s', (date, count, expected) => {
    expect(addWorkingDays(calendar, date, count)).toBe(expected);
  });

  it('refuses a count that is not a positive integer', () => {
    expect(() => addWorkingDays(calendar, '2025-09-26', 0)).toThrow('工作日数应为正整数，当前为0');
  });

  it.each([
    ['2025-10-01', '2025-10-09'],
    ['2025-10-09', '2025-10-09'],
    ['2025-10-11', '2025-10-11'],
    ['2025-03-22', '2025-03-24'],
  ])('the first working day from %s is %s', (date, expected) => {
    expect(nextWorkingDay(calendar, date)).toBe(expected);
  });
});
