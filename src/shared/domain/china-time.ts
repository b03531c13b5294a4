// China Standard Time is UTC+8 all year (no daylight saving): a China date or
// wall-clock time is the UTC one of the moment shifted by eight hours. Every date
// and time a user reads or types is China time, on the server and in the browser
// alike, whatever time zone the machine or the browser is set to.
export const CHINA_OFFSET_MS = 8 * 3_600_000;

/** A moment: a Date, ISO 8601 text with its offset, or milliseconds since the epoch. */
type Moment = Date | string | number;

/** The moment shifted to China wall-clock time, as ISO text without the zone: 2026-03-05T09:30:05.000Z. */
function shifted(at: Moment): string {
  return new Date(new Date(at).getTime() + CHINA_OFFSET_MS).toISOString();
}

/** The China date of a moment, as YYYY-MM-DD. */
export function chinaDate(at: Moment): string {
  return shifted(at).slice(0, 10);
}

/** A moment as China time: 2026-03-05 09:30, or with `seconds` 2026-03-05 09:30:05. */
export function chinaDateTime(at: Moment, options: { seconds?: boolean } = {}): string {
  return shifted(at)
    .slice(0, options.seconds ? 19 : 16)
    .replace('T', ' ');
}

/** A moment as ISO 8601 in China time, to the second: 2026-03-05T09:30:05+08:00. */
export function chinaIso(at: Moment): string {
  return `${shifted(at).slice(0, 19)}+08:00`;
}

/**
 * The moment a China wall-clock time names, as ISO 8601 with +08:00:
 * 2026-03-05T09:30 → 2026-03-05T09:30:00+08:00 (seconds are kept when given).
 */
export function chinaWallClockToIso(wallClock: string): string {
  const [date, time = '00:00'] = wallClock.split(/[T ]/);
  return `${date}T${time.length === 5 ? `${time}:00` : time}+08:00`;
}
