import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-error';
import { authCall, authErrorField } from './auth-call';
import { passwordStrength } from './password-strength';
import { safeRedirect } from './safe-redirect';

describe('passwordStrength', () => {
  it('rates by length first, then by variety', () => {
    expect(passwordStrength('Ab1!')).toBe('too_short');
    expect(passwordStrength('aaaaaaaaaaaa')).toBe('weak');
    expect(passwordStrength('matkhaulantoa')).toBe('weak');
    expect(passwordStrength('matkhau2025')).toBe('fair');
    expect(passwordStrength('MatKhau2025')).toBe('fair');
    expect(passwordStrength('MatKhau2025!')).toBe('good');
    expect(passwordStrength('MatKhau-LanToa-2025!')).toBe('strong');
  });
});

describe('safeRedirect', () => {
  it('follows same-origin paths only', () => {
    expect(safeRedirect('/invite/abc')).toBe('/invite/abc');
    expect(safeRedirect('//evil.example')).toBe('/');
    expect(safeRedirect('/\\evil.example')).toBe('/');
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect(undefined)).toBe('/');
  });
});

describe('authCall', () => {
  it('returns data or throws an ApiError with the better-auth code', async () => {
    await expect(authCall(Promise.resolve({ data: { ok: true }, error: null }))).resolves.toEqual({
      ok: true,
    });
    const failed = authCall(
      Promise.resolve({
        data: null,
        error: { status: 401, code: 'INVALID_EMAIL_OR_PASSWORD', message: 'Invalid email or password' },
      }),
    );
    await expect(failed).rejects.toMatchObject({ status: 401, code: 'INVALID_EMAIL_OR_PASSWORD' });
  });
});

describe('authErrorField', () => {
  it('places each auth error next to the field it is about', () => {
    expect(authErrorField(new ApiError(422, 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL', ''))).toBe('email');
    expect(authErrorField(new ApiError(400, 'PASSWORD_TOO_SHORT', ''))).toBe('password');
    expect(authErrorField(new ApiError(400, 'INVALID_PASSWORD', ''), 'newPassword')).toBe('currentPassword');
    expect(authErrorField(new ApiError(401, 'INVALID_EMAIL_OR_PASSWORD', ''))).toBe('form');
    expect(
      authErrorField(
        new ApiError(400, 'validation_failed', '', [{ path: 'body.name', message: 'Required' }]),
      ),
    ).toBe('name');
  });
});
