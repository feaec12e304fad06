import { ApiError } from '../../lib/api-error';

interface AuthClientError {
  code?: string | undefined;
  message?: string | undefined;
  status: number;
}

interface AuthClientResult<T> {
  data: T | null;
  error: AuthClientError | null;
}

/** Unwraps a better-auth client call into data, or throws the same ApiError the REST client throws. */
export async function authCall<T>(call: Promise<AuthClientResult<T>>): Promise<T> {
  let result: AuthClientResult<T>;
  try {
    result = await call;
  } catch (cause) {
    throw new ApiError(0, 'NETWORK_ERROR', cause instanceof Error ? cause.message : 'Network error');
  }
  if (result.error) {
    const { status, code, message } = result.error;
    throw new ApiError(status, code ?? `HTTP_${status}`, message ?? `HTTP ${status}`);
  }
  return result.data as T;
}

export type AuthField = 'name' | 'email' | 'password' | 'currentPassword' | 'newPassword' | 'form';

/** Which form field an auth error belongs to, so it can be shown next to that field. */
export function authErrorField(error: unknown, passwordField: AuthField = 'password'): AuthField {
  if (!(error instanceof ApiError)) return 'form';
  const fromDetails = Object.keys(error.fieldErrors())[0];
  if (fromDetails === 'name' || fromDetails === 'email') return fromDetails;
  if (fromDetails?.toLowerCase().includes('password')) return passwordField;
  if (error.code.startsWith('USER_ALREADY_EXISTS') || error.code === 'INVALID_EMAIL') return 'email';
  if (error.code === 'PASSWORD_TOO_SHORT' || error.code === 'PASSWORD_TOO_LONG') return passwordField;
  if (error.code === 'INVALID_PASSWORD')
    return passwordField === 'newPassword' ? 'currentPassword' : passwordField;
  return 'form';
}
