import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Services } from '../../services';
import { locationFor } from './link-cache';
import { LINK_NOT_FOUND_PAGE } from './not-found-page';

const CLICK_COOKIE_MAX_AGE_S = 30 * 24 * 3600;

/**
 * `GET /l/:slug` (and `GET /:slug` on `SHORT_DOMAIN` when set): 302 from the in-process cache; the click is
 * journaled before the answer and stored in the database in the next batch. `?q=1` marks a QR-code scan.
 */
export function registerRedirector(app: FastifyInstance, services: Services): void {
  const { redirector, config } = services;
  const secureCookie = config.publicUrl.startsWith('https:') ? '; Secure' : '';

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
    const clickId = redirector.recordClick(link, {
      ip: request.ip,
      userAgent: request.headers['user-agent'],
      referrer: request.headers.referer,
      via: request.query.q === '1' ? 'qr' : 'link',
      nowMs,
    });
    return reply
      .header('cache-control', 'no-store')
      .header(
        'set-cookie',
        `lt_cid=${clickId}; Max-Age=${CLICK_COOKIE_MAX_AGE_S}; Path=/; HttpOnly; SameSite=Lax${secureCookie}`,
      )
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
}
