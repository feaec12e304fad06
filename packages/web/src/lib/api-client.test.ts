import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, buildUrl } from './api-client';
import { ApiError, apiErrorFromBody } from './api-error';

function respond(status: number, body: unknown) {
  const fetchMock = vi.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(body === null ? null : JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('buildUrl', () => {
  it('drops empty parameters and encodes the rest', () => {
    expect(buildUrl('/x', { q: 'cà phê', cursor: undefined, limit: 50, action: '' })).toBe(
      '/x?q=c%C3%A0+ph%C3%AA&limit=50',
    );
    expect(buildUrl('/x', {})).toBe('/x');
  });
});

describe('api client', () => {
  it('sends JSON with the session cookie under /api/v1', async () => {
    const fetchMock = respond(200, { id: 'w1' });
    await expect(api.post('/workspaces', { name: 'Sương Mai' })).resolves.toEqual({ id: 'w1' });
    const [url, init = {}] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/v1/workspaces');
    expect(init.credentials).toBe('include');
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"name":"Sương Mai"}');
    expect(new Headers(init.headers).get('content-type')).toBe('application/json');
  });

  it('returns null for a 204', async () => {
    respond(204, null);
    await expect(api.delete('/workspaces/w1/api-keys/k1')).resolves.toBeNull();
  });

  it('throws a typed ApiError carrying code, details and request id', async () => {
    respond(400, {
      error: {
        code: 'validation_failed',
        message: 'Invalid body',
        details: [{ path: 'body.email', message: 'Invalid email' }],
      },
      requestId: 'req-42',
    });
    const error = await api
      .post('/workspaces/w1/invitations', { email: 'x' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect([apiError.status, apiError.code, apiError.requestId]).toEqual([
      400,
      'validation_failed',
      'req-42',
    ]);
    expect(apiError.fieldErrors()).toEqual({ email: 'Invalid email' });
  });

  it('turns a failed connection into a network ApiError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(api.get('/me')).rejects.toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });
});

describe('apiErrorFromBody', () => {
  it("reads better-auth's flat error shape", () => {
    const error = apiErrorFromBody(422, {
      code: 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL',
      message: 'User already exists.',
    });
    expect([error.code, error.message, error.details]).toEqual([
      'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL',
      'User already exists.',
      [],
    ]);
  });

  it('falls back to the HTTP status when the body is not JSON', () => {
    const error = apiErrorFromBody(502, '<html>Bad gateway</html>');
    expect([error.code, error.status]).toEqual(['HTTP_502', 502]);
  });
});
