import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { API_TOKEN_PREFIX } from '@waymark/shared/types';

/**
 * An API client's key: `wmk_<client id without dashes>_<secret>`, the secret 256 random bits in
 * base64url. The id lets the API find the one row to check, so the secret is compared once,
 * in constant time, instead of being looked up. Only the secret's SHA-256 is kept: a slow
 * password hash (argon2) guards low-entropy passwords against guessing, but nobody can guess
 * 256 random bits, and argon2 on every request would cost tens of milliseconds of CPU each.
 */
const TOKEN = /^wmk_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export interface ApiToken {
  clientId: string;
  secret: string;
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function formatToken(clientId: string, secret: string): string {
  return `${API_TOKEN_PREFIX}${clientId.replaceAll('-', '')}_${secret}`;
}

export function isApiToken(bearer: string): boolean {
  return bearer.startsWith(API_TOKEN_PREFIX);
}

/** The client id and secret of a well-formed key, or null. */
export function parseToken(bearer: string): ApiToken | null {
  const match = TOKEN.exec(bearer);
  if (!match) return null;
  const hex = match[1];
  const clientId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { clientId, secret: match[2] };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** Whether `secret` hashes to `storedHash`, compared in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const given = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
