import { creators, VETTING_DECISIONS, vettingDecisions } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/define-route';
import { ZCreatorParams } from '../creators/creator-schemas';
import { loadCreatorVetting, loadDecisions } from './load-creator-vetting';

const ZDecision = z.object({
  id: z.string(),
  decision: z.enum(VETTING_DECISIONS),
  by: z.string(),
  byName: z.string(),
  at: z.string(),
  note: z.string().optional(),
});

export const getVettingRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/creators/:creatorId/vetting',
  permission: 'creator.read',
  summary:
    'Vetting of a creator now: ER vs its benchmark band (with source) and the workspace percentile, audience quality with every signal, risk flags with evidence and post links, reliability, decisions, history series for charts',
  tags: ['vetting'],
  schema: {
    params: ZCreatorParams,
    response: z.object({
      dossier: z.record(z.string(), z.unknown()),
      primaryAccountId: z.string().nullable(),
      er: z.record(z.string(), z.unknown()),
      followerHistory: z.array(
        z.object({
          accountId: z.string(),
          points: z.array(z.object({ at: z.string(), followers: z.number() })),
        }),
      ),
      erHistory: z.array(
        z.object({ postId: z.string(), at: z.string(), er: z.number(), url: z.string().nullable() }),
      ),
      pastCampaigns: z.array(z.record(z.string(), z.unknown())),
      posts: z.array(z.object({ id: z.string(), url: z.string().nullable() })),
      followerSample: z
        .object({
          id: z.string(),
          accountId: z.string(),
          fileName: z.string(),
          createdAt: z.string(),
          rowsValid: z.number(),
          uploadedByName: z.string(),
        })
        .nullable(),
      decisions: z.array(ZDecision),
    }),
  },
  handler: async ({ ctx, params }) => {
    const { decisionRecords, ...view } = await loadCreatorVetting(
      ctx.services.db,
      ctx.workspace.id,
      params.creatorId,
      new Date(),
    );
    return {
      ...view,
      // Per-row assessments stay out of the page's payload: the sample route lists the problems.
      dossier: {
        ...view.dossier,
        followerSample: view.dossier.followerSample && { ...view.dossier.followerSample, rows: [] },
      },
      er: { ...view.er },
      pastCampaigns: view.pastCampaigns.map((c) => ({ ...c })),
      decisions: decisionRecords,
    };
  },
});

export const decideCreatorRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/creators/:creatorId/decisions',
  permission: 'creator.write',
  summary: 'Approve or reject a creator (or send back for review) with a reason; recorded with who and when',
  tags: ['vetting'],
  status: 201,
  schema: {
    params: ZCreatorParams,
    body: z.strictObject({
      decision: z.enum(VETTING_DECISIONS),
      reason: z.string().trim().min(3, 'say why in a few words').max(2000),
    }),
    response: z.object({ decisions: z.array(ZDecision) }),
  },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    await ctx.write(async (tx, audit) => {
      const [creator] = await tx
        .select({ id: creators.id })
        .from(creators)
        .where(and(eq(creators.id, params.creatorId), eq(creators.workspaceId, workspaceId)));
      if (!creator) throw AppError.notFound('Creator');
      const [row] = await tx
        .insert(vettingDecisions)
        .values({
          workspaceId,
          creatorId: creator.id,
          decision: body.decision,
          reason: body.reason,
          decidedBy: ctx.actor.id,
          decidedByName: ctx.actor.name,
        })
        .returning();
      await audit({
        action: `creator.vetting.${body.decision}`,
        entityType: 'creator',
        entityId: creator.id,
        before: null,
        after: row,
      });
    });
    return { decisions: await loadDecisions(ctx.services.db, workspaceId, params.creatorId) };
  },
});
