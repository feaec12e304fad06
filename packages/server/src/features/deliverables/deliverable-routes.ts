import { deliverableLateness, isDone } from '@lantoa/core/deliverables';
import { deliverables } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { ZWorkspaceParams } from '../../http/common-schemas';
import { defineRoute } from '../../http/define-route';
import { assertCampaign } from '../briefs/load-brief';
import { ZCampaignParams } from '../campaigns/campaign-schemas';
import { assertAssigned, assertMember } from './deliverable-rules';
import {
  ZCreateDeliverable,
  ZDeliverableDetail,
  ZDeliverableList,
  ZDeliverableParams,
  ZListDeliverablesQuery,
  ZUpdateDeliverable,
} from './deliverable-schemas';
import { findDeliverable } from './find-deliverable';
import { loadDeliverableDetail } from './load-deliverable-detail';
import { listDeliverables } from './load-deliverables';

const userId = (actor: { type: string; id: string }) => (actor.type === 'user' ? actor.id : null);

export const listDeliverablesRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/deliverables',
  permission: 'campaign.read',
  summary: 'Deliverables across campaigns (filter by campaign, creator or status), by due date',
  tags: ['deliverables'],
  schema: { params: ZWorkspaceParams, query: ZListDeliverablesQuery, response: ZDeliverableList },
  handler: async ({ ctx, query }) => ({
    items: await listDeliverables(ctx.services.db, ctx.workspace.id, query),
  }),
});

export const createDeliverableRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId/deliverables',
  permission: 'campaign.write',
  summary:
    'Plan a deliverable (video, post, story, livestream) of an assigned creator, with due date and owner',
  tags: ['deliverables'],
  status: 201,
  schema: { params: ZCampaignParams, body: ZCreateDeliverable, response: ZDeliverableDetail },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    const db = ctx.services.db;
    await assertCampaign(db, workspaceId, params.campaignId);
    await assertAssigned(db, workspaceId, params.campaignId, body.creatorId);
    await assertMember(db, workspaceId, body.ownerUserId, 'body.ownerUserId');
    const id = await ctx.write(async (tx, audit) => {
      const [row] = await tx
        .insert(deliverables)
        .values({
          ...body,
          workspaceId,
          campaignId: params.campaignId,
          dueAt: new Date(body.dueAt),
          scheduledAt: body.scheduledAt ? new Date(body.scheduledAt) : null,
          createdBy: userId(ctx.actor),
        })
        .returning();
      await audit({ action: 'deliverable.create', entityType: 'deliverable', entityId: row?.id, after: row });
      return row?.id ?? '';
    });
    return loadDeliverableDetail(db, workspaceId, id);
  },
});

export const getDeliverableRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/workspaces/:workspaceId/deliverables/:deliverableId',
  permission: 'campaign.read',
  summary:
    'A deliverable with its draft versions (and their content checks), comment thread and status history',
  tags: ['deliverables'],
  schema: { params: ZDeliverableParams, response: ZDeliverableDetail },
  handler: async ({ ctx, params }) =>
    loadDeliverableDetail(ctx.services.db, ctx.workspace.id, params.deliverableId),
});

export const updateDeliverableRoute = defineRoute({
  method: 'PATCH',
  url: '/api/v1/workspaces/:workspaceId/deliverables/:deliverableId',
  permission: 'campaign.write',
  summary: 'Change a deliverable’s title, type, platform, due or scheduled date, owner or importance',
  tags: ['deliverables'],
  schema: { params: ZDeliverableParams, body: ZUpdateDeliverable, response: ZDeliverableDetail },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    const db = ctx.services.db;
    const before = await findDeliverable(db, workspaceId, params.deliverableId);
    if (body.ownerUserId !== undefined)
      await assertMember(db, workspaceId, body.ownerUserId, 'body.ownerUserId');
    const now = new Date();
    const dueAt = body.dueAt ? new Date(body.dueAt) : before.dueAt;
    await ctx.write(async (tx, audit) => {
      const [after] = await tx
        .update(deliverables)
        .set({
          ...body,
          dueAt,
          scheduledAt:
            body.scheduledAt === undefined
              ? before.scheduledAt
              : body.scheduledAt
                ? new Date(body.scheduledAt)
                : null,
          lateness:
            isDone(before.status) || before.lateness === 'missed'
              ? deliverableLateness({ dueAt, publishedAt: before.publishedAt, now })
              : before.lateness,
          updatedAt: now,
        })
        .where(and(eq(deliverables.id, before.id), eq(deliverables.workspaceId, workspaceId)))
        .returning();
      await audit({
        action: 'deliverable.update',
        entityType: 'deliverable',
        entityId: before.id,
        before,
        after,
      });
    });
    return loadDeliverableDetail(db, workspaceId, params.deliverableId);
  },
});
