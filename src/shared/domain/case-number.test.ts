import { describe, expect, it } from 'vitest';
import { cleanCaseNumber, parseCaseNumber, toChineseNumeral } from './case-number';
import { ADMINISTRATIVE_TYPE_CODES, CASE_TYPES } from './case-number-tables';

const Y = { currentYear: 2025 };
const parse = (raw: string) => parseCaseNumber(raw, Y);

describe('案号: the examples of domain.md §4', () => {
  it.each([
    ['（2021）浙0825行初12号', '浙0825', '行初', '行政一审', 12],
    ['（2021）苏8601行初923号', '苏8601', '行初', '行政一审', 923],
    ['（2021）苏01行赔终71号', '苏01', '行赔终', '行政赔偿二审', 71],
  ])('%s', (raw, courtCode, typeCode, typeName, number) => {
    expect(parse(raw)).toEqual({
      valid: true,
      year: 2021,
      courtCode,
      specialCode: null,
      typeCode,
      typeName,
      number,
      suffix: null,
      administrative: true,
      legacy: false,
      normalized: raw,
      errors: [],
    });
  });
});

describe('类型代字', () => {
  // The administrative list of domain.md §4 with the names of the SPC annex.
  const administrative: [string, string][] = [
    ['行初', '行政一审'],
    ['行终', '行政二审'],
    ['行再', '行政再审'],
    ['行申', '行政申请再审审查'],
    ['行监', '行政依职权再审审查'],
    ['行抗', '行政抗诉再审审查'],
    ['行审', '非诉行政行为申请执行审查'],
    ['行审复', '非诉行政行为申请执行审查复议'],
    ['行他', '其他行政案件'],
    ['行辖', '行政管辖'],
    ['行辖终', '行政管辖上诉'],
    ['行赔初', '行政赔偿一审'],
    ['行赔终', '行政赔偿二审'],
    ['行赔再', '行政赔偿再审'],
    ['行赔申', '行政赔偿申请再审审查'],
    ['行赔监', '行政赔偿依职权再审审查'],
    ['行赔抗', '行政赔偿抗诉再审审查'],
    ['行赔他', '其他行政赔偿案件'],
    ['赔辖', '行政赔偿管辖'],
    ['赔辖终', '行政赔偿管辖上诉'],
    ['司救行', '行政司法救助'],
  ];

  it('the administrative codes are exactly those of domain.md §4', () => {
    expect([...ADMINISTRATIVE_TYPE_CODES].sort()).toEqual(administrative.map(([code]) => code).sort());
  });

  it.each(administrative)('%s is administrative: %s', (code, name) => {
    const r = parse(`（2021）浙0825${code}12号`);
    expect(r).toMatchObject({
      valid: true,
      typeCode: code,
      typeName: name,
      administrative: true,
      number: 12,
    });
  });

  it.each([
    ['行保', '非诉行为保全审查'],
    ['行保复', '非诉行为保全复议'],
    ['执', '首次执行'],
    ['执恢', '恢复执行'],
    ['执异', '执行异议'],
    ['执复', '执行复议'],
    ['执监', '执行监督'],
    ['执保', '财产保全执行'],
    ['民初', '民事一审'],
    ['民终', '民事二审'],
    ['民再', '民事再审'],
    ['民申', '民事申请再审审查'],
    ['民特', '民事特别程序'],
    ['民辖', '民事管辖'],
    ['刑初', '刑事一审'],
    ['刑终', '刑事二审'],
    ['刑再', '刑事再审'],
    ['刑申', '刑事申诉再审审查'],
    ['破', '破产'],
    ['破申', '破产申请审查'],
    ['委赔', '赔偿委员会审理赔偿'],
    ['民诉前调', '民事诉前调解'],
  ])('%s is recognised but not administrative: %s', (code, name) => {
    const r = parse(`（2021）浙0825${code}3号`);
    expect(r).toMatchObject({
      valid: true,
      typeCode: code,
      typeName: name,
      administrative: false,
      number: 3,
    });
  });

  it.each(Object.entries(CASE_TYPES))('every code of the table parses: %s', (code, type) => {
    const r = parse(`（2022）苏01${code}7号`);
    expect(r).toMatchObject({ valid: true, typeCode: code, typeName: type.name });
    expect(r.administrative).toBe(type.administrative);
    expect(r.normalized).toBe(`（2022）苏01${code}7号`);
  });

  it.each([
    ['（2021）浙0825行审复1号', '行审复'],
    ['（2021）浙0825行审1号', '行审'],
    ['（2021）浙0825执恢1号', '执恢'],
    ['（2021）浙0825执1号', '执'],
    ['（2021）浙0825行赔初1号', '行赔初'],
    ['（2021）浙0825赔辖终1号', '赔辖终'],
  ])('longest match: %s → %s', (raw, code) => {
    expect(parse(raw).typeCode).toBe(code);
  });
});

describe('法院代字 and 专门审判代字', () => {
  it.each([
    ['（2019）最高法行申1号', '最高法', null],
    ['（2019）最高法知民终1号', '最高法', '知'],
    ['（2023）最高法知行终475号', '最高法', '知'],
    ['（2021）陕01知民初3078号', '陕01', '知'],
    ['（2020）浙行终5号', '浙', null], // high court
    ['（2021）黔01行初8号', '黔01', null], // 贵州 is 黔
    ['（2020）云01行初8号', '云01', null], // 云南 is 云
    ['（2019）陕71行初8号', '陕71', null], // railway intermediate court
    ['（2019）沪72行初8号', '沪72', null], // maritime
    ['（2019）京73行初8号', '京73', null], // IP court
    ['（2019）豫96行终8号', '豫96', null], // 96–99 (法〔2018〕335号)
    ['（2019）内01行初8号', '内01', null], // 内蒙古 is 内
    ['（2019）兵0101行初8号', '兵0101', null], // 新疆兵团
    ['（2019）军行初8号', '军', null],
  ])('%s', (raw, courtCode, specialCode) => {
    const r = parse(raw);
    expect(r.errors).toEqual([]);
    expect(r).toMatchObject({ valid: true, courtCode, specialCode, normalized: raw });
  });
});

describe('lenient input, exact normalisation', () => {
  it.each([
    ['(2021)浙0825行初12号', '（2021）浙0825行初12号'],
    ['〔2021〕浙0825行初12号', '（2021）浙0825行初12号'],
    ['[2021]浙0825行初12号', '（2021）浙0825行初12号'],
    ['【2021】浙0825行初12号', '（2021）浙0825行初12号'],
    ['（2021)浙0825行初12号', '（2021）浙0825行初12号'],
    ['（２０２１）浙０８２５行初１２号', '（2021）浙0825行初12号'],
    ['  （2021） 浙 0825 行初 12 号 ', '（2021）浙0825行初12号'],
    ['（2021）\u3000浙0825\t行初12号', '（2021）浙0825行初12号'],
    ['（2021）浙0825行初12号之五', '（2021）浙0825行初12号之五'],
    ['（2021）浙0825行初12号之12', '（2021）浙0825行初12号之十二'],
    ['（2021）浙0825行初12号之１', '（2021）浙0825行初12号之一'],
    ['（2021）浙0825行初12号 之 二十一', '（2021）浙0825行初12号之二十一'],
    ['(2019)最高法知民终1号', '（2019）最高法知民终1号'],
  ])('%j → %s', (raw, normalized) => {
    const r = parse(raw);
    expect(r.errors).toEqual([]);
    expect(r.normalized).toBe(normalized);
  });

  it.each([
    ['（2021）浙0825行初12号之五', 5],
    ['（2021）浙0825行初12号之十', 10],
    ['（2021）浙0825行初12号之12', 12],
    ['（2021）浙0825行初12号之九十九', 99],
    ['（2021）浙0825行初12号之一百零五', 105],
  ])('%s has suffix %i', (raw, suffix) => {
    expect(parse(raw)).toMatchObject({ valid: true, suffix });
  });

  it('cleans spaces, digits and brackets without judging', () => {
    expect(cleanCaseNumber(' 〔２０２１】 浙 ')).toBe('（2021）浙');
  });

  it.each([
    [1, '一'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [99, '九十九'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [999, '九百九十九'],
  ])('Chinese numeral of %i is %s', (n, text) => {
    expect(toChineseNumeral(n)).toBe(text);
  });
});

describe('malformed numbers: every problem named in Chinese', () => {
  it.each([
    ['', ['请填写案号，格式如“（2021）浙0825行初12号”']],
    ['   ', ['请填写案号，格式如“（2021）浙0825行初12号”']],
    ['浙0825行初12号', ['案号应以括号括起的收案年度开头，格式如“（2021）浙0825行初12号”']],
    ['2021浙0825行初12号', ['收案年度应放在括号中，如“（2021）”']],
    ['2021）浙0825行初12号', ['收案年度前缺少左括号：应写作“（2021）”']],
    ['（2021浙0825行初12号', ['收案年度的括号没有闭合：“（2021”后应有“）”']],
    ['（21）浙0825行初12号', ['收案年度应为4位数字（如“2021”），当前为“21”（2位）']],
    ['（20211）浙0825行初12号', ['收案年度应为4位数字（如“2021”），当前为“20211”（5位）']],
    ['（）浙0825行初12号', ['括号中缺少收案年度：应为4位数字，如“（2021）”']],
    ['（二〇二一）浙0825行初12号', ['收案年度应为4位阿拉伯数字（如“2021”），当前为“二〇二一”']],
    ['（2021）', ['收案年度后缺少法院代字、类型代字和案件编号，格式如“（2021）浙0825行初12号”']],
    [
      '（2021）浙082行初12号',
      [
        '法院代字“浙082”有误：省级简称后应为2位数字（中级法院）或4位数字（基层法院），高级法院不带数字，当前为3位',
      ],
    ],
    [
      '（2021）浙08251行初12号',
      [
        '法院代字“浙08251”有误：省级简称后应为2位数字（中级法院）或4位数字（基层法院），高级法院不带数字，当前为5位',
      ],
    ],
    ['（2021）浙00行初12号', ['法院代字“浙00”有误：数字代码中的两位段不能为“00”']],
    ['（2021）浙0800行初12号', ['法院代字“浙0800”有误：数字代码中的两位段不能为“00”']],
    ['（2021）最高法01行初1号', ['最高人民法院的法院代字为“最高法”，后面不带数字（当前为“最高法01”）']],
    ['（2021）最高院行初1号', ['最高人民法院的法院代字为“最高法”']],
    ['（2021）行初12号', ['缺少法院代字：收案年度后应先写法院代字（如“浙0825”），再写类型代字“行初”']],
    ['（2021）0825行初12号', ['缺少法院代字的省级简称：数字代码“0825”前应有省级简称，如“浙0825”']],
    [
      '（2021）浙0825行X12号',
      [
        '“行X”不是已知的类型代字：行政案件常用“行初”（一审）、“行终”（二审）、“行申”（申请再审审查）、“行再”（再审）、“行审”（非诉执行审查）',
      ],
    ],
    [
      '（2021）浙0825执行12号',
      [
        '“执行”不是已知的类型代字：行政案件常用“行初”（一审）、“行终”（二审）、“行申”（申请再审审查）、“行再”（再审）、“行审”（非诉执行审查）',
      ],
    ],
    ['（2021）浙08251号', ['缺少类型代字：法院代字和案件编号之间应写类型代字，如“浙0825行初12号”']],
    ['（2021）浙0825号', ['缺少类型代字：法院代字和案件编号之间应写类型代字，如“浙0825行初12号”']],
    ['（2021）12号', ['收案年度后缺少法院代字和类型代字，格式如“（2021）浙0825行初12号”']],
    ['（2021）浙0825', ['法院代字后缺少类型代字和案件编号，格式如“（2021）浙0825行初12号”']],
    ['（2021）浙0825行初号', ['缺少案件编号：类型代字“行初”后应为阿拉伯数字编号，如“行初12号”']],
    ['（2021）浙0825行初', ['缺少案件编号：类型代字“行初”后应为阿拉伯数字编号，如“行初12号”']],
    ['（2021）浙0825行初十二号', ['案件编号应为阿拉伯数字，当前为“十二”']],
    ['（2021）浙0825行初第12号', ['类型代字“行初”后应直接写案件编号，不加“第”，如“行初12号”']],
    ['（2021）浙0825行初0号', ['案件编号不能为0，应为从1起的正整数']],
    ['（2021）浙0825行初012号', ['案件编号“012”不应以0开头，应写作“12”']],
    ['（2021）浙0825行初123456789号', ['案件编号“123456789”过长：案件编号最多8位']],
    ['（2021）浙0825行初12', ['案号应以“号”结尾：请在“12”后加上“号”']],
    ['（2021）浙0825行初12-1号', ['案件编号“12”后应为“号”，当前为“-1号”']],
    ['（2021）浙0825行初12号abc', ['“号”后不应再有文字（只允许“之N”，如“号之五”），当前多出“abc”']],
    [
      '（2021）浙0825行初12号行政判决书',
      ['“号”后不应再有文字（只允许“之N”，如“号之五”），当前多出“行政判决书”'],
    ],
    ['（2021）浙0825行初12号之', ['“号之”后缺少序号，如“号之五”或“号之12”']],
    ['（2021）浙0825行初12号之0', ['“号之”后的序号不能为0，应从1起']],
    ['（2021）浙0825行初12号之05', ['“号之”后的序号“05”不应以0开头，应写作“5”']],
    ['（2021）浙0825行初12号之1000', ['“号之”后的序号应在1至999之间，当前为1000']],
    ['（2021）浙0825行初12号之x', ['“号之”后的序号应为数字，如“号之五”或“号之12”，当前为“x”']],
    ['（2021）浙0825行初12号之一十二', ['“号之”后的序号应为数字，如“号之五”或“号之12”，当前为“一十二”']],
    [
      '（2021）浙0825行初字第12号',
      ['“字第”是2016年以前旧案号的写法；2016年起的案号不写“字第”，格式如“（2021）浙0825行初12号”'],
    ],
  ])('%j', (raw, errors) => {
    const r = parse(raw);
    expect(r.errors).toEqual(errors);
    expect(r.valid).toBe(false);
    expect(r.normalized).toBeNull();
  });

  it('reports independent problems together and keeps the parts it could read', () => {
    const r = parse('（2026）浙082行初012号');
    expect(r.errors).toEqual([
      '收案年度2026年晚于当前年度2025年，请核对',
      '法院代字“浙082”有误：省级简称后应为2位数字（中级法院）或4位数字（基层法院），高级法院不带数字，当前为3位',
      '案件编号“012”不应以0开头，应写作“12”',
    ]);
    expect(r).toMatchObject({ valid: false, year: 2026, courtCode: null, typeCode: '行初', number: 12 });
  });
});

describe('收案年度 against the current year', () => {
  it('accepts the current year and rejects the next one', () => {
    expect(parseCaseNumber('（2025）浙0825行初1号', { currentYear: 2025 }).valid).toBe(true);
    expect(parseCaseNumber('（2026）浙0825行初1号', { currentYear: 2025 })).toMatchObject({
      valid: false,
      year: 2026,
      errors: ['收案年度2026年晚于当前年度2025年，请核对'],
    });
  });

  it('defaults to the clock’s year', () => {
    const next = new Date().getFullYear() + 1;
    expect(parseCaseNumber(`（${next}）浙0825行初1号`).errors).toEqual([
      `收案年度${next}年晚于当前年度${next - 1}年，请核对`,
    ]);
    expect(parseCaseNumber(`（${next - 1}）浙0825行初1号`).valid).toBe(true);
  });
});

describe('unknown province abbreviations', () => {
  it.each([
    ['（2021）蒙01行初12号', '“蒙”不是法院代字：内蒙古自治区各级法院的法院代字以“内”开头'],
    ['（2021）贵01行初12号', '“贵”不是法院代字：贵州省各级法院的法院代字以“黔”开头'],
    ['（2021）滇01行初12号', '“滇”不是法院代字：云南省各级法院的法院代字以“云”开头'],
    [
      '（2021）港01行初12号',
      '“港”不是有效的法院代字：应为“最高法”或省级简称（如“京”“浙”“苏”），中级、基层法院在简称后加2位或4位数字（如“浙08”“浙0825”）',
    ],
  ])('%s', (raw, error) => {
    const r = parse(raw);
    expect(r.errors).toEqual([error]);
    // The rest was still read, so the form can show what else is right.
    expect(r).toMatchObject({ valid: false, courtCode: null, typeCode: '行初', number: 12 });
  });
});

describe('numbers received before 2016 (old format)', () => {
  const legacyError =
    '收案年度2015年早于2016年：2016年1月1日以前收案的案件使用旧案号格式（如“（2015）金中民一初字第14号”），' +
    '不能按现行规则（法〔2015〕137号）解析，只能按原文保存';

  it.each(['（2015）金中民一初字第14号', '(2015)金中民一初字第14号', '（2015）浙0825行初12号'])(
    '%s',
    (raw) => {
      expect(parse(raw)).toEqual({
        valid: false,
        year: 2015,
        courtCode: null,
        specialCode: null,
        typeCode: null,
        typeName: null,
        number: null,
        suffix: null,
        administrative: false,
        legacy: true,
        normalized: null,
        errors: [legacyError],
      });
    },
  );

  it('the first year of the current rules is not legacy', () => {
    expect(parse('（2016）浙0825行初1号')).toMatchObject({ valid: true, legacy: false });
  });
});
