import { defineRoute } from '../../http/define-route';
import { applyStatusChange } from './apply-status-change';
import { ZChangeStatus, ZDeliverableDetail, ZDeliverableParams } from './deliverable-schemas';
import { findDeliverable } from './find-deliverable';
import { loadDeliverableDetail } from './load-deliverable-detail';

export const changeDeliverableStatusRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/deliverables/:deliverableId/status',
  permission: 'campaign.write',
  summary:
    'Move a deliverable through draft → in review → changes requested → approved → scheduled → published → verified; publishing needs the live URL and links the post',
  tags: ['deliverables'],
  schema: { params: ZDeliverableParams, body: ZChangeStatus, response: ZDeliverableDetail },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    const row = await findDeliverable(ctx.services.db, workspaceId, params.deliverableId);
    await ctx.write(async (tx, audit) => {
      const { before, after } = await applyStatusChange(tx, row, {
        to: body.status,
        actorUserId: ctx.actor.type === 'user' ? ctx.actor.id : null,
        reviewerName: null,
        note: body.note,
        liveUrl: body.liveUrl,
        publishedAt: body.publishedAt ? new Date(body.publishedAt) : null,
        scheduledAt: body.scheduledAt ? new Date(body.scheduledAt) : null,
        now: new Date(),
      });
      await audit({
        action: 'deliverable.status',
        entityType: 'deliverable',
        entityId: row.id,
        before,
        after,
      });
    });
    return loadDeliverableDetail(ctx.services.db, workspaceId, params.deliverableId);
  },
});
