import { conversionSigningKeys } from '@lantoa/db/schema';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../http/app-error';
import { type AnyRoute, defineRoute } from '../../http/define-route';
import { registerRoute } from '../../http/register-route';
import type { Services } from '../../services';
import { keepRawJsonBodies, rawBodyOf } from './raw-body';
import { recordConversion, type TrackType } from './record-conversion';
import { ZTrackBody, ZTrackResult } from './track-schemas';
import { SIGNATURE_HEADER, verifySignature } from './verify-signature';

function trackRoute(type: TrackType, summary: string) {
  return defineRoute({
    method: 'POST',
    url: `/api/v1/track/${type}`,
    // Authenticated by the HMAC signature of the workspace named in the body, checked in the handler: the
    // attribution below only ever reads and writes rows of that workspace.
    permission: 'public',
    summary: `${summary} Signed: header ${SIGNATURE_HEADER}: t=<unix s>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">.`,
    tags: ['tracking'],
    schema: { body: ZTrackBody, response: ZTrackResult },
    handler: async ({ ctx, body, request }) => {
      const [key] = await ctx.services.db
        .select({ secret: conversionSigningKeys.secret })
        .from(conversionSigningKeys)
        .where(eq(conversionSigningKeys.workspaceId, body.workspaceId));
      if (!key)
        throw new AppError(
          'unauthenticated',
          'This workspace has no signing secret yet: open it in Lantoa first',
          [{ path: 'body.workspaceId', message: 'no signing secret' }],
        );
      const header = request.headers[SIGNATURE_HEADER];
      verifySignature(
        key.secret,
        rawBodyOf(request),
        Array.isArray(header) ? header[0] : header,
        Date.now() / 1000,
      );
      return recordConversion(ctx.services, type, body, request.id);
    },
  });
}

export const TRACK_ROUTES: readonly AnyRoute[] = [
  trackRoute('lead', 'Record a lead (sign-up, form, message).'),
  trackRoute('sale', 'Record a sale, or approve an earlier one (same orderId, status "approved").'),
  trackRoute('refund', 'Reverse the sale with this orderId.'),
] as AnyRoute[];

/** The postback routes live in their own scope, whose JSON parser keeps the raw body for the signature. */
export function registerTrackRoutes(services: Services) {
  return async (scope: FastifyInstance) => {
    keepRawJsonBodies(scope);
    for (const route of TRACK_ROUTES) registerRoute(scope, services, route);
  };
}
