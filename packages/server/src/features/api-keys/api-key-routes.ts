import { apiKeys, users } from '@lantoa/db/schema';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { generateApiKey } from '../../auth/api-key-token';
import { AppError } from '../../http/app-error';
import { toIso, ZRole, ZUuid, ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { assertCanManageRole } from '../members/member-rules';

const ZApiKey = z.object({
  id: z.string(),
  name: z.string(),
  role: ZRole,
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  createdBy: z.object({ name: z.string() }).nullable(),
});

export const listApiKeysRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/api-keys',
  permission: 'api_key.read',
  summary: 'Active API keys of the workspace (secrets are never shown again)',
  tags: ['api-keys'],
  schema: { params: ZWorkspaceParams, response: z.object({ items: z.array(ZApiKey) }) },
  handler: async ({ ctx }) => {
    const rows = await ctx.services.db
      .select({ key: apiKeys, creatorName: users.name })
      .from(apiKeys)
      .leftJoin(users, eq(users.id, apiKeys.createdBy))
      .where(and(eq(apiKeys.workspaceId, ctx.workspace.id), isNull(apiKeys.revokedAt)))
      .orderBy(desc(apiKeys.createdAt));
    return {
      items: rows.map(({ key, creatorName }) => ({
        id: key.id,
        name: key.name,
        role: key.role,
        prefix: key.prefix,
        createdAt: key.createdAt.toISOString(),
        lastUsedAt: toIso(key.lastUsedAt),
        createdBy: creatorName ? { name: creatorName } : null,
      })),
    };
  },
});

export const createApiKeyRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/api-keys',
  permission: 'api_key.manage',
  summary: 'Create an API key with a role; the secret is in this answer only',
  tags: ['api-keys'],
  status: 201,
  schema: {
    params: ZWorkspaceParams,
    body: z.strictObject({ name: z.string().trim().min(1).max(80), role: ZRole }),
    response: ZApiKey.omit({ lastUsedAt: true, createdBy: true }).extend({ key: z.string() }),
  },
  handler: async ({ ctx, body }) => {
    assertCanManageRole(ctx.workspace.role, null, body.role);
    if (body.role === 'owner')
      throw new AppError('bad_request', 'An API key cannot be an owner', [
        { path: 'body.role', message: 'choose admin or below' },
      ]);
    const generated = generateApiKey();
    const row = await ctx.write(async (tx, audit) => {
      const [created] = await tx
        .insert(apiKeys)
        .values({
          workspaceId: ctx.workspace.id,
          name: body.name,
          role: body.role,
          prefix: generated.prefix,
          keyHash: generated.hash,
          createdBy: ctx.actor.type === 'user' ? ctx.actor.id : null,
        })
        .returning();
      if (!created) throw new Error('api key insert returned no row');
      await audit({
        action: 'api_key.create',
        entityType: 'api_key',
        entityId: created.id,
        after: { name: body.name, role: body.role, prefix: generated.prefix },
      });
      return created;
    });
    return {
      id: row.id,
      name: row.name,
      role: row.role,
      prefix: row.prefix,
      createdAt: row.createdAt.toISOString(),
      key: generated.key,
    };
  },
});

export const revokeApiKeyRoute = defineRoute({
  method: 'DELETE',
  url: '/api/v1/workspaces/:workspaceId/api-keys/:apiKeyId',
  permission: 'api_key.manage',
  summary: 'Revoke an API key at once',
  tags: ['api-keys'],
  schema: { params: z.strictObject({ workspaceId: ZUuid, apiKeyId: ZUuid }) },
  handler: async ({ ctx, params }) => {
    await ctx.write(async (tx, audit) => {
      const [row] = await tx
        .update(apiKeys)
        .set({ revokedAt: new Date() })
        .where(
          and(
            eq(apiKeys.id, params.apiKeyId),
            eq(apiKeys.workspaceId, ctx.workspace.id),
            isNull(apiKeys.revokedAt),
          ),
        )
        .returning();
      if (!row) throw AppError.notFound('API key');
      await audit({
        action: 'api_key.revoke',
        entityType: 'api_key',
        entityId: row.id,
        before: { name: row.name, role: row.role },
      });
    });
    return undefined;
  },
});
