import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientIp, redirectTarget } from './redirect-fast-path';

function request(url: string, headers: Record<string, string> = {}, method = 'GET'): IncomingMessage {
  return { url, method, headers, socket: { remoteAddress: '10.0.0.9' } } as unknown as IncomingMessage;
}

describe('redirectTarget', () => {
  it('reads the slug of /l/<slug>, lower-cased, and marks ?q=1 as a QR scan', () => {
    expect(redirectTarget(request('/l/Tet-Linh'), undefined)).toMatchObject({ slug: 'tet-linh', qr: false });
    expect(redirectTarget(request('/l/tet-linh?utm=x&q=1'), undefined)).toMatchObject({
      slug: 'tet-linh',
      qr: true,
    });
    expect(redirectTarget(request('/l/tet-linh?q=0'), undefined)).toMatchObject({ qr: false });
  });

  it('answers /<slug> only on the short domain', () => {
    expect(redirectTarget(request('/tet', { host: 'lt.vn' }), 'lt.vn')).toMatchObject({ slug: 'tet' });
    expect(redirectTarget(request('/tet', { host: 'app.example.vn' }), 'lt.vn')).toBeNull();
    expect(redirectTarget(request('/tet', { host: 'lt.vn' }), undefined)).toBeNull();
  });

  it('leaves everything else to the router', () => {
    expect(redirectTarget(request('/l/tet', {}, 'HEAD'), undefined)).toBeNull();
    expect(redirectTarget(request('/l/'), undefined)).toBeNull();
    expect(redirectTarget(request('/l/a/b'), undefined)).toBeNull();
    expect(redirectTarget(request('/l/t%C3%A9t'), undefined)).toBeNull();
    expect(redirectTarget(request('/api/v1/workspaces'), undefined)).toBeNull();
  });
});

describe('clientIp', () => {
  it('is the socket address unless a trusted proxy names the client first in X-Forwarded-For', () => {
    const proxied = request('/l/x', { 'x-forwarded-for': '203.113.1.7, 10.0.0.1' });
    expect(clientIp(proxied, false)).toBe('10.0.0.9');
    expect(clientIp(proxied, true)).toBe('203.113.1.7');
    expect(clientIp(request('/l/x'), true)).toBe('10.0.0.9');
  });
});
