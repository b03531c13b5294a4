// Instants of 考核's records as the API answers every time: ISO 8601 in UTC.

/**
 * A stored instant as ISO 8601 in UTC ('2026-07-09T01:00:00.000Z'), like every
 * other time the API answers. The records keep the instant as text, and runs
 * computed before it was normalised hold PostgreSQL's own form of a timestamptz
 * ('2026-07-09 01:00:00+00', '2026-07-09 09:00:00.5+08', '… +05:30').
 */
export function isoInstantOf(text: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(text);
  const instant = match ? new Date(`${match[1]}T${match[2]}${zoneOf(match[3])}`) : new Date(Number.NaN);
  if (Number.isNaN(instant.getTime())) throw new Error(`not a timestamp: ${text}`);
  return instant.toISOString();
}

function zoneOf(zone: string | undefined): string {
  if (!zone || zone === 'Z') return 'Z';
  if (zone.length === 3) return `${zone}:00`;
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}
