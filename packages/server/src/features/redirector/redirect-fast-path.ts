import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Services } from '../../services';
import { type CachedLink, clickCookie, locationFor } from './link-cache';

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * Answers `GET /l/<slug>` (and `GET /<slug>` on `SHORT_DOMAIN`) for a cached, active link straight from the HTTP
 * server's request event, before Fastify: routing, hooks and reply objects cost more than the rest of the
 * redirect. Anything else — a slug not in the cache yet, an unknown or disabled link, another method or path — is
 * handed to Fastify unchanged, whose `/l/:slug` route does the same work the slow way.
 */
export function installRedirectFastPath(server: Server, services: Services): void {
  const { redirector, config } = services;
  const secure = config.publicUrl.startsWith('https:');
  const fastify = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');

  const answer = (request: IncomingMessage, response: ServerResponse, link: CachedLink, target: Target) => {
    const clickId = redirector.recordClick(
      link,
      {
        ip: clientIp(request, config.trustProxy),
        userAgent: request.headers['user-agent'],
        referrer: request.headers.referer,
        via: target.qr ? 'qr' : 'link',
        nowMs: target.nowMs,
      },
      (error) => {
        if (error) {
          response.writeHead(503, { 'cache-control': 'no-store', 'content-length': '0' }).end();
          return;
        }
        const headers: Record<string, string> = {
          location: locationFor(link, clickId),
          'cache-control': 'no-store',
          'set-cookie': clickCookie(clickId, secure),
          'content-length': '0',
        };
        // While shutting down, answer and then close the keep-alive connection (as Fastify's hook does).
        if (!server.listening) headers.connection = 'close';
        response.writeHead(302, headers).end();
      },
    );
  };

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const target = redirectTarget(request, config.shortDomain);
    const link = target && redirector.cache.peek(target.slug, target.nowMs);
    if (target && link?.active) {
      answer(request, response, link, target);
      return;
    }
    for (const listener of fastify) listener.call(server, request, response);
  });
}

interface Target {
  slug: string;
  qr: boolean;
  nowMs: number;
}

/** The slug a GET asks for, or `null` when the request is not a plain short-link visit. */
export function redirectTarget(request: IncomingMessage, shortDomain: string | undefined): Target | null {
  const url = request.url;
  if (request.method !== 'GET' || !url) return null;
  let start: number;
  if (url.startsWith('/l/')) start = 3;
  else if (shortDomain && request.headers.host === shortDomain) start = 1;
  else return null;
  const queryAt = url.indexOf('?', start);
  const slug = url.slice(start, queryAt === -1 ? undefined : queryAt);
  // Encoded or nested paths are left to the router.
  if (slug.length === 0 || slug.includes('/') || slug.includes('%')) return null;
  const qr = queryAt !== -1 && new URLSearchParams(url.slice(queryAt + 1)).get('q') === '1';
  return { slug: slug.toLowerCase(), qr, nowMs: Date.now() };
}

/** The visitor's address: the socket's, or behind a trusted proxy the first `X-Forwarded-For` hop (as Fastify). */
export function clientIp(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return request.socket.remoteAddress ?? '';
}
