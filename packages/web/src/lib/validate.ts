export const MIN_PASSWORD_LENGTH = 10;

export type ValidationKey = 'required' | 'invalidEmail' | 'passwordTooShort' | 'passwordsDiffer';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateEmail(email: string): ValidationKey | null {
  if (!email.trim()) return 'required';
  return EMAIL_PATTERN.test(email.trim()) ? null : 'invalidEmail';
}

export function validateNewPassword(password: string): ValidationKey | null {
  if (!password) return 'required';
  return password.length < MIN_PASSWORD_LENGTH ? 'passwordTooShort' : null;
}

export function validateRequired(value: string): ValidationKey | null {
  return value.trim() ? null : 'required';
}

/** Keeps only the fields that failed; an empty object means the form is valid. */
export function collectErrors<F extends string>(
  checks: Record<F, ValidationKey | null>,
): Partial<Record<F, ValidationKey>> {
  const errors: Partial<Record<F, ValidationKey>> = {};
  for (const field of Object.keys(checks) as F[]) {
    const result = checks[field];
    if (result) errors[field] = result;
  }
  return errors;
}
