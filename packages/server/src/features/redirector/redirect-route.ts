import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../http/app-error';
import type { Services } from '../../services';
import { clickCookie, locationFor } from './link-cache';
import { LINK_NOT_FOUND_PAGE } from './not-found-page';
import { installRedirectFastPath } from './redirect-fast-path';

/**
 * `GET /l/:slug` (and `GET /:slug` on `SHORT_DOMAIN` when set): 302 from the in-process cache; the click is
 * journaled before the answer and stored in the database in the next batch. `?q=1` marks a QR-code scan.
 * Requests on a socket for a cached active link are answered by the fast path below Fastify; this route answers
 * the rest (first sight of a slug, unknown or disabled links, HEAD, `inject` in tests) the same way.
 */
export function registerRedirector(app: FastifyInstance, services: Services): void {
  const { redirector, config } = services;
  const secure = config.publicUrl.startsWith('https:');

  const handler = async (
    request: FastifyRequest<{ Params: { slug: string }; Querystring: { q?: string } }>,
    reply: FastifyReply,
  ) => {
    const slug = request.params.slug.toLowerCase();
    const nowMs = Date.now();
    const cached = redirector.cache.peek(slug, nowMs);
    const link = cached === undefined ? await redirector.cache.load(slug, nowMs) : cached;
    if (!link?.active) {
      return reply
        .status(404)
        .header('cache-control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(LINK_NOT_FOUND_PAGE);
    }
    const visit = {
      ip: request.ip,
      userAgent: request.headers['user-agent'],
      referrer: request.headers.referer,
      via: request.query.q === '1' ? ('qr' as const) : ('link' as const),
      nowMs,
    };
    const clickId = await new Promise<string>((resolve, reject) => {
      const id = redirector.recordClick(link, visit, (error) =>
        error
          ? reject(new AppError('unavailable', 'The click could not be recorded; try again'))
          : resolve(id),
      );
    });
    return reply
      .header('cache-control', 'no-store')
      .header('set-cookie', clickCookie(clickId, secure))
      .redirect(locationFor(link, clickId), 302);
  };

  app.get('/l/:slug', { schema: { hide: true }, logLevel: 'warn' }, handler);
  if (config.shortDomain) {
    app.get(
      '/:slug',
      { schema: { hide: true }, logLevel: 'warn', constraints: { host: config.shortDomain } },
      handler,
    );
  }
  installRedirectFastPath(app.server, services);
}
