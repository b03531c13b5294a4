// Legal periods (法定期限): the official calendar, the versioned rule table and the computation.
export {
  addWorkingDays,
  buildCalendar,
  type Calendar,
  type DayInfo,
  type DayKind,
  type HolidayDay,
  type HolidayYear,
  nextWorkingDay,
} from './calendar';
export {
  type ComputeDeadlineInput,
  computeDeadline,
  type Deadline,
  type DeadlineOverride,
  type DeadlineStep,
} from './compute-deadline';
export { addDays, addMonths, formatChineseDate, isValidDate } from './dates';
export { findRule, isInForce, ruleVersions } from './find-rule';
export { type EndDayRule, type LegalBasis, PERIOD_RULES, type PeriodRule, type PeriodUnit } from './rules';
