import { MIN_PASSWORD_LENGTH } from '../../lib/validate';

export type StrengthLevel = 'too_short' | 'weak' | 'fair' | 'good' | 'strong';

/** A rough, explainable strength estimate: length first, then the variety of characters. */
export function passwordStrength(password: string): StrengthLevel {
  if (password.length < MIN_PASSWORD_LENGTH) return 'too_short';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password)).length;
  const distinct = new Set(password).size;
  if (classes <= 1 || distinct < 5) return 'weak';
  let points = classes;
  if (password.length >= 14) points += 1;
  if (password.length >= 20) points += 1;
  if (points >= 5) return 'strong';
  if (points >= 4) return 'good';
  return 'fair';
}

export const STRENGTH_SCORE: Record<StrengthLevel, number> = {
  too_short: 0,
  weak: 1,
  fair: 2,
  good: 3,
  strong: 4,
};
