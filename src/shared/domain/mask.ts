// Masking of secrets and personal ID numbers before they are written to the
// audit trail or shown in lists (PIPL: minimise and mask personal data).

// Exact key names that hold secrets: a flag such as mustChangePassword or a
// policy value such as passwordMinLength is not a secret.
const SECRET_KEYS = new Set([
  'password',
  'passwordhash',
  'currentpassword',
  'newpassword',
  'temporarypassword',
  'token',
  'tokenhash',
  'secret',
  'csrftoken',
]);
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
    if (SECRET_KEYS.has(key.toLowerCase())) out[key] = v === null ? null : '******';
    else if (ID_NUMBER_KEY.test(key) && typeof v === 'string') out[key] = maskIdNumber(v);
    else out[key] = maskForAudit(v);
  }
  return out;
}
