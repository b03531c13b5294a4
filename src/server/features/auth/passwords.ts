// argon2id password hashes (OWASP: argon2id, 19 MiB+, t≥2; library defaults
// are 64 MiB, t=3, p=4).
import argon2 from 'argon2';

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// Verifying against a fixed hash when the user does not exist keeps the
// response time of a wrong username like that of a wrong password.
let dummyHash: Promise<string> | undefined;
export function dummyVerify(password: string): Promise<boolean> {
  dummyHash ??= hashPassword('fuyuan-dummy-password');
  return dummyHash.then((hash) => verifyPassword(hash, password));
}
