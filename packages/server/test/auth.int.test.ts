import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieHeader, createTestApp, TEST_PASSWORD, type TestApp } from './helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('accounts', () => {
  it('signs up, reads /me, signs out and back in', async () => {
    const session = await t.signUp('Nguyễn Thu Hà', 'ha@example.vn');
    const me = await t.request({ method: 'GET', url: '/api/v1/me', as: session });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { name: 'Nguyễn Thu Hà', email: 'ha@example.vn', locale: 'vi' },
      workspaces: [],
    });

    const out = await t.request({
      method: 'POST',
      url: '/api/auth/sign-out',
      as: session,
      headers: { origin: 'http://localhost:3000' },
      payload: {},
    });
    expect(out.statusCode).toBe(200);
    const after = await t.request({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: cookieHeader(out) },
    });
    expect(after.statusCode).toBe(401);

    const signIn = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: 'ha@example.vn', password: TEST_PASSWORD },
    });
    expect(signIn.statusCode).toBe(200);
    const again = await t.request({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: cookieHeader(signIn) },
    });
    expect(again.statusCode).toBe(200);
  });

  it('rejects /me without a session with 401 in the error format', async () => {
    const response = await t.request({ method: 'GET', url: '/api/v1/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({
      error: { code: 'unauthenticated' },
      requestId: expect.any(String),
    });
    expect(response.headers['x-request-id']).toBe(response.json().requestId);
  });

  it('refuses a wrong password and a short password', async () => {
    await t.signUp('Trần Minh', 'minh@example.vn');
    const wrong = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: 'minh@example.vn', password: 'sai-mat-khau-123' },
    });
    expect(wrong.statusCode).toBe(401);
    const short = await t.request({
      method: 'POST',
      url: '/api/auth/sign-up/email',
      payload: { name: 'X', email: 'x@example.vn', password: 'short' },
    });
    expect(short.statusCode).toBe(400);
  });

  it('resets a forgotten password through the link written to the log when SMTP is not configured', async () => {
    await t.signUp('Lê Lan', 'lan@example.vn');
    const request = await t.request({
      method: 'POST',
      url: '/api/auth/request-password-reset',
      payload: { email: 'lan@example.vn', redirectTo: '/reset-password' },
    });
    expect(request.statusCode).toBe(200);
    const mail = t.services.mailer.outbox.findLast(
      (m) => m.to === 'lan@example.vn' && m.purpose === 'password-reset',
    );
    expect(mail?.link).toContain('/api/auth/reset-password/');
    const token = new URL(mail?.link ?? '').pathname.split('/').pop();
    const reset = await t.request({
      method: 'POST',
      url: '/api/auth/reset-password',
      payload: { token, newPassword: 'mat-khau-moi-2026!' },
    });
    expect(reset.statusCode).toBe(200);
    const oldPassword = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: 'lan@example.vn', password: TEST_PASSWORD },
    });
    expect(oldPassword.statusCode).toBe(401);
    const newPassword = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: 'lan@example.vn', password: 'mat-khau-moi-2026!' },
    });
    expect(newPassword.statusCode).toBe(200);
  });

  it('changes the password of a signed-in user', async () => {
    const session = await t.signUp('Phạm Quang', 'quang@example.vn');
    const change = await t.request({
      method: 'POST',
      url: '/api/auth/change-password',
      as: session,
      headers: { origin: 'http://localhost:3000' },
      payload: {
        currentPassword: TEST_PASSWORD,
        newPassword: 'mat-khau-thu-hai-2026',
        revokeOtherSessions: false,
      },
    });
    expect(change.statusCode).toBe(200);
    const signIn = await t.request({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: 'quang@example.vn', password: 'mat-khau-thu-hai-2026' },
    });
    expect(signIn.statusCode).toBe(200);
  });

  it('updates the interface language', async () => {
    const session = await t.signUp('Võ An', 'an@example.vn');
    const response = await t.request({
      method: 'PATCH',
      url: '/api/v1/me',
      as: session,
      payload: { locale: 'en' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().user.locale).toBe('en');
  });
});

describe('sign-in rate limit', () => {
  it('answers 429 in the error format after too many attempts', async () => {
    const limited = await createTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const attempt = () =>
        limited.request({
          method: 'POST',
          url: '/api/auth/sign-in/email',
          payload: { email: 'nobody@example.vn', password: 'khong-dung-123' },
        });
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await attempt()).statusCode);
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses[3]).toBe(429);
      const body = (await attempt()).json();
      expect(body.error.code).toBe('rate_limited');
    } finally {
      await limited.close();
    }
  });
});
