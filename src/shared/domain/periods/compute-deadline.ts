// Computes the last day of a legal period from its rule, the trigger date and the official
// calendar, and explains every step in Chinese so a clerk can check it (domain.md §3):
// - the trigger day is not counted; the period starts the next day (ALL interpretation 2018
//   Art. 48; Civil Procedure Law Art. 85; Civil Code Art. 201);
// - calendar days end on the Nth day; months on the corresponding day, or the month's last day
//   when there is none (Civil Code Art. 202);
// - a last day that is a holiday or rest day moves to the first working day after it (Civil Code
//   Art. 203); a make-up working day (调休上班) is a working day and does not move — widely applied
//   though no court text settles it, hence the explicit step;
// - working-day periods count only working days by the calendar.
import type { Calendar } from './calendar';
import { addDays, addMonths, formatChineseDate, parseDate, yearOf } from './dates';
import type { PeriodRule, PeriodUnit } from './rules';

export interface DeadlineOverride {
  length: number;
  unit: PeriodUnit;
}

export interface ComputeDeadlineInput {
  rule: PeriodRule;
  /** The day of the triggering event, 'YYYY-MM-DD'. */
  trigger: string;
  calendar: Calendar;
  /** A locality's own length for a local rule; refused for statutory rules. */
  override?: DeadlineOverride;
}

export interface DeadlineStep {
  date: string;
  note: string;
}

export interface Deadline {
  ruleId: string;
  ruleVersion: number;
  /** Length and unit actually applied (the override's when there is one). */
  length: number;
  unit: PeriodUnit;
  /** The last day on which the act is still in time. */
  due: string;
  /** First day counted: the day after the trigger. */
  start: string;
  /** Last day of the period before any move for holidays. */
  rawEnd: string;
  explanation: string;
  steps: DeadlineStep[];
  warnings: string[];
}

const UNIT_TEXT: Record<PeriodUnit, string> = {
  'calendar-days': '日',
  'working-days': '个工作日',
  months: '个月',
};

export function computeDeadline({ rule, trigger, calendar, override }: ComputeDeadlineInput): Deadline {
  parseDate(trigger);
  const { length, unit } = periodOf(rule, override);
  const start = addDays(trigger, 1);
  const steps = new StepList();
  steps.add(trigger, `${rule.trigger}，当日不计入`);
  steps.add(start, '期间起算日');

  const counted = countPeriod({ trigger, length, unit, calendar, steps });
  const ending = settleEnd({ rawEnd: counted.rawEnd, unit, rule, calendar, steps });
  const due = ending.due;
  steps.add(due, due === counted.rawEnd ? '期限届满日' : `期限届满日，${calendar.describe(due)}`);

  const fmt = formatChineseDate;
  const { law, version, article } = rule.basis;
  const lengthText = `自${rule.trigger}起${rule.length}${UNIT_TEXT[rule.unit]}`;
  const overrideText = override ? `；本地已调整为${length}${UNIT_TEXT[unit]}` : '';
  const explanation =
    `依据《${law}》（${version}）${article}，${rule.name}为${lengthText}${overrideText}。` +
    `${rule.trigger}为${fmt(trigger)}，当日不计入，自${fmt(start)}起算，${counted.sentence}；${ending.sentence}`;

  return {
    ruleId: rule.id,
    ruleVersion: rule.version,
    length,
    unit,
    due,
    start,
    rawEnd: counted.rawEnd,
    explanation,
    steps: steps.list(),
    warnings: uncoveredYearWarnings(calendar, start, due),
  };
}

function periodOf(rule: PeriodRule, override: DeadlineOverride | undefined): DeadlineOverride {
  if (!override) return { length: rule.length, unit: rule.unit };
  if (!rule.localOverridable) {
    throw new Error(`“${rule.name}”（${rule.id}）是法定期限，不能由本地调整`);
  }
  if (!Number.isInteger(override.length) || override.length < 1) {
    throw new Error(`调整后的期间长度应为正整数，当前为${override.length}`);
  }
  if (!(override.unit in UNIT_TEXT)) throw new Error(`期间单位“${override.unit}”无效`);
  return override;
}

interface CountInput {
  trigger: string;
  length: number;
  unit: PeriodUnit;
  calendar: Calendar;
  steps: StepList;
}

/** Finds the period's last day before any holiday move, with the sentence that explains it. */
function countPeriod({ trigger, length, unit, calendar, steps }: CountInput): {
  rawEnd: string;
  sentence: string;
} {
  const fmt = formatChineseDate;
  if (unit === 'calendar-days') {
    const rawEnd = addDays(trigger, length);
    steps.add(rawEnd, `第${length}日，期间最后一日`);
    return { rawEnd, sentence: `第${length}日为${fmt(rawEnd)}` };
  }
  if (unit === 'months') {
    const rawEnd = addMonths(trigger, length);
    const wanted = parseDate(trigger).day;
    const got = parseDate(rawEnd);
    if (got.day === wanted) {
      steps.add(rawEnd, `${length}个月后的对应日，期间最后一日`);
      return { rawEnd, sentence: `${length}个月后的对应日为${fmt(rawEnd)}` };
    }
    steps.add(rawEnd, `${got.month}月没有${wanted}日，以月末日为期间最后一日`);
    return {
      rawEnd,
      sentence: `${length}个月后的${got.year}年${got.month}月没有${wanted}日，以该月最后一日${fmt(rawEnd)}为期间最后一日`,
    };
  }
  // Working days: walk day by day, counting make-up days and skipping days off.
  let current = trigger;
  let counted = 0;
  let skipped = 0;
  while (counted < length) {
    current = addDays(current, 1);
    const day = calendar.dayInfo(current);
    if (!day.isWorkingDay) {
      skipped++;
      steps.add(current, `${day.description}，不计入`);
    } else {
      counted++;
      if (day.kind === 'make-up-workday') steps.add(current, `${day.description}，计为第${counted}个工作日`);
    }
  }
  steps.add(current, `第${length}个工作日，期间最后一日`);
  const skippedText = skipped > 0 ? `（其间${skipped}天休息日、节假日不计入）` : '';
  return {
    rawEnd: current,
    sentence: `只计工作日，第${length}个工作日为${fmt(current)}${skippedText}`,
  };
}

interface EndInput {
  rawEnd: string;
  unit: PeriodUnit;
  rule: PeriodRule;
  calendar: Calendar;
  steps: StepList;
}

/** Applies the end-day rule to the last day; the sentence ends the explanation. */
function settleEnd({ rawEnd, unit, rule, calendar, steps }: EndInput): { due: string; sentence: string } {
  const fmt = formatChineseDate;
  const end = calendar.dayInfo(rawEnd);
  if (unit === 'working-days') {
    return { due: rawEnd, sentence: `期限届满日为${fmt(rawEnd)}。` };
  }
  if (end.kind === 'make-up-workday') {
    steps.add(rawEnd, '该日为调休上班日，不顺延');
    return { due: rawEnd, sentence: `该日为${end.description}，不顺延，期限届满日为${fmt(rawEnd)}。` };
  }
  if (end.isWorkingDay) {
    // Without the year's notice the day is only presumed to be worked; the warning says so too.
    const what = end.isCovered ? '该日为工作日' : '该年节假日安排未知，该日按普通周计为工作日';
    return { due: rawEnd, sentence: `${what}，期限届满日为${fmt(rawEnd)}。` };
  }
  if (rule.endDay === 'none') {
    steps.add(rawEnd, `${end.description}，本规则不顺延`);
    return {
      due: rawEnd,
      sentence: `该日为${end.description}，本规则不因节假日顺延，期限届满日为${fmt(rawEnd)}。`,
    };
  }
  const moved: string[] = [];
  const reasons: string[] = [];
  let due = rawEnd;
  for (let day = calendar.dayInfo(due); !day.isWorkingDay; day = calendar.dayInfo(due)) {
    if (moved.length > 366) throw new Error(`${rawEnd}之后一年内没有工作日，节假日数据有误`);
    steps.add(due, `${day.description}，顺延`);
    moved.push(due);
    if (!reasons.includes(day.description)) reasons.push(day.description);
    due = addDays(due, 1);
  }
  const span = moved.length === 1 ? '该日' : `${fmt(rawEnd)}至${fmt(moved[moved.length - 1]!)}`;
  // A clerk would doubt a Saturday deadline: name the make-up day when the move lands on one.
  const dueDay = calendar.dayInfo(due);
  const dueNote = dueDay.kind === 'make-up-workday' ? `（${dueDay.description}）` : '';
  return {
    due,
    sentence: `${span}为${reasons.join('、')}，顺延至其后第一个工作日，期限届满日为${fmt(due)}${dueNote}。`,
  };
}

/** One warning per year the computation relied on (start to due) that has no published calendar. */
function uncoveredYearWarnings(calendar: Calendar, start: string, due: string): string[] {
  const warnings: string[] = [];
  const firstKnown = calendar.years[0];
  for (let year = yearOf(start); year <= yearOf(due); year++) {
    if (calendar.hasYear(year)) continue;
    warnings.push(
      firstKnown !== undefined && year < firstKnown
        ? `${year}年的节假日安排未收录，已按普通周末计算，请人工核对`
        : `${year}年的节假日安排尚未公布，已按普通周末计算，请在公布后核对`,
    );
  }
  return warnings;
}

/** Steps in date order, the notes for one date joined into one step. */
class StepList {
  private readonly notes = new Map<string, string[]>();

  add(date: string, note: string): void {
    const existing = this.notes.get(date);
    if (existing) existing.push(note);
    else this.notes.set(date, [note]);
  }

  list(): DeadlineStep[] {
    return [...this.notes]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([date, notes]) => ({ date, note: notes.join('；') }));
  }
}
