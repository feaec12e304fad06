import { describe, expect, it } from 'vitest';
import { collectErrors, validateEmail, validateNewPassword, validateRequired } from './validate';

describe('form validation', () => {
  it('checks e-mail addresses', () => {
    expect(validateEmail('')).toBe('required');
    expect(validateEmail('lan@')).toBe('invalidEmail');
    expect(validateEmail(' lan@congty.vn ')).toBeNull();
  });

  it('requires passwords of at least 10 characters', () => {
    expect(validateNewPassword('')).toBe('required');
    expect(validateNewPassword('123456789')).toBe('passwordTooShort');
    expect(validateNewPassword('1234567890')).toBeNull();
  });

  it('collects only the failing fields', () => {
    expect(collectErrors({ name: validateRequired('  '), email: validateEmail('a@b.vn') })).toEqual({
      name: 'required',
    });
  });
});
