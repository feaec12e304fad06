import { describe, expect, it } from 'vitest';
import {
  givenReportAccess,
  REPORT_ACCESS_TTL_MS,
  signReportAccess,
  verifyReportAccess,
} from './report-access';

const SECRET = 'bi-mat-may-chu-du-dai-32-ky-tu-tro-len';
const subject = { reportId: 'r1', passwordHash: 'salt:hash-a' };
const now = Date.parse('2026-11-22T10:00:00Z');

describe('report access token', () => {
  it('opens the report it was signed for until it expires 12 hours later', () => {
    const { accessToken, expiresAt } = signReportAccess(SECRET, subject, now);
    expect(expiresAt - now).toBe(12 * 3_600_000);
    expect(verifyReportAccess(SECRET, subject, accessToken, now + REPORT_ACCESS_TTL_MS - 1)).toBe(true);
    expect(verifyReportAccess(SECRET, subject, accessToken, now + REPORT_ACCESS_TTL_MS)).toBe(false);
  });

  it('does not open another report, a changed password, or under another secret', () => {
    const { accessToken } = signReportAccess(SECRET, subject, now);
    expect(verifyReportAccess(SECRET, { ...subject, reportId: 'r2' }, accessToken, now)).toBe(false);
    expect(verifyReportAccess(SECRET, { ...subject, passwordHash: 'salt:hash-b' }, accessToken, now)).toBe(
      false,
    );
    expect(verifyReportAccess(`${SECRET}x`, subject, accessToken, now)).toBe(false);
  });

  it('refuses a missing, malformed or stretched token', () => {
    const { accessToken } = signReportAccess(SECRET, subject, now);
    const [expiry, signature] = accessToken.split('.');
    expect(verifyReportAccess(SECRET, subject, undefined, now)).toBe(false);
    expect(verifyReportAccess(SECRET, subject, 'khong-phai-token', now)).toBe(false);
    expect(verifyReportAccess(SECRET, subject, `${Number(expiry) + 3_600_000}.${signature}`, now)).toBe(
      false,
    );
  });

  it('reads the token from the header first, else from its cookie among others', () => {
    expect(
      givenReportAccess({ 'x-report-access': 'tu-header', cookie: 'lantoa_report_access=tu-cookie' }),
    ).toBe('tu-header');
    expect(givenReportAccess({ cookie: 'a=1; lantoa_report_access=tu-cookie; b=2' })).toBe('tu-cookie');
    expect(givenReportAccess({ cookie: 'a=1' })).toBeUndefined();
  });
});
