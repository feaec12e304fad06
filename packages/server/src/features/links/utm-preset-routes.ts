import { utmPresets } from '@lantoa/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../http/app-error';
import { ZUuid, ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { ZUtm } from './link-schemas';

const ZPreset = z.object({ id: z.string(), name: z.string(), utm: ZUtm });

export const listUtmPresetsRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/utm-presets',
  permission: 'link.read',
  summary: 'Saved UTM presets, by name',
  tags: ['links'],
  schema: { params: ZWorkspaceParams, response: z.object({ items: z.array(ZPreset) }) },
  handler: async ({ ctx }) => {
    const rows = await ctx.services.db
      .select({ id: utmPresets.id, name: utmPresets.name, utm: utmPresets.utm })
      .from(utmPresets)
      .where(eq(utmPresets.workspaceId, ctx.workspace.id))
      .orderBy(asc(utmPresets.name));
    return { items: rows };
  },
});

export const createUtmPresetRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/utm-presets',
  permission: 'link.write',
  summary: 'Save a UTM preset under a name (names are unique in the workspace)',
  tags: ['links'],
  status: 201,
  schema: {
    params: ZWorkspaceParams,
    body: z.strictObject({ name: z.string().trim().min(1).max(80), utm: ZUtm }),
    response: ZPreset,
  },
  handler: ({ ctx, body }) =>
    ctx.write(async (tx, audit) => {
      const [clash] = await tx
        .select({ id: utmPresets.id })
        .from(utmPresets)
        .where(and(eq(utmPresets.workspaceId, ctx.workspace.id), eq(utmPresets.name, body.name)));
      if (clash)
        throw new AppError('conflict', `A preset named "${body.name}" exists`, [
          {
            path: 'body.name',
            message: 'choose another name',
            reason: 'utm_preset_exists',
            values: { name: body.name },
          },
        ]);
      const [row] = await tx
        .insert(utmPresets)
        .values({ workspaceId: ctx.workspace.id, name: body.name, utm: body.utm })
        .returning({ id: utmPresets.id, name: utmPresets.name, utm: utmPresets.utm });
      if (!row) throw new Error('preset insert returned no row');
      await audit({ action: 'utm_preset.create', entityType: 'utm_preset', entityId: row.id, after: body });
      return row;
    }),
});

export const deleteUtmPresetRoute = defineRoute({
  method: 'DELETE',
  url: '/api/v1/workspaces/:workspaceId/utm-presets/:presetId',
  permission: 'link.write',
  summary: 'Delete a UTM preset (links made with it keep their tags)',
  tags: ['links'],
  schema: { params: z.strictObject({ workspaceId: ZUuid, presetId: ZUuid }) },
  handler: async ({ ctx, params }) => {
    await ctx.write(async (tx, audit) => {
      const [row] = await tx
        .delete(utmPresets)
        .where(and(eq(utmPresets.id, params.presetId), eq(utmPresets.workspaceId, ctx.workspace.id)))
        .returning();
      if (!row) throw AppError.notFound('UTM preset');
      await audit({
        action: 'utm_preset.delete',
        entityType: 'utm_preset',
        entityId: row.id,
        before: { name: row.name, utm: row.utm },
      });
    });
    return undefined;
  },
});
