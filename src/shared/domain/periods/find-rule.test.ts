import { describe, expect, it } from 'vitest';
import { isValidDate } from './dates';
import { findRule, ruleVersions } from './find-rule';
import { PERIOD_RULES } from './rules';

const BINZHOU_ARTICLES = '一、明确三方职责之二；二、落实六项制度之二（“两报告一备案一通报”制度）';

describe('PERIOD_RULES', () => {
  it.each([
    ['litigation.defence', 15, 'calendar-days', '第六十七条'],
    ['litigation.appeal.judgment', 15, 'calendar-days', '第八十五条'],
    ['litigation.appeal.ruling', 10, 'calendar-days', '第八十五条'],
    ['court.first-instance', 6, 'months', '第八十一条'],
    ['court.simplified', 45, 'calendar-days', '第八十三条'],
    ['court.second-instance', 3, 'months', '第八十八条'],
    ['reconsideration.acceptance', 5, 'working-days', '第三十条、第八十八条'],
    ['reconsideration.reply', 10, 'working-days', '第四十八条、第八十八条'],
    ['reconsideration.decision', 60, 'calendar-days', '第六十二条'],
    ['reconsideration.opinion-report', 60, 'calendar-days', '第七十六条'],
    ['judicial-suggestion.reply', 2, 'months', '第八条'],
    ['judicial-suggestion.reply.normative-document', 60, 'calendar-days', '第一百四十九条'],
    ['local.litigation.report-to-office', 5, 'calendar-days', BINZHOU_ARTICLES],
    ['local.judgment.filing', 5, 'calendar-days', BINZHOU_ARTICLES],
  ])('%s in force today: %i %s, %s', (id, length, unit, article) => {
    const rule = findRule(id, '2025-06-30');
    expect({ length: rule.length, unit: rule.unit, article: rule.basis.article }).toEqual({
      length,
      unit,
      article,
    });
  });

  it('lets the locality change only the 滨州 local rules', () => {
    const overridable = PERIOD_RULES.filter((rule) => rule.localOverridable).map((rule) => rule.id);
    expect(overridable).toEqual(['local.litigation.report-to-office', 'local.judgment.filing']);
    for (const id of overridable) {
      expect(findRule(id, '2025-06-30').basis.law).toBe('滨州市创新实施“3632”行政应诉长效工作机制');
    }
  });

  it('has valid, non-overlapping effective dates for every version of a rule', () => {
    const ids = [...new Set(PERIOD_RULES.map((rule) => rule.id))];
    for (const id of ids) {
      const versions = ruleVersions(id);
      expect(versions.map((rule) => rule.version)).toEqual(versions.map((_, index) => index + 1));
      for (const rule of versions) {
        for (const date of [rule.effectiveFrom, rule.effectiveTo]) {
          if (date !== null) expect(isValidDate(date)).toBe(true);
        }
      }
      for (let i = 1; i < versions.length; i++) {
        const previousEnd = versions[i - 1]!.effectiveTo;
        const nextStart = versions[i]!.effectiveFrom;
        expect(previousEnd !== null && nextStart !== null && previousEnd < nextStart, id).toBe(true);
      }
    }
  });
});

describe('findRule', () => {
  // 行政复议法 2023 revision in force 2024-01-01; earlier cases follow the 1999 law.
  it.each([
    [
      'reconsideration.reply',
      '2023-12-31',
      1,
      10,
      'calendar-days',
      '第二十三条',
      '1999年通过，2009年、2017年修正',
    ],
    ['reconsideration.reply', '2024-01-01', 2, 10, 'working-days', '第四十八条、第八十八条', '2023年修订'],
    [
      'reconsideration.acceptance',
      '2023-06-01',
      1,
      5,
      'working-days',
      '第十七条、第四十条',
      '1999年通过，2009年、2017年修正',
    ],
    ['reconsideration.acceptance', '2024-06-01', 2, 5, 'working-days', '第三十条、第八十八条', '2023年修订'],
    [
      'reconsideration.decision',
      '2023-12-31',
      1,
      60,
      'calendar-days',
      '第三十一条',
      '1999年通过，2009年、2017年修正',
    ],
    ['reconsideration.decision', '2024-01-01', 2, 60, 'calendar-days', '第六十二条', '2023年修订'],
  ])('%s on %s → version %i (%i %s, %s)', (id, date, version, length, unit, article, lawVersion) => {
    const rule = findRule(id, date);
    expect(rule).toMatchObject({ version, length, unit, basis: { article, version: lawVersion } });
  });

  it.each([
    ['litigation.defence', '2015-04-30', '2015-04-30时没有有效的“答辩和举证期限”规则（litigation.defence）'],
    [
      'reconsideration.opinion-report',
      '2023-12-31',
      '2023-12-31时没有有效的“行政复议意见书纠正情况报送期限”规则（reconsideration.opinion-report）',
    ],
    ['litigation.nonexistent', '2025-01-01', '没有编号为“litigation.nonexistent”的期间规则'],
    ['litigation.defence', '2025-02-30', '日期“2025-02-30”无效，应为YYYY-MM-DD格式的真实日期'],
  ])('refuses %s on %s', (id, date, message) => {
    expect(() => findRule(id, date)).toThrow(message);
  });

  it('finds the 2015 litigation rules from the day the 2014 revision took effect', () => {
    expect(findRule('litigation.defence', '2015-05-01').length).toBe(15);
  });
});
