// 案号 parser (法〔2015〕137号 as revised by 法〔2018〕335号):
//   （收案年度）+ 法院代字 + [专门审判代字] + 类型代字 + 案件编号 + 号 [+ 之N]
// Pure and free of I/O: the web runs it as the user types, the server runs it before storing.
// Lenient about what people paste (bracket styles, full-width digits, spaces), strict about structure: every
// problem found becomes one Chinese sentence naming what is wrong and what is expected.
//
// Numbers received before 2016 (e.g. （2015）金中民一初字第14号) follow each court's old scheme, which has no
// parseable structure. They come back with valid = false, legacy = true, the year filled in and one error saying
// so; a caller that must accept old cases (an import) keeps them as raw text when `legacy` is set.

import {
  CASE_TYPES,
  HIGH_COURT_CODES,
  SPECIAL_TRIAL_CODES,
  SUPREME_COURT_CODE,
  TYPE_CODES_LONGEST_FIRST,
  WRONG_COURT_ABBREVIATIONS,
} from './case-number-tables';
import { chinaDate } from './china-time';

export interface CaseNumberResult {
  valid: boolean;
  /** 收案年度 */
  year: number | null;
  /** 法院代字: '最高法', '苏' (high court), '苏01' (intermediate), '浙0825' / '苏8601' (basic) */
  courtCode: string | null;
  /** 专门审判代字, e.g. '知' in （2019）最高法知民终1号 */
  specialCode: string | null;
  /** 类型代字, e.g. '行初' */
  typeCode: string | null;
  /** e.g. '行政一审' */
  typeName: string | null;
  /** 案件编号 */
  number: number | null;
  /** 号之N → N */
  suffix: number | null;
  /** The type is one of the administrative types of domain.md §4. */
  administrative: boolean;
  /** Received before 2016: old-format number, kept as raw text only. */
  legacy: boolean;
  /** （2021）浙0825行初12号, 号之N written in Chinese numerals as courts do (号之五); null unless valid. */
  normalized: string | null;
  errors: string[];
}

export interface ParseCaseNumberOptions {
  currentYear?: number;
}

/** The year the current rules took effect (法〔2015〕137号: from 2016-01-01). */
export const FIRST_YEAR_OF_CURRENT_FORMAT = 2016;
const MAX_NUMBER_DIGITS = 8; // 刑核 numbers are the longest: fixed 8 digits (Art. 10 ¶2)
const MAX_SUFFIX = 999;
// A closing bracket further away than this belongs to something else: the year bracket was left open.
const MAX_YEAR_CONTENT = 7;
const EXAMPLE = '（2021）浙0825行初12号';

const OPEN_BRACKETS = /[(（〔[【［﹝]/g;
const CLOSE_BRACKETS = /[)）〕\]】］﹞]/g;
const CHINESE_DIGITS = '零一二三四五六七八九';

/** Lenient clean-up: no spaces of any kind, ASCII digits, （） for every bracket style. */
export function cleanCaseNumber(raw: string): string {
  return raw
    .replace(/\s+/g, '')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(OPEN_BRACKETS, '（')
    .replace(CLOSE_BRACKETS, '）');
}

/** 1 → 一, 12 → 十二, 105 → 一百零五 (1–999). */
export function toChineseNumeral(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? CHINESE_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${CHINESE_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CHINESE_DIGITS[n % 10] : ''}`;
  const rest = n % 100;
  const head = `${CHINESE_DIGITS[Math.floor(n / 100)]}百`;
  if (rest === 0) return head;
  if (rest < 10) return `${head}零${CHINESE_DIGITS[rest]}`;
  if (rest < 20) return `${head}一${toChineseNumeral(rest)}`;
  return head + toChineseNumeral(rest);
}

let chineseNumeralValues: Map<string, number> | null = null;
function parseChineseNumeral(text: string): number | null {
  if (!chineseNumeralValues) {
    chineseNumeralValues = new Map();
    for (let n = 1; n <= MAX_SUFFIX; n++) chineseNumeralValues.set(toChineseNumeral(n), n);
  }
  return chineseNumeralValues.get(text) ?? null;
}

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

function digitsAt(s: string, i: number): string {
  let j = i;
  while (isDigit(s[j])) j++;
  return s.slice(i, j);
}

function typeCodeAt(s: string, i: number): string | null {
  return TYPE_CODES_LONGEST_FIRST.find((code) => s.startsWith(code, i)) ?? null;
}

export function parseCaseNumber(raw: string, options: ParseCaseNumberOptions = {}): CaseNumberResult {
  const currentYear = options.currentYear ?? Number(chinaDate(new Date()).slice(0, 4));
  const result: CaseNumberResult = {
    valid: false,
    year: null,
    courtCode: null,
    specialCode: null,
    typeCode: null,
    typeName: null,
    number: null,
    suffix: null,
    administrative: false,
    legacy: false,
    normalized: null,
    errors: [],
  };
  const errors = result.errors;
  const s = cleanCaseNumber(raw);
  if (s === '') {
    errors.push(`请填写案号，格式如“${EXAMPLE}”`);
    return result;
  }

  // 1. （收案年度）
  let i = parseYear(s, result);
  if (i === null) return result;
  if (result.year !== null && result.year < FIRST_YEAR_OF_CURRENT_FORMAT) {
    result.legacy = true;
    errors.push(
      `收案年度${result.year}年早于2016年：2016年1月1日以前收案的案件使用旧案号格式` +
        '（如“（2015）金中民一初字第14号”），不能按现行规则（法〔2015〕137号）解析，只能按原文保存',
    );
    return result;
  }
  if (result.year !== null && result.year > currentYear) {
    errors.push(`收案年度${result.year}年晚于当前年度${currentYear}年，请核对`);
  }
  if (s.includes('字第', i)) {
    errors.push(`“字第”是2016年以前旧案号的写法；2016年起的案号不写“字第”，格式如“${EXAMPLE}”`);
    return result;
  }

  // 2. 法院代字
  if (i >= s.length) {
    errors.push(`收案年度后缺少法院代字、类型代字和案件编号，格式如“${EXAMPLE}”`);
    return result;
  }
  const courtEnd = parseCourtCode(s, i, result);
  if (courtEnd === null) return result;
  i = courtEnd;

  // 3. [专门审判代字] + 类型代字
  if (!parseTypeCode(s, i, result)) return result;
  i = nextDigitOrMarker(s, i);

  // 4. 案件编号
  const numberText = digitsAt(s, i);
  if (numberText === '') {
    const after = result.typeCode ? `类型代字“${result.typeCode}”后` : '类型代字后';
    errors.push(`缺少案件编号：${after}应为阿拉伯数字编号，如“${result.typeCode ?? '行初'}12号”`);
    if (s[i] !== '号') return result;
  } else if (/^0+$/.test(numberText)) {
    errors.push('案件编号不能为0，应为从1起的正整数');
  } else if (numberText.startsWith('0')) {
    errors.push(`案件编号“${numberText}”不应以0开头，应写作“${numberText.replace(/^0+/, '')}”`);
  } else if (numberText.length > MAX_NUMBER_DIGITS) {
    errors.push(`案件编号“${numberText}”过长：案件编号最多${MAX_NUMBER_DIGITS}位`);
  }
  const number = Number(numberText);
  if (numberText !== '' && number > 0 && numberText.length <= MAX_NUMBER_DIGITS) result.number = number;
  i += numberText.length;

  // 5. 号 [之N]
  if (i >= s.length) {
    errors.push(`案号应以“号”结尾：请在“${numberText}”后加上“号”`);
    return result;
  }
  if (s[i] !== '号') {
    errors.push(`案件编号“${numberText}”后应为“号”，当前为“${s.slice(i)}”`);
    return result;
  }
  i++;
  if (i < s.length) parseSuffix(s.slice(i), result);

  if (errors.length === 0) {
    result.valid = true;
    const suffix = result.suffix === null ? '' : `之${toChineseNumeral(result.suffix)}`;
    result.normalized =
      `（${result.year}）${result.courtCode}${result.specialCode ?? ''}${result.typeCode}` +
      `${result.number}号${suffix}`;
  }
  return result;
}

/** Reads （收案年度） at the start and returns where it ends, or null when the rest cannot be parsed. */
function parseYear(s: string, result: CaseNumberResult): number | null {
  const errors = result.errors;
  let i = 0;
  let yearText: string | null = null;
  if (s[0] === '（') {
    const digits = digitsAt(s, 1);
    const close = s.indexOf('）');
    if (s[1 + digits.length] === '）') {
      yearText = digits;
      i = 2 + digits.length;
    } else if (close > 0 && close <= MAX_YEAR_CONTENT) {
      errors.push(`收案年度应为4位阿拉伯数字（如“2021”），当前为“${s.slice(1, close)}”`);
      i = close + 1;
    } else if (digits.length > 0) {
      errors.push(`收案年度的括号没有闭合：“（${digits}”后应有“）”`);
      yearText = digits;
      i = 1 + digits.length;
    } else {
      errors.push(`案号应以括号括起的收案年度开头，格式如“${EXAMPLE}”`);
      return null;
    }
  } else if (isDigit(s[0])) {
    const digits = digitsAt(s, 0);
    if (s[digits.length] === '）') {
      errors.push(`收案年度前缺少左括号：应写作“（${digits}）”`);
      i = digits.length + 1;
    } else {
      errors.push(`收案年度应放在括号中，如“（${digits.slice(0, 4)}）”`);
      i = digits.length;
    }
    yearText = digits;
  } else {
    errors.push(`案号应以括号括起的收案年度开头，格式如“${EXAMPLE}”`);
    return null;
  }
  if (yearText !== null) {
    if (yearText === '') {
      errors.push('括号中缺少收案年度：应为4位数字，如“（2021）”');
    } else if (yearText.length !== 4) {
      errors.push(`收案年度应为4位数字（如“2021”），当前为“${yearText}”（${yearText.length}位）`);
    } else {
      result.year = Number(yearText);
    }
  }
  return i;
}

/**
 * Reads the 法院代字 at i and returns where it ends, or null when the rest cannot be parsed. courtCode is set
 * only when the code is well formed; errors that leave the boundaries clear (digit count, an unknown
 * abbreviation) let parsing go on so that the user sees every problem at once.
 */
function parseCourtCode(s: string, i: number, result: CaseNumberResult): number | null {
  const errors = result.errors;
  if (s.startsWith('最高', i) && !s.startsWith(SUPREME_COURT_CODE, i)) {
    errors.push('最高人民法院的法院代字为“最高法”');
    return null;
  }
  const ch = s[i]!;
  const missingCourt = !(ch in HIGH_COURT_CODES) && !isDigit(ch) && typeCodeAt(s, i) !== null;
  if (missingCourt) {
    errors.push(`缺少法院代字：收案年度后应先写法院代字（如“浙0825”），再写类型代字“${typeCodeAt(s, i)}”`);
    return i;
  }
  const letters = s.startsWith(SUPREME_COURT_CODE, i) ? SUPREME_COURT_CODE : isDigit(ch) ? '' : ch;
  const digits = digitsAt(s, i + letters.length);
  const code = letters + digits;
  const end = i + code.length;

  // Without a type code the court's digits and the case number run together and cannot be told apart.
  if (s[end] === undefined || s[end] === '号') {
    if (letters === '') errors.push(`收案年度后缺少法院代字和类型代字，格式如“${EXAMPLE}”`);
    else if (s[end] === undefined) errors.push(`法院代字后缺少类型代字和案件编号，格式如“${EXAMPLE}”`);
    else errors.push('缺少类型代字：法院代字和案件编号之间应写类型代字，如“浙0825行初12号”');
    return null;
  }
  if (letters === SUPREME_COURT_CODE) {
    if (digits !== '') errors.push(`最高人民法院的法院代字为“最高法”，后面不带数字（当前为“${code}”）`);
    else result.courtCode = code;
    return end;
  }
  if (letters === '') {
    errors.push(`缺少法院代字的省级简称：数字代码“${digits}”前应有省级简称，如“浙${digits}”`);
    return end;
  }
  if (!(ch in HIGH_COURT_CODES)) {
    const wrong = WRONG_COURT_ABBREVIATIONS[ch];
    errors.push(
      wrong
        ? `“${ch}”不是法院代字：${wrong.region}各级法院的法院代字以“${wrong.code}”开头`
        : `“${ch}”不是有效的法院代字：应为“最高法”或省级简称（如“京”“浙”“苏”），` +
            '中级、基层法院在简称后加2位或4位数字（如“浙08”“浙0825”）',
    );
    return end;
  }
  if (digits.length !== 0 && digits.length !== 2 && digits.length !== 4) {
    errors.push(
      `法院代字“${code}”有误：省级简称后应为2位数字（中级法院）或4位数字（基层法院），` +
        `高级法院不带数字，当前为${digits.length}位`,
    );
    return end;
  }
  // Intermediate codes run 01–99 and a basic court's last two digits 01–99; “00” is never assigned.
  if (digits.slice(0, 2) === '00' || digits.slice(2) === '00') {
    errors.push(`法院代字“${code}”有误：数字代码中的两位段不能为“00”`);
    return end;
  }
  result.courtCode = code;
  return end;
}

function nextDigitOrMarker(s: string, i: number): number {
  let j = i;
  while (j < s.length && !isDigit(s[j]) && s[j] !== '号') j++;
  return j;
}

/** Reads [专门审判代字] + 类型代字 up to the case number; returns false when the rest cannot be parsed. */
function parseTypeCode(s: string, i: number, result: CaseNumberResult): boolean {
  const errors = result.errors;
  const segment = s.slice(i, nextDigitOrMarker(s, i));
  // parseCourtCode has already reported a court code followed by 号 or by nothing.
  if (segment === '') return false;
  let start = 0;
  let typeCode = typeCodeAt(segment, 0);
  if (typeCode === null && segment[0]! in SPECIAL_TRIAL_CODES) {
    typeCode = typeCodeAt(segment, 1);
    start = 1;
  }
  const rest = typeCode === null ? segment : segment.slice(start + typeCode.length);
  const isChineseNumber = /^[零〇一二三四五六七八九十百千]+$/.test(rest);
  if (typeCode === null || (rest !== '' && !rest.startsWith('第') && !isChineseNumber)) {
    errors.push(
      `“${segment}”不是已知的类型代字：行政案件常用“行初”（一审）、“行终”（二审）、` +
        '“行申”（申请再审审查）、“行再”（再审）、“行审”（非诉执行审查）',
    );
    return true;
  }
  if (start === 1) result.specialCode = segment[0]!;
  const type = CASE_TYPES[typeCode]!;
  result.typeCode = typeCode;
  result.typeName = type.name;
  result.administrative = type.administrative;
  if (rest.startsWith('第')) {
    errors.push(`类型代字“${typeCode}”后应直接写案件编号，不加“第”，如“${typeCode}12号”`);
  } else if (isChineseNumber) {
    errors.push(`案件编号应为阿拉伯数字，当前为“${rest}”`);
    return false;
  }
  return true;
}

/** After 号: only 之N is allowed, N in Chinese (之五) or Arabic (之12) numerals. */
function parseSuffix(text: string, result: CaseNumberResult): void {
  const errors = result.errors;
  if (!text.startsWith('之')) {
    errors.push(`“号”后不应再有文字（只允许“之N”，如“号之五”），当前多出“${text}”`);
    return;
  }
  const n = text.slice(1);
  if (n === '') {
    errors.push('“号之”后缺少序号，如“号之五”或“号之12”');
    return;
  }
  if (/^\d+$/.test(n)) {
    if (/^0+$/.test(n)) errors.push('“号之”后的序号不能为0，应从1起');
    else if (n.startsWith('0'))
      errors.push(`“号之”后的序号“${n}”不应以0开头，应写作“${n.replace(/^0+/, '')}”`);
    else if (Number(n) > MAX_SUFFIX) errors.push(`“号之”后的序号应在1至${MAX_SUFFIX}之间，当前为${n}`);
    else result.suffix = Number(n);
    return;
  }
  const value = parseChineseNumeral(n);
  if (value === null) {
    errors.push(`“号之”后的序号应为数字，如“号之五”或“号之12”，当前为“${n}”`);
    return;
  }
  result.suffix = value;
}
