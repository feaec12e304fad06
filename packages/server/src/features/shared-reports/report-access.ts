import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long an unlocked password-protected report stays open in the reader's browser. */
export const REPORT_ACCESS_TTL_MS = 12 * 3_600_000;
export const REPORT_ACCESS_HEADER = 'x-report-access';
const COOKIE_NAME = 'lantoa_report_access';

interface AccessSubject {
  reportId: string;
  /** Bound in, so changing or removing the password ends every access already granted. */
  passwordHash: string;
}

function signature(secret: string, subject: AccessSubject, expiresAt: number): string {
  return createHmac('sha256', secret)
    .update(`shared-report-access|${subject.reportId}|${expiresAt}|${subject.passwordHash}`)
    .digest('base64url');
}

/** A short-lived proof that the password of one shared report was given: `<expiry ms>.<hmac>`. */
export function signReportAccess(secret: string, subject: AccessSubject, now: number) {
  const expiresAt = now + REPORT_ACCESS_TTL_MS;
  return { accessToken: `${expiresAt}.${signature(secret, subject, expiresAt)}`, expiresAt };
}

export function verifyReportAccess(
  secret: string,
  subject: AccessSubject,
  accessToken: string | undefined,
  now: number,
): boolean {
  if (!accessToken) return false;
  const [expiryText, given] = accessToken.split('.');
  const expiresAt = Number(expiryText);
  if (!given || !Number.isSafeInteger(expiresAt) || expiresAt <= now) return false;
  const expected = Buffer.from(signature(secret, subject, expiresAt));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** The access token as an httpOnly cookie that only this report's API path receives. */
export function reportAccessCookie(token: string, accessToken: string, secure: boolean): string {
  const path = `/api/v1/public/reports/${encodeURIComponent(token)}`;
  const maxAge = Math.floor(REPORT_ACCESS_TTL_MS / 1000);
  return `${COOKIE_NAME}=${accessToken}; Path=${path}; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

/** The access token from the `x-report-access` header, else from the cookie set by /unlock. */
export function givenReportAccess(
  headers: Record<string, string | string[] | undefined>,
): string | undefined {
  const header = headers[REPORT_ACCESS_HEADER];
  if (typeof header === 'string' && header) return header;
  const cookies = typeof headers.cookie === 'string' ? headers.cookie.split(';') : [];
  for (const cookie of cookies) {
    const [name, value] = cookie.trim().split('=');
    if (name === COOKIE_NAME && value) return value;
  }
  return undefined;
}
