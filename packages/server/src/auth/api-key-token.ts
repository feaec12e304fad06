import { createHash, randomBytes } from 'node:crypto';

const KEY_PREFIX = 'lt_';

export interface GeneratedApiKey {
  key: string;
  prefix: string;
  hash: string;
}

/** A new API key: shown to the user once; only its SHA-256 hash and a short prefix are stored. */
export function generateApiKey(): GeneratedApiKey {
  const key = `${KEY_PREFIX}${randomBytes(24).toString('base64url')}`;
  return { key, prefix: key.slice(0, 10), hash: hashToken(key) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith(KEY_PREFIX) && token.length > 20 && token.length < 100;
}
