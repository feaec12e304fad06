import { conversionSigningKeys } from '@lantoa/db/schema';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { newSigningSecret, signingSecretFor } from './signing-key';
import { SIGNATURE_HEADER } from './verify-signature';

const ZSigningKey = z.object({ secret: z.string(), header: z.string(), endpoints: z.array(z.string()) });

const describe = (publicUrl: string, secret: string) => ({
  secret,
  header: SIGNATURE_HEADER,
  endpoints: ['lead', 'sale', 'refund'].map((type) => `${publicUrl}/api/v1/track/${type}`),
});

export const getSigningKeyRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/conversion-signing-key',
  permission: 'api_key.read',
  summary: 'The secret that signs conversion postbacks (HMAC-SHA256), made on first request',
  tags: ['tracking'],
  schema: { params: ZWorkspaceParams, response: ZSigningKey },
  handler: async ({ ctx }) =>
    describe(ctx.services.config.publicUrl, await signingSecretFor(ctx.services.db, ctx.workspace.id)),
});

export const rotateSigningKeyRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/conversion-signing-key',
  permission: 'api_key.manage',
  summary: 'Replace the postback signing secret; postbacks signed with the old one are refused at once',
  tags: ['tracking'],
  schema: { params: ZWorkspaceParams, response: ZSigningKey },
  handler: async ({ ctx }) => {
    const secret = newSigningSecret();
    await ctx.write(async (tx, audit) => {
      await signingSecretFor(tx, ctx.workspace.id);
      await tx
        .update(conversionSigningKeys)
        .set({ secret, createdAt: new Date() })
        .where(eq(conversionSigningKeys.workspaceId, ctx.workspace.id));
      await audit({ action: 'conversion_key.rotate', entityType: 'workspace', entityId: ctx.workspace.id });
    });
    return describe(ctx.services.config.publicUrl, secret);
  },
});
