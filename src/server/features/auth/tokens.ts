// Random secrets and their stored digests (sessions, CSRF, API tokens,
// temporary passwords).
import { createHash, randomBytes, randomInt } from 'node:crypto';

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '#%+=@';

/** A temporary password meeting any policy up to 4 classes and 16 characters. */
export function generatePassword(length = 16): string {
  const pools = [LOWER, UPPER, DIGITS, SYMBOLS];
  const all = pools.join('');
  const chars = pools.map((pool) => pool[randomInt(pool.length)]!);
  while (chars.length < length) chars.push(all[randomInt(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
