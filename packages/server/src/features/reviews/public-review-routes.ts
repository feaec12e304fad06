import { deliverableComments, deliverableVersions } from '@lantoa/db/schema';
import { and, desc, eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { recordAudit } from '../../audit/record-audit';
import type { SystemActor } from '../../auth/actor';
import { AppError } from '../../http/app-error';
import { defineRoute } from '../../http/define-route';
import { applyStatusChange } from '../deliverables/apply-status-change';
import { assertInThread } from '../deliverables/deliverable-rules';
import { findDeliverable } from '../deliverables/find-deliverable';
import { deliverableIdsInScope, loadPublicReview } from './load-public-review';
import { createRateLimiter } from './review-rate-limit';
import { ZPublicReview, ZReviewComment, ZReviewDecision, ZReviewTokenParams } from './review-schemas';
import { activeReviewLink } from './review-token';

const readLimit = createRateLimiter(120);
const writeLimit = createRateLimiter(20);
const clientKey = (request: FastifyRequest, token: string) => `${request.ip}|${token.slice(0, 16)}`;
const reviewer = (name: string): SystemActor => ({ type: 'system', id: null, name: `Reviewer: ${name}` });

export const publicReviewRoute = defineRoute({
  method: 'GET',
  url: '/api/v1/public/reviews/:token',
  permission: 'public',
  summary:
    'What an external reviewer sees (no login): latest drafts, content checks, comments; 404 once expired or revoked',
  tags: ['reviews'],
  schema: { params: ZReviewTokenParams, response: ZPublicReview },
  handler: async ({ ctx, params, request }) => {
    readLimit(clientKey(request, params.token));
    const active = await activeReviewLink(ctx.services.db, params.token);
    return loadPublicReview(ctx.services.db, active);
  },
});

async function deliverableInScope(
  ctx: { services: { db: Parameters<typeof activeReviewLink>[0] } },
  token: string,
  id: string,
) {
  const active = await activeReviewLink(ctx.services.db, token);
  const ids = await deliverableIdsInScope(ctx.services.db, active);
  if (!ids.includes(id))
    throw new AppError('not_found', 'Deliverable not found', [
      { path: 'body.deliverableId', message: 'not part of this review link' },
    ]);
  return active;
}

export const publicReviewDecisionRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/public/reviews/:token/decisions',
  permission: 'public',
  summary:
    'The external reviewer approves the draft in review or requests changes (with a comment); the reviewer’s name is recorded',
  tags: ['reviews'],
  schema: { params: ZReviewTokenParams, body: ZReviewDecision, response: ZPublicReview },
  handler: async ({ ctx, params, body, request }) => {
    writeLimit(clientKey(request, params.token));
    const db = ctx.services.db;
    const active = await deliverableInScope(ctx, params.token, body.deliverableId);
    if (body.decision === 'request_changes' && !body.comment)
      throw new AppError('validation_failed', 'Say what should change', [
        {
          path: 'body.comment',
          message: 'required when requesting changes',
          reason: 'review_comment_required',
        },
      ]);
    const row = await findDeliverable(db, active.link.workspaceId, body.deliverableId);
    if (row.status !== 'in_review')
      throw new AppError('conflict', `This draft is no longer waiting for review (it is ${row.status})`, [
        {
          path: 'body.decision',
          message: `the deliverable is ${row.status}`,
          reason: 'review_not_waiting',
          values: { status: row.status },
        },
      ]);
    await db.transaction(async (tx) => {
      const [latest] = await tx
        .select({ id: deliverableVersions.id })
        .from(deliverableVersions)
        .where(
          and(
            eq(deliverableVersions.workspaceId, row.workspaceId),
            eq(deliverableVersions.deliverableId, row.id),
          ),
        )
        .orderBy(desc(deliverableVersions.version))
        .limit(1);
      if (body.comment)
        await tx.insert(deliverableComments).values({
          workspaceId: row.workspaceId,
          deliverableId: row.id,
          versionId: latest?.id ?? null,
          reviewerName: body.reviewerName,
          body: body.comment,
        });
      const { before, after } = await applyStatusChange(tx, row, {
        to: body.decision === 'approve' ? 'approved' : 'changes_requested',
        actorUserId: null,
        reviewerName: body.reviewerName,
        note: body.comment,
        now: new Date(),
      });
      await recordAudit(
        tx,
        row.workspaceId,
        reviewer(body.reviewerName),
        { action: 'deliverable.review', entityType: 'deliverable', entityId: row.id, before, after },
        ctx.requestId,
      );
    });
    return loadPublicReview(db, active);
  },
});

export const publicReviewCommentRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/public/reviews/:token/comments',
  permission: 'public',
  summary: 'The external reviewer comments on a deliverable (or replies to a comment) under their name',
  tags: ['reviews'],
  status: 201,
  schema: { params: ZReviewTokenParams, body: ZReviewComment, response: ZPublicReview },
  handler: async ({ ctx, params, body, request }) => {
    writeLimit(clientKey(request, params.token));
    const db = ctx.services.db;
    const active = await deliverableInScope(ctx, params.token, body.deliverableId);
    const workspaceId = active.link.workspaceId;
    await db.transaction(async (tx) => {
      await assertInThread(tx, workspaceId, body.deliverableId, body.parentId, null);
      const [comment] = await tx
        .insert(deliverableComments)
        .values({
          workspaceId,
          deliverableId: body.deliverableId,
          parentId: body.parentId,
          reviewerName: body.reviewerName,
          body: body.body,
        })
        .returning();
      await recordAudit(
        tx,
        workspaceId,
        reviewer(body.reviewerName),
        {
          action: 'deliverable.comment',
          entityType: 'deliverable',
          entityId: body.deliverableId,
          after: comment,
        },
        ctx.requestId,
      );
    });
    return loadPublicReview(db, active);
  },
});
