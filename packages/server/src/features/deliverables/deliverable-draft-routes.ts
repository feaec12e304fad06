import { deliverableComments, deliverableVersions } from '@lantoa/db/schema';
import { and, eq, max } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { Tx } from '../../http/contexts';
import { defineRoute } from '../../http/define-route';
import { applyStatusChange } from './apply-status-change';
import { assertInThread } from './deliverable-rules';
import { ZAddComment, ZAddVersion, ZDeliverableDetail, ZDeliverableParams } from './deliverable-schemas';
import { findDeliverable } from './find-deliverable';
import { loadDeliverableDetail } from './load-deliverable-detail';
import { runDraftChecks } from './run-draft-checks';

const REVIEWABLE_FROM = new Set(['draft', 'changes_requested']);

export const addDraftVersionRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/deliverables/:deliverableId/versions',
  permission: 'campaign.write',
  summary:
    'Add a draft version (caption, script, attachment links); content checks run on it and it goes to review unless `submitForReview` is false',
  tags: ['deliverables'],
  status: 201,
  schema: { params: ZDeliverableParams, body: ZAddVersion, response: ZDeliverableDetail },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    const row = await findDeliverable(ctx.services.db, workspaceId, params.deliverableId);
    if (!['draft', 'in_review', 'changes_requested'].includes(row.status))
      throw new AppError('conflict', `A ${row.status} deliverable takes no new drafts`, [
        {
          path: 'body.caption',
          message: 'only drafts, content in review or with requested changes take new versions',
          reason: 'deliverable_no_new_drafts',
          values: { status: row.status },
        },
      ]);
    const actorUserId = ctx.actor.type === 'user' ? ctx.actor.id : null;
    const draft = { caption: body.caption.normalize('NFC'), script: body.script?.normalize('NFC') ?? null };
    await ctx.write(async (tx, audit) => {
      const [last] = await tx
        .select({ version: max(deliverableVersions.version) })
        .from(deliverableVersions)
        .where(
          and(
            eq(deliverableVersions.workspaceId, workspaceId),
            eq(deliverableVersions.deliverableId, row.id),
          ),
        );
      const checks = await runDraftChecks(tx, row, draft);
      const [version] = await tx
        .insert(deliverableVersions)
        .values({
          workspaceId,
          deliverableId: row.id,
          version: (last?.version ?? 0) + 1,
          ...draft,
          attachments: body.attachments,
          checks,
          createdBy: actorUserId,
        })
        .returning();
      await audit({
        action: 'deliverable.version.add',
        entityType: 'deliverable',
        entityId: row.id,
        after: { version: version?.version, checks: checks.map((c) => c.code) },
      });
      if (body.submitForReview && REVIEWABLE_FROM.has(row.status)) await submit(tx, row, actorUserId, audit);
    });
    return loadDeliverableDetail(ctx.services.db, workspaceId, params.deliverableId);
  },
});

async function submit(
  tx: Tx,
  row: Awaited<ReturnType<typeof findDeliverable>>,
  actorUserId: string | null,
  audit: (entry: {
    action: string;
    entityType: string;
    entityId: string;
    before: unknown;
    after: unknown;
  }) => Promise<void>,
) {
  const { before, after } = await applyStatusChange(tx, row, {
    to: 'in_review',
    actorUserId,
    reviewerName: null,
    note: null,
    now: new Date(),
  });
  await audit({ action: 'deliverable.status', entityType: 'deliverable', entityId: row.id, before, after });
}

export const addDeliverableCommentRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/deliverables/:deliverableId/comments',
  permission: 'campaign.write',
  summary: 'Comment on a deliverable, optionally on one draft version or in reply to another comment',
  tags: ['deliverables'],
  status: 201,
  schema: { params: ZDeliverableParams, body: ZAddComment, response: ZDeliverableDetail },
  handler: async ({ ctx, params, body }) => {
    const workspaceId = ctx.workspace.id;
    const row = await findDeliverable(ctx.services.db, workspaceId, params.deliverableId);
    await ctx.write(async (tx, audit) => {
      await assertInThread(tx, workspaceId, row.id, body.parentId, body.versionId);
      const [comment] = await tx
        .insert(deliverableComments)
        .values({
          workspaceId,
          deliverableId: row.id,
          versionId: body.versionId,
          parentId: body.parentId,
          authorUserId: ctx.actor.type === 'user' ? ctx.actor.id : null,
          reviewerName: ctx.actor.type === 'user' ? null : ctx.actor.name,
          body: body.body,
        })
        .returning();
      await audit({
        action: 'deliverable.comment',
        entityType: 'deliverable',
        entityId: row.id,
        after: comment,
      });
    });
    return loadDeliverableDetail(ctx.services.db, workspaceId, params.deliverableId);
  },
});
