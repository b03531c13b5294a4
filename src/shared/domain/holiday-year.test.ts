import { describe, expect, it } from 'vitest';
import { SHIPPED_HOLIDAY_YEARS } from '../data/holidays-cn';
import { holidayYearBounds, holidayYearProblems, normaliseHolidayDays } from './holiday-year';

const day = (date: string, isOffDay = true, name = '春节') => ({ date, name, isOffDay });

describe('holiday year checks', () => {
  it('accepts every shipped year but the one weekday the 2020 data lists as worked', () => {
    const problems = SHIPPED_HOLIDAY_YEARS.flatMap((year) =>
      holidayYearProblems(year.year, year.days).map((p) => `${year.year} ${p.message}`),
    );
    // 2020-02-03 ends the extended 春节 break (国办发明电〔2020〕1号); a Monday is a working day anyway.
    expect(problems).toEqual(['2020 第13行：2020-02-03是周一，本来就是工作日；“调休上班”只能设在周六或周日']);
  });

  it('lets a notice reach a week into the neighbouring years, as the 2019 notice does', () => {
    expect(holidayYearBounds(2019)).toEqual({ first: '2018-12-25', last: '2020-01-07' });
    expect(holidayYearProblems(2019, [day('2018-12-29', false, '元旦')])).toEqual([]);
    expect(holidayYearProblems(2019, [day('2018-12-24')])).toEqual([
      {
        field: 'days.0.date',
        message: '第1行：日期 2018-12-24 不在2019年内（通知可涉及的日期为 2018-12-25 至 2020-01-07）',
      },
    ]);
  });

  it.each([
    [[day('2027-02-30')], 'days.0.date', '第1行：日期“2027-02-30”无效，应为 YYYY-MM-DD 格式的真实日期'],
    [[day('2027/02/10')], 'days.0.date', '第1行：日期“2027/02/10”无效，应为 YYYY-MM-DD 格式的真实日期'],
    [
      [day('2027-02-10'), day('2027-02-10')],
      'days.1.date',
      '第2行：日期 2027-02-10 与第1行重复，每天只能有一条安排',
    ],
    // 2027-02-10 is a Wednesday.
    [
      [day('2027-02-10', false)],
      'days.0.isOffDay',
      '第1行：2027-02-10是周三，本来就是工作日；“调休上班”只能设在周六或周日',
    ],
    [[day('2027-02-10', true, '  ')], 'days.0.name', '第1行：请填写节日名称，如“春节”'],
  ])('refuses %j', (days, field, message) => {
    expect(holidayYearProblems(2027, days)).toEqual([{ field, message }]);
  });

  it('accepts a make-up working day on a weekend and sorts the days', () => {
    // 2027-02-06 is a Saturday.
    const days = [day('2027-02-10'), day(' 2027-02-06 ', false, ' 春节 ')];
    expect(holidayYearProblems(2027, normaliseHolidayDays(days))).toEqual([]);
    expect(normaliseHolidayDays(days)).toEqual([day('2027-02-06', false), day('2027-02-10')]);
  });
});
