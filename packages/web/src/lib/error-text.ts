import { isApiError } from './api-error';

/** Error codes (REST and better-auth) that have their own sentence in the locale files under `errors.*`. */
const TRANSLATED_ERROR_CODES = [
  'network',
  'unauthenticated',
  'forbidden',
  'not_found',
  'rate_limited',
  'payload_too_large',
  'internal',
  'unavailable',
  'INVALID_EMAIL_OR_PASSWORD',
  'USER_ALREADY_EXISTS',
  'INVALID_EMAIL',
  'INVALID_PASSWORD',
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'INVALID_TOKEN',
] as const;

type TranslatedErrorCode = (typeof TRANSLATED_ERROR_CODES)[number];

/** Codes whose server message is more useful to the reader than a generic sentence. */
const SPECIFIC_CODES = new Set(['bad_request', 'validation_failed', 'conflict']);

export type ErrorDescription =
  | { kind: 'code'; code: TranslatedErrorCode }
  | { kind: 'message'; message: string };

function normaliseCode(code: string, status: number): string {
  if (code === 'NETWORK_ERROR' || status === 0) return 'network';
  if (code.startsWith('USER_ALREADY_EXISTS')) return 'USER_ALREADY_EXISTS';
  if (status === 429) return 'rate_limited';
  return code;
}

/** Decides how an error should read: a translated sentence for a known code, else the server's own message. */
export function describeError(error: unknown): ErrorDescription {
  if (!isApiError(error)) return { kind: 'code', code: 'internal' };
  const code = normaliseCode(error.code, error.status);
  const known = TRANSLATED_ERROR_CODES.find((candidate) => candidate === code);
  if (known && !SPECIFIC_CODES.has(code)) return { kind: 'code', code: known };
  if (error.message) return { kind: 'message', message: error.message };
  return { kind: 'code', code: 'internal' };
}
