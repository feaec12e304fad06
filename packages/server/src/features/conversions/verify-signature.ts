import { createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../http/app-error';

export const SIGNATURE_HEADER = 'x-lantoa-signature';
const TOLERANCE_S = 300;

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`, as a sender computes it. */
export function signPayload(secret: string, rawBody: string, timestampS: number): string {
  const mac = createHmac('sha256', secret).update(`${timestampS}.${rawBody}`).digest('hex');
  return `t=${timestampS},v1=${mac}`;
}

/**
 * Throws `unauthenticated` unless the header carries a valid signature of this exact body made within 5 minutes
 * of `nowS` (an old request replayed later is refused; within the window the idempotency key makes a replay
 * harmless).
 */
export function verifySignature(
  secret: string,
  rawBody: string,
  header: string | undefined,
  nowS: number,
): void {
  const parts = new Map(
    (header ?? '').split(',').map((part) => {
      const at = part.indexOf('=');
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const;
    }),
  );
  const timestamp = Number(parts.get('t'));
  const given = parts.get('v1') ?? '';
  if (!Number.isInteger(timestamp) || !/^[0-9a-f]{64}$/.test(given))
    throw new AppError(
      'unauthenticated',
      `Send the header ${SIGNATURE_HEADER}: t=<unix seconds>,v1=<hex HMAC-SHA256>`,
      [{ path: `headers.${SIGNATURE_HEADER}`, message: 'missing or malformed' }],
    );
  if (Math.abs(nowS - timestamp) > TOLERANCE_S)
    throw new AppError(
      'unauthenticated',
      'The signature timestamp is more than 5 minutes away from our clock',
      [{ path: `headers.${SIGNATURE_HEADER}`, message: 'expired or from the future' }],
    );
  const expected = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest();
  if (!timingSafeEqual(expected, Buffer.from(given, 'hex')))
    throw new AppError('unauthenticated', 'The signature does not match the body and the workspace secret', [
      { path: `headers.${SIGNATURE_HEADER}`, message: 'wrong signature' },
    ]);
}
