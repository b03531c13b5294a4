// Reading the cells of a court's export: full-width characters and stray spaces,
// dates written every way courts write them (2026年3月5日 上午9:30,
// 2026-03-05 09:30, 2026/3/5 9:30), Excel date cells and serial numbers, 是/否.
// Pure: the server reads spreadsheets with these, the web could too.

/** A cell as read from .xlsx (string, number, Date, boolean) or CSV (string). */
export type CellValue = string | number | boolean | Date | null;

/** Full-width ASCII (Ａ１（：) to half-width, ideographic space to a space. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

/** The text of a cell, trimmed, with runs of spaces (and line breaks) made one space. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  return String(value)
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
}

/** A header or choice label reduced for comparison: half-width, no spaces, no * or (必填). */
export function labelKey(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00a0]+/g, '')
    .replace(/[*＊]/g, '')
    .replace(/\((必填|选填|可选)\)/g, '')
    .replace(/[:：]$/, '');
}

export function isBlankCell(value: CellValue): boolean {
  return cellText(value) === '';
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

const pad = (n: number) => String(n).padStart(2, '0');

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A wall-clock date and time as written in the sheet (China time), time null when only a day is given. */
export interface WallTime {
  date: string; // YYYY-MM-DD
  time: string | null; // HH:mm
}

// Excel stores days since 1899-12-30 (its 1900 leap-year bug folded in); 25569 is 1970-01-01.
const EXCEL_EPOCH_OFFSET = 25569;
const MIN_SERIAL = 36526; // 2000-01-01
const MAX_SERIAL = 73051; // 2099-12-31

function fromUtcParts(date: Date): WallTime {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const hasTime = date.getUTCHours() !== 0 || date.getUTCMinutes() !== 0;
  return { date: day, time: hasTime ? `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}` : null };
}

const DATE_PATTERN =
  /^(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*(?:日|号)?(?:\s*(?:T|\s)?\s*(.*))?$/;
const TIME_PATTERN =
  /^(上午|下午|中午|晚上|早上|AM|PM)?\s*(\d{1,2})\s*(?:[:：]|时|点)\s*(\d{1,2})?\s*(?:分)?(?:[:：](\d{1,2})(?:\.\d+)?)?\s*(上午|下午|AM|PM)?$/i;

function parseTime(text: string): Parsed<string> {
  const match = TIME_PATTERN.exec(text.trim());
  if (!match) return fail(`无法识别时间“${text}”，请写作如 09:30 或 上午9:30`);
  const period = (match[1] ?? match[5] ?? '').toUpperCase();
  let hour = Number(match[2]);
  const minute = match[3] === undefined ? 0 : Number(match[3]);
  if (['下午', '晚上', 'PM'].includes(period) && hour < 12) hour += 12;
  if (period === '中午' && hour < 6) hour += 12;
  if ((period === '上午' || period === 'AM') && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return fail(`时间“${text}”不存在，请核对`);
  return ok(`${pad(hour)}:${pad(minute)}`);
}

/**
 * A date, with or without a time: Excel date cells (their UTC parts are the
 * wall clock), Excel serial numbers, and the usual written forms.
 */
export function parseWallTime(value: CellValue): Parsed<WallTime> {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return fail('日期单元格无效，请核对');
    return ok(fromUtcParts(value));
  }
  if (typeof value === 'number') {
    if (value < MIN_SERIAL || value > MAX_SERIAL) return fail(`数字“${value}”不是日期，请填写如 2026-03-05`);
    // Rounded to the minute: Excel keeps fractions of a day in binary floating point.
    const minutes = Math.round((value - EXCEL_EPOCH_OFFSET) * 24 * 60);
    return ok(fromUtcParts(new Date(minutes * 60_000)));
  }
  const text = toHalfWidth(cellText(value));
  if (text === '') return fail('未填写');
  const match = DATE_PATTERN.exec(text);
  if (!match) return fail(`无法识别日期“${cellText(value)}”，请写作如 2026-03-05 或 2026年3月5日`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDate(year, month, day)) return fail(`日期“${cellText(value)}”不存在，请核对`);
  const date = `${year}-${pad(month)}-${pad(day)}`;
  const rest = (match[4] ?? '').trim();
  if (rest === '') return ok({ date, time: null });
  const time = parseTime(rest);
  return time.ok ? ok({ date, time: time.value }) : time;
}

/** A day (YYYY-MM-DD); a time, if written, is ignored. */
export function parseDay(value: CellValue): Parsed<string> {
  const parsed = parseWallTime(value);
  return parsed.ok ? ok(parsed.value.date) : parsed;
}

/** A date and time in China time as ISO 8601 with +08:00; a time is required. */
export function parseChinaDateTime(value: CellValue): Parsed<string> {
  const parsed = parseWallTime(value);
  if (!parsed.ok) return parsed;
  if (parsed.value.time === null) {
    return fail(`“${cellText(value)}”缺少具体时刻，请写作如 2026-03-05 09:30`);
  }
  return ok(`${parsed.value.date}T${parsed.value.time}:00+08:00`);
}

const YES = new Set(['是', '有', 'Y', 'YES', 'TRUE', '1', '√', '✓', '✔', '对', '已']);
const NO = new Set(['否', '无', '没有', 'N', 'NO', 'FALSE', '0', '×', '✗', '✘', '不', '未']);

export function parseYesNo(value: CellValue): Parsed<boolean> {
  if (typeof value === 'boolean') return ok(value);
  const key = labelKey(cellText(value)).toUpperCase();
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return fail(`应填写“是”或“否”，当前为“${cellText(value)}”`);
}

/** One of a vocabulary by its Chinese label (or the code itself); `aliases` adds other common words. */
export function parseChoice<T extends string>(
  value: CellValue,
  labels: Record<T, string>,
  aliases: Record<string, T> = {},
): Parsed<T> {
  const key = labelKey(cellText(value));
  for (const [code, label] of Object.entries(labels) as [T, string][]) {
    if (labelKey(label) === key || code === key) return ok(code);
  }
  const alias = aliases[key];
  if (alias) return ok(alias);
  const allowed = Object.values<string>(labels).join('、');
  return fail(`“${cellText(value)}”不是可选的值，可填：${allowed}`);
}

/** A list written in one cell, split at 、，,；;/ and line breaks. */
export function splitList(value: CellValue): string[] {
  return toHalfWidth(String(value ?? ''))
    .split(/[、,，;；/\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
