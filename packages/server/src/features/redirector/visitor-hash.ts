import { hash } from 'node:crypto';
import { vietnamDayNumber } from '@lantoa/core/attribution';

/**
 * A visitor's identity for one day: sha-256 of (secret salt, Vietnam day, IP, user agent), truncated. The IP is
 * never stored, and because the day is in the salt, hashes of different days cannot be linked.
 */
export function createVisitorHasher(
  secretSalt: string,
): (ip: string, userAgent: string, nowMs: number) => string {
  let day = -1;
  let daySalt = '';
  return (ip, userAgent, nowMs) => {
    const today = vietnamDayNumber(nowMs);
    if (today !== day) {
      day = today;
      daySalt = `${secretSalt}:${today}:`;
    }
    return hash('sha256', `${daySalt}${ip}\n${userAgent}`, 'base64url').slice(0, 22);
  };
}
