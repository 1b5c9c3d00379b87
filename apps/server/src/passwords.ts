import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * scrypt, a memory-hard key derivation function: with N = 2^15 and r = 8 every guess costs 32 MiB of memory
 * and tens of milliseconds, which makes guessing on GPUs and ASICs expensive. Stored as
 * `scrypt$logN$r$p$salt$hash` (base64), so the cost can be raised later and old hashes still verify.
 */
export const SCRYPT_DEFAULTS = { logN: 15, r: 8, p: 1 } as const;

function derive(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** logN;
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, 32, options, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** Hashes a password with a fresh 16-byte salt. `logN` below 15 only for tests. */
export async function hashPassword(password: string, logN: number = SCRYPT_DEFAULTS.logN): Promise<string> {
  const { r, p } = SCRYPT_DEFAULTS;
  const salt = randomBytes(16);
  const key = await derive(password, salt, logN, r, p);
  return ['scrypt', logN, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Whether `password` matches a stored hash (compared in constant time). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, logN, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), Number(logN), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A password to compare against when the account does not exist, so both cases take the same time. */
let dummy: Promise<string> | undefined;
export function dummyHash(logN: number): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'), logN);
  return dummy;
}
