import { describe, expect, it } from 'vitest';
import {
  changeLabel,
  defaultNewReportPeriod,
  defaultReportNumberPattern,
  firstPublishableDay,
  parsePeriod,
  periodOpenRefusal,
  periodRefusal,
  recentPeriods,
  samePeriodLastYear,
} from './periodic-reports';

describe('report periods', () => {
  it.each([
    ['month', '2026-02', '2026-02-01', '2026-02-28', '2026年2月', 1],
    ['month', '2028-02', '2028-02-01', '2028-02-29', '2028年2月', 1],
    ['quarter', '2026-Q3', '2026-07-01', '2026-09-30', '2026年第三季度', 3],
    ['quarter', '2026-Q4', '2026-10-01', '2026-12-31', '2026年第四季度', 3],
    ['half-year', '2026-H1', '2026-01-01', '2026-06-30', '2026年上半年', 6],
    ['half-year', '2026-H2', '2026-07-01', '2026-12-31', '2026年下半年', 6],
    ['year', '2026', '2026-01-01', '2026-12-31', '2026年', 12],
  ] as const)('%s %s → %s … %s, %s', (kind, key, from, to, label, months) => {
    const period = parsePeriod(kind, key)!;
    expect([period.from, period.to, period.label, period.months.length]).toEqual([from, to, label, months]);
  });

  it.each([
    ['month', '2026-13'],
    ['month', '2026-1'],
    ['quarter', '2026-Q0'],
    ['quarter', '2026-10'],
    ['half-year', '2026-H3'],
    ['year', '26'],
  ] as const)('refuses %s %s', (kind, key) => {
    expect(parsePeriod(kind, key)).toBeNull();
  });

  it('finds the same period a year earlier, and refuses a period not begun', () => {
    expect(samePeriodLastYear(parsePeriod('quarter', '2026-Q3')!).key).toBe('2025-Q3');
    expect(periodRefusal(parsePeriod('quarter', '2026-Q4')!, '2026-11-02')).toBeNull();
    expect(periodRefusal(parsePeriod('year', '2027')!, '2026-11-02')).toBe('2027年尚未开始，不能编制报告');
  });

  it.each([
    // kind, key, today (China), refusal to publish or null
    [
      'quarter',
      '2026-Q4',
      '2026-11-22',
      '2026年第四季度尚未结束（截至2026-12-31），不能发布报告；2027-01-01起可以发布',
    ],
    [
      'quarter',
      '2026-Q4',
      '2026-12-31',
      '2026年第四季度尚未结束（截至2026-12-31），不能发布报告；2027-01-01起可以发布',
    ],
    ['quarter', '2026-Q4', '2027-01-01', null],
    ['quarter', '2026-Q3', '2026-11-22', null],
    [
      'month',
      '2026-11',
      '2026-11-30',
      '2026年11月尚未结束（截至2026-11-30），不能发布报告；2026-12-01起可以发布',
    ],
    [
      'month',
      '2028-02',
      '2028-02-29',
      '2028年2月尚未结束（截至2028-02-29），不能发布报告；2028-03-01起可以发布',
    ],
    [
      'half-year',
      '2026-H2',
      '2026-07-01',
      '2026年下半年尚未结束（截至2026-12-31），不能发布报告；2027-01-01起可以发布',
    ],
    ['half-year', '2026-H1', '2026-07-01', null],
    ['year', '2026', '2026-11-22', '2026年尚未结束（截至2026-12-31），不能发布报告；2027-01-01起可以发布'],
  ] as const)('publishing %s %s on %s: %s', (kind, key, today, refusal) => {
    expect(periodOpenRefusal(parsePeriod(kind, key)!, today, '发布')).toBe(refusal);
  });

  it('names the first day a report can be published or submitted', () => {
    expect(firstPublishableDay(parsePeriod('month', '2026-02')!)).toBe('2026-03-01');
    expect(firstPublishableDay(parsePeriod('year', '2026')!)).toBe('2027-01-01');
    expect(periodOpenRefusal(parsePeriod('quarter', '2026-Q4')!, '2026-11-22', '上报')).toBe(
      '2026年第四季度尚未结束（截至2026-12-31），不能上报报告；2027-01-01起可以上报',
    );
  });

  it('starts a new report on the latest ended period without one, else the running one', () => {
    const quarters = recentPeriods('quarter', '2026-11-22', 8);
    const pick = (taken: string[]) =>
      defaultNewReportPeriod(quarters, '2026-11-22', (key) => taken.includes(key))?.key ?? null;
    expect(pick([])).toBe('2026-Q3');
    expect(pick(['2026-Q3'])).toBe('2026-Q2');
    expect(pick(['2026-Q3', '2026-Q2', '2026-Q4'])).toBe('2026-Q1');
    expect(pick(quarters.slice(1).map((p) => p.key))).toBe('2026-Q4');
    expect(pick(quarters.map((p) => p.key))).toBeNull();
  });

  it('lists recent periods, latest first, across a year end', () => {
    expect(recentPeriods('quarter', '2026-02-10', 3).map((p) => p.key)).toEqual([
      '2026-Q1',
      '2025-Q4',
      '2025-Q3',
    ]);
    expect(recentPeriods('month', '2026-01-31', 2).map((p) => p.key)).toEqual(['2026-01', '2025-12']);
    expect(recentPeriods('half-year', '2026-11-02', 3).map((p) => p.key)).toEqual([
      '2026-H2',
      '2026-H1',
      '2025-H2',
    ]);
  });

  it('numbers a county’s reports 衢柯司〔{year}〕季通报{n}号 and a city’s 衢司〔…〕', () => {
    expect(defaultReportNumberPattern(['衢州市人民政府', '柯城区人民政府'], 'quarter')).toBe(
      '衢柯司〔{year}〕季通报{n}号',
    );
    expect(defaultReportNumberPattern(['衢州市人民政府'], 'year')).toBe('衢司〔{year}〕年度报告{n}号');
  });

  it('says the change against last year', () => {
    expect([changeLabel(12, 9), changeLabel(3, 5), changeLabel(4, 4)]).toEqual([
      '增加3件',
      '减少2件',
      '持平',
    ]);
  });
});
