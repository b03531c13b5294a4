// Masking of secrets and personal ID numbers before they are written to the
// audit trail or shown in lists (PIPL: minimise and mask personal data).

const SECRET_KEY = /password|secret|token|hash|csrf/i;
const ID_NUMBER_KEY = /idNumber|idCard|identity/i;

/** 330102199001011234 → 3301**********1234 */
export function maskIdNumber(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length);
  return value.slice(0, 4) + '*'.repeat(value.length - 8) + value.slice(-4);
}

export function maskForAudit(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskForAudit);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    if (SECRET_KEY.test(key)) out[key] = v === null ? null : '******';
    else if (ID_NUMBER_KEY.test(key) && typeof v === 'string') out[key] = maskIdNumber(v);
    else out[key] = maskForAudit(v);
  }
  return out;
}
