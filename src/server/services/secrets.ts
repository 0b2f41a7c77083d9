/** Random tokens, their hashes, and password hashing (argon2id). Nothing here is ever logged. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

/** An unguessable token: 256 bits, URL-safe. */
export const newToken = (prefix = '') => prefix + randomBytes(32).toString('base64url');

/** Tokens are stored only as their sha256, so a copy of the database signs nobody in. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane).
const argonOptions = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, argonOptions);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
