// China Standard Time is UTC+8 all year (no daylight saving): a China date is
// the UTC date of the moment shifted by eight hours.
export const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The China date of a moment, as YYYY-MM-DD. */
export function chinaDate(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
