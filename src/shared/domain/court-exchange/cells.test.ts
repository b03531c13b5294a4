import { describe, expect, it } from 'vitest';
import {
  cellText,
  labelKey,
  parseChinaDateTime,
  parseChoice,
  parseDay,
  parseWallTime,
  parseYesNo,
  splitList,
  toHalfWidth,
} from './cells';
import { decodeCsv, parseCsv } from './csv';

describe('dates and times as courts write them', () => {
  it.each([
    ['2026年3月5日 上午9:30', '2026-03-05T09:30:00+08:00'],
    ['2026年3月5日上午9:30', '2026-03-05T09:30:00+08:00'],
    ['2026年3月5日 下午2:30', '2026-03-05T14:30:00+08:00'],
    ['2026年3月5日 14时30分', '2026-03-05T14:30:00+08:00'],
    ['2026年3月5日 9点', '2026-03-05T09:00:00+08:00'],
    ['2026-03-05 09:30', '2026-03-05T09:30:00+08:00'],
    ['2026-03-05T09:30', '2026-03-05T09:30:00+08:00'],
    ['2026-03-05 09:30:00', '2026-03-05T09:30:00+08:00'],
    ['2026/3/5 9:30', '2026-03-05T09:30:00+08:00'],
    ['2026.3.5 9:30', '2026-03-05T09:30:00+08:00'],
    ['２０２６－０３－０５　０９：３０', '2026-03-05T09:30:00+08:00'],
    ['  2026-03-05   09:30 ', '2026-03-05T09:30:00+08:00'],
    ['2026年3月5日 下午12:15', '2026-03-05T12:15:00+08:00'],
    ['2026年3月5日 上午12:15', '2026-03-05T00:15:00+08:00'],
  ])('reads %s', (text, iso) => {
    expect(parseChinaDateTime(text)).toEqual({ ok: true, value: iso });
  });

  it('reads an Excel date cell by its wall-clock parts', () => {
    expect(parseChinaDateTime(new Date(Date.UTC(2026, 2, 5, 9, 30)))).toEqual({
      ok: true,
      value: '2026-03-05T09:30:00+08:00',
    });
    expect(parseDay(new Date(Date.UTC(2026, 9, 20)))).toEqual({ ok: true, value: '2026-10-20' });
  });

  it('reads an Excel serial number (days since 1899-12-30), to the minute', () => {
    // 46086 is 2026-03-05; 0.395833… of a day is 09:30.
    expect(parseChinaDateTime(46086 + 9.5 / 24)).toEqual({ ok: true, value: '2026-03-05T09:30:00+08:00' });
    expect(parseDay(46086)).toEqual({ ok: true, value: '2026-03-05' });
  });

  it('refuses what is not a date, naming what it read', () => {
    expect(parseDay('下周三')).toEqual({
      ok: false,
      message: '无法识别日期“下周三”，请写作如 2026-03-05 或 2026年3月5日',
    });
    expect(parseDay('2026-02-30')).toEqual({ ok: false, message: '日期“2026-02-30”不存在，请核对' });
    expect(parseDay(12)).toEqual({ ok: false, message: '数字“12”不是日期，请填写如 2026-03-05' });
    expect(parseChinaDateTime('2026-03-05 25:00')).toEqual({
      ok: false,
      message: '时间“25:00”不存在，请核对',
    });
  });

  it('asks for the time of a hearing written as a day only', () => {
    expect(parseChinaDateTime('2026年3月5日')).toEqual({
      ok: false,
      message: '“2026年3月5日”缺少具体时刻，请写作如 2026-03-05 09:30',
    });
    expect(parseWallTime('2026年3月5日')).toEqual({ ok: true, value: { date: '2026-03-05', time: null } });
  });
});

describe('text, choices and lists', () => {
  it('makes full-width characters half-width and collapses spaces', () => {
    expect(toHalfWidth('（２０２６）浙０８２５')).toBe('(2026)浙0825');
    expect(cellText('  第三\n法庭 ')).toBe('第三 法庭');
    expect(cellText(null)).toBe('');
  });

  it('compares headers without spaces, stars and (必填)', () => {
    expect(labelKey('开庭 时间*')).toBe('开庭时间');
    expect(labelKey('案号（必填）')).toBe('案号');
    expect(labelKey('被告机关：')).toBe('被告机关');
  });

  it.each([
    ['是', true],
    ['否', false],
    [' 是 ', true],
    ['Y', true],
    ['n', false],
    ['√', true],
    ['×', false],
    [true, true],
  ] as const)('reads %s as yes/no', (value, expected) => {
    expect(parseYesNo(value)).toEqual({ ok: true, value: expected });
  });

  it('refuses a yes/no cell holding something else', () => {
    expect(parseYesNo('可能')).toEqual({ ok: false, message: '应填写“是”或“否”，当前为“可能”' });
  });

  it('reads a choice by label, code or alias, and lists the choices when wrong', () => {
    const labels = { judgment: '判决', ruling: '裁定' };
    expect(parseChoice('判 决', labels)).toEqual({ ok: true, value: 'judgment' });
    expect(parseChoice('ruling', labels)).toEqual({ ok: true, value: 'ruling' });
    expect(parseChoice('判决书', labels, { 判决书: 'judgment' })).toEqual({ ok: true, value: 'judgment' });
    expect(parseChoice('决定', labels)).toEqual({
      ok: false,
      message: '“决定”不是可选的值，可填：判决、裁定',
    });
  });

  it('splits lists at Chinese and ASCII separators', () => {
    expect(splitList('张明（工作人员）、李华（律师）；王五,赵六')).toEqual([
      '张明(工作人员)',
      '李华(律师)',
      '王五',
      '赵六',
    ]);
  });
});

describe('CSV', () => {
  const encoder = new TextEncoder();

  it('reads UTF-8 with a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('案号,开庭时间\n')]);
    expect(decodeCsv(bytes)).toEqual({ text: '案号,开庭时间\n', encoding: 'utf-8-bom' });
  });

  it('reads UTF-8 without one', () => {
    expect(decodeCsv(encoder.encode('案号'))).toEqual({ text: '案号', encoding: 'utf-8' });
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    // 案号 in GB18030 (GBK): B0 B8 BA C5.
    expect(decodeCsv(new Uint8Array([0xb0, 0xb8, 0xba, 0xc5]))).toEqual({
      text: '案号',
      encoding: 'gb18030',
    });
  });

  it('parses quoted fields with separators, quotes and line breaks; CRLF rows', () => {
    expect(parseCsv('a,"b,1","c ""x""",\r\n"多\n行",2\r\n')).toEqual([
      ['a', 'b,1', 'c "x"', ''],
      ['多\n行', '2'],
    ]);
  });

  it('tells a tab-separated file by its first line', () => {
    expect(parseCsv('案号\t开庭时间\nA\tB')).toEqual([
      ['案号', '开庭时间'],
      ['A', 'B'],
    ]);
  });
});
