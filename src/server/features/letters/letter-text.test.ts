import { describe, expect, it } from 'vitest';
import { documentPatternProblem, formatDocumentNumber } from '../../../shared/api/letters';
import { arabicDate, defaultLetterBody, type LetterFacts, letterTitle, paragraphsOf } from './letter-text';
import { signatureIndents } from './render-letter-docx';

describe('arabicDate', () => {
  it.each([
    ['2026-11-02', '2026年11月2日'],
    ['2026-01-10', '2026年1月10日'],
    ['2030-12-31', '2030年12月31日'],
    ['2027-10-20', '2027年10月20日'],
    ['2026-03-15', '2026年3月15日'],
  ])('%s → %s', (day, expected) => {
    expect(arabicDate(day)).toBe(expected);
  });
});

describe('document numbers', () => {
  it('formats the pattern without leading zeros', () => {
    expect(formatDocumentNumber('柯司建〔{year}〕{n}号', 2026, 7)).toBe('柯司建〔2026〕7号');
  });

  it.each([
    ['柯司建〔{year}〕{n}号', null],
    ['柯司建〔2026〕{n}号', '文号规则中应含且仅含一个 {year}（年份）'],
    ['柯司建〔{year}〕号', '文号规则中应含且仅含一个 {n}（序号）'],
    ['柯司建〔{year}〕{n}{n}号', '文号规则中应含且仅含一个 {n}（序号）'],
    ['{org}〔{year}〕{n}号', '文号规则中的 {org} 无法识别，只能使用 {year} 和 {n}'],
  ])('%s → %s', (pattern, problem) => {
    expect(documentPatternProblem(pattern)).toBe(problem);
  });
});

describe('signature and date (GB/T 9704 §7.3.5.2)', () => {
  it('puts the date two characters from the right and its first character two right of the signature', () => {
    // 6-character signature, 10-character date: the date decides.
    expect(signatureIndents('柯城区司法局', '2026年11月2日')).toEqual({ signature: 8, date: 2 });
    // A long signature keeps two characters from the right.
    const long = '衢州市柯城区人民政府办公室';
    const indents = signatureIndents(long, '2026年1月10日');
    expect(indents.signature).toBe(2);
    expect(indents.date + '2026年1月10日'.length).toBe(indents.signature + long.length - 2);
  });
});

const facts: LetterFacts = {
  kind: 'appearance-suggestion',
  caseNumber: '（2026）浙0825行初15号',
  courtName: '龙游县人民法院',
  subject: '房屋征收补偿决定',
  plaintiffNames: ['甲', '乙', '丙', '丁'],
  addresseeName: '柯城区自然资源和规划局',
  issuerName: '柯城区司法局',
  hearing: null,
  head: null,
  judgment: null,
};

describe('letter text', () => {
  it('asks for the head in general when none is designated, and shortens a long plaintiff list', () => {
    expect(letterTitle(facts)).toBe('关于建议负责人出庭应诉（2026）浙0825行初15号案件的函');
    const body = defaultLetterBody(facts);
    expect(body[0]).toBe(
      '甲、乙、丙等4人诉贵单位房屋征收补偿决定一案，龙游县人民法院已立案受理，案号为（2026）浙0825行初15号。',
    );
    expect(body[2]).toContain('建议贵单位主要负责人或者分管该案所涉事项的负责人出庭应诉');
    expect(body.at(-1)).toBe('特此函告。');
  });

  it('does not repeat the agency after 贵单位', () => {
    const body = defaultLetterBody({ ...facts, subject: '柯城区自然资源和规划局作出的房屋征收补偿决定' });
    expect(body[0]).toContain('诉贵单位作出的房屋征收补偿决定一案');
  });

  it('shows the hearing in China time', () => {
    const body = defaultLetterBody({
      ...facts,
      hearing: { scheduledAt: new Date('2026-11-05T06:00:00Z'), courtRoom: null },
    });
    expect(body[0]).toContain('定于2026年11月5日14时开庭审理');
  });

  it('splits a typed body into paragraphs', () => {
    expect(paragraphsOf(' 第一段 \r\n\r\n第二段\n')).toEqual(['第一段', '第二段']);
  });
});
