import { describe, expect, it } from 'vitest';
import { caseNumberFeedback } from './case-number-feedback';
import { namePathOf, nearestField } from './form-errors';

describe('the intake form’s word on a 案号 as it is typed', () => {
  it('shows the recognised parts of a valid number', () => {
    const feedback = caseNumberFeedback('(2026) 浙0825行初８８号', 2026);
    expect(feedback.problems).toEqual([]);
    expect(feedback.parts).toEqual([
      { label: '收案年度', value: '2026' },
      { label: '法院代字', value: '浙0825' },
      { label: '类型', value: '行初（行政一审）' },
      { label: '案件编号', value: '88' },
    ]);
    expect(feedback.parsed.normalized).toBe('（2026）浙0825行初88号');
  });

  it('says what is missing while the number is unfinished', () => {
    expect(caseNumberFeedback('（2026）浙0825行初', 2026).problems).toEqual([
      '缺少案件编号：类型代字“行初”后应为阿拉伯数字编号，如“行初12号”',
    ]);
  });

  it('refuses a well-formed number of a case that is not administrative', () => {
    expect(caseNumberFeedback('（2026）浙0825民初8号', 2026).problems).toEqual([
      '“民事一审”不是行政案件类型，请核对案号',
    ]);
  });

  it('refuses a year after the current one', () => {
    expect(caseNumberFeedback('（2027）浙0825行初8号', 2026).problems).toEqual([
      '收案年度2027年晚于当前年度2026年，请核对',
    ]);
  });
});

describe('server field errors find their row', () => {
  it('reads list indices as numbers and drops a prefix', () => {
    expect(namePathOf('plaintiffs.0.idNumber')).toEqual(['plaintiffs', 0, 'idNumber']);
    expect(namePathOf('payload.servedOn', ['payload'])).toEqual(['servedOn']);
  });

  it('falls back to the nearest field the form has', () => {
    const known = [
      'plaintiffs',
      'plaintiffs.0.name',
      'plaintiffs.0.idNumber',
      'defendants',
      'defendants.0.organisationId',
    ];
    expect(nearestField(['plaintiffs', 0, 'idNumber'], known)).toEqual(['plaintiffs', 0, 'idNumber']);
    expect(nearestField(['defendants', 1, 'organisationId'], known)).toEqual(['defendants']);
    expect(nearestField(['service', 'servedOn'], known)).toBeNull();
  });
});
