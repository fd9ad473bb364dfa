import { createHash, randomInt } from 'node:crypto';
import { crc32 } from 'node:zlib';

// An API key: `qgk_`, 40 random base62 characters (238 bits), and 6 base62 characters of CRC-32
// over them, so that a mistyped key is refused without a database lookup (as GitHub's tokens do).
const PREFIX = 'qgk_';
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SECRET_LENGTH = 40;
const CHECKSUM_LENGTH = 6;
const KEY_PATTERN = new RegExp(`^${PREFIX}[0-9A-Za-z]{${SECRET_LENGTH + CHECKSUM_LENGTH}}$`);

function base62(value: number, length: number): string {
  let text = '';
  let rest = value;
  for (let i = 0; i < length; i += 1) {
    text = ALPHABET.charAt(rest % 62) + text;
    rest = Math.floor(rest / 62);
  }
  return text;
}

function checksum(secret: string): string {
  return base62(crc32(secret), CHECKSUM_LENGTH);
}

/** A new random key; shown once to whoever created it, never stored. */
export function generateApiKey(): string {
  let secret = '';
  for (let i = 0; i < SECRET_LENGTH; i += 1) secret += ALPHABET.charAt(randomInt(62));
  return `${PREFIX}${secret}${checksum(secret)}`;
}

/** Whether `key` has the shape and checksum of a key this server issues. */
export function isWellFormedApiKey(key: string): boolean {
  if (!KEY_PATTERN.test(key)) return false;
  const secret = key.slice(PREFIX.length, PREFIX.length + SECRET_LENGTH);
  return key.slice(PREFIX.length + SECRET_LENGTH) === checksum(secret);
}

/** What is stored instead of the key. Keys are long random strings, so a fast hash is enough (no salt, no stretching). */
export function hashApiKey(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

/** The start of a key, kept to tell keys apart in lists (`qgk_Ab12Cd…`); reveals 36 of 238 bits. */
export function apiKeyPrefix(key: string): string {
  return key.slice(0, PREFIX.length + 6);
}
