// Dates and times as users read and type them: China time (see
// shared/domain/china-time.ts), whatever time zone the browser is set to. A
// picker's dayjs holds the China wall-clock time in the browser's own zone, so
// what it shows is what was stored, and what is typed is sent as +08:00.
import dayjs, { type Dayjs } from 'dayjs';
import { chinaDate, chinaDateTime, chinaWallClockToIso } from '../../shared/domain/china-time';

export function formatDateTime(value: string | null | undefined, empty = '—'): string {
  return value ? chinaDateTime(value) : empty;
}

export function formatDateTimeSeconds(value: string | null | undefined): string {
  return value ? chinaDateTime(value, { seconds: true }) : '—';
}

/** Today's China date, for date pickers' defaults and limits. */
export function chinaToday(): Dayjs {
  return dayjs(chinaDate(new Date()));
}

/** A stored moment as a date-time picker's value: its China wall-clock time. */
export function pickerValueOf(instant: string): Dayjs {
  return dayjs(chinaDateTime(instant, { seconds: true }));
}

/** A date-time picker's value as the moment it names in China time (ISO 8601, +08:00). */
export function instantOfPicker(value: Dayjs): string {
  return chinaWallClockToIso(value.format('YYYY-MM-DDTHH:mm:ss'));
}
