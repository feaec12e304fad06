import type { Db } from '@lantoa/db';
import { BACKGROUND_CHECK_LEVELS, backgroundChecks } from '@lantoa/db/schema';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { defineRoute } from '../../http/define-route';
import { ZCreatorParams } from '../creators/creator-schemas';
import { assertCreator } from './assert-creator';

const ZBackgroundCheck = z.object({
  id: z.string(),
  note: z.string(),
  raisesRiskTo: z.enum(BACKGROUND_CHECK_LEVELS).nullable(),
  authorName: z.string(),
  createdAt: z.string(),
});

export async function loadBackgroundChecks(db: Db, workspaceId: string, creatorId: string) {
  const rows = await db
    .select()
    .from(backgroundChecks)
    .where(and(eq(backgroundChecks.workspaceId, workspaceId), eq(backgroundChecks.creatorId, creatorId)))
    .orderBy(asc(backgroundChecks.createdAt));
  return rows.map((row) => ({
    id: row.id,
    note: row.note,
    raisesRiskTo: row.raisesRiskTo ?? null,
    authorName: row.authorName,
    createdAt: row.createdAt.toISOString(),
  }));
}

export const listBackgroundChecksRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/creators/:creatorId/background-checks',
  permission: 'creator.read',
  summary: 'Manual background-check notes on a creator, oldest first, with author and date',
  tags: ['vetting'],
  schema: { params: ZCreatorParams, response: z.object({ items: z.array(ZBackgroundCheck) }) },
  handler: async ({ ctx, params }) => {
    await assertCreator(ctx.services.db, ctx.workspace.id, params.creatorId);
    return { items: await loadBackgroundChecks(ctx.services.db, ctx.workspace.id, params.creatorId) };
  },
});

export const addBackgroundCheckRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/creators/:creatorId/background-checks',
  permission: 'creator.write',
  summary:
    'Add a background-check note; `raisesRiskTo` (medium / high / critical) lifts the risk level with the note as its reason',
  tags: ['vetting'],
  status: 201,
  schema: {
    params: ZCreatorParams,
    body: z.strictObject({
      note: z.string().trim().min(3, 'say what was found in a few words').max(4000),
      raisesRiskTo: z.enum(BACKGROUND_CHECK_LEVELS).nullable().optional(),
    }),
    response: ZBackgroundCheck,
  },
  handler: async ({ ctx, params, body }) => {
    const row = await ctx.write(async (tx, audit) => {
      const creator = await assertCreator(tx, ctx.workspace.id, params.creatorId);
      const [created] = await tx
        .insert(backgroundChecks)
        .values({
          workspaceId: ctx.workspace.id,
          creatorId: creator.id,
          note: body.note,
          raisesRiskTo: body.raisesRiskTo ?? null,
          authorId: ctx.actor.id,
          authorName: ctx.actor.name,
        })
        .returning();
      if (!created) throw new Error('insert returned no note');
      await audit({
        action: 'creator.background_check.add',
        entityType: 'creator',
        entityId: creator.id,
        after: created,
      });
      return created;
    });
    return {
      id: row.id,
      note: row.note,
      raisesRiskTo: row.raisesRiskTo ?? null,
      authorName: row.authorName,
      createdAt: row.createdAt.toISOString(),
    };
  },
});
