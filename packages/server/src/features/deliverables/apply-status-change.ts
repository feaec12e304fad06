import {
  canTransition,
  type DeliverableStatus,
  deliverableLateness,
  nextStatuses,
} from '@lantoa/core/deliverables';
import { deliverableStatusChanges, deliverables } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { Tx } from '../../http/contexts';
import { linkLivePost } from './link-live-post';

export type DeliverableRow = typeof deliverables.$inferSelect;

export interface StatusChange {
  to: DeliverableStatus;
  /** A member, or null with `reviewerName` for an external reviewer. */
  actorUserId: string | null;
  reviewerName: string | null;
  note: string | null;
  liveUrl?: string | null;
  publishedAt?: Date | null;
  scheduledAt?: Date | null;
  now: Date;
}

/**
 * Moves a deliverable along the approval workflow inside the caller's transaction and records who did it.
 * The update is conditional on the status read before, so two clicks at once cannot both succeed.
 */
export async function applyStatusChange(
  tx: Tx,
  row: DeliverableRow,
  change: StatusChange,
): Promise<{ before: DeliverableRow; after: DeliverableRow }> {
  if (!canTransition(row.status, change.to))
    throw new AppError('conflict', `A deliverable that is ${row.status} cannot become ${change.to}`, [
      {
        path: 'body.status',
        message: `allowed from ${row.status}: ${nextStatuses(row.status).join(', ') || 'none'}`,
        reason: 'deliverable_status_move',
        values: { from: row.status, to: change.to },
      },
    ]);
  const update: Partial<DeliverableRow> = { status: change.to, updatedAt: change.now };
  if (change.to === 'scheduled') {
    const scheduledAt = change.scheduledAt ?? row.scheduledAt;
    if (!scheduledAt)
      throw new AppError('validation_failed', 'Scheduling needs a date', [
        { path: 'body.scheduledAt', message: 'required to schedule', reason: 'schedule_needs_date' },
      ]);
    update.scheduledAt = scheduledAt;
  }
  if (change.to === 'published') {
    const liveUrl = change.liveUrl ?? row.liveUrl;
    if (!liveUrl)
      throw new AppError('validation_failed', 'Publishing needs the live post URL', [
        { path: 'body.liveUrl', message: 'required to publish', reason: 'publish_needs_url' },
      ]);
    const publishedAt = change.publishedAt ?? change.now;
    update.liveUrl = liveUrl;
    update.publishedAt = publishedAt;
    update.lateness = deliverableLateness({ dueAt: row.dueAt, publishedAt, now: change.now });
    update.postId = await linkLivePost(tx, {
      workspaceId: row.workspaceId,
      campaignId: row.campaignId,
      creatorId: row.creatorId,
      url: liveUrl,
      publishedAt,
    });
  }
  if (change.to === 'verified') update.verifiedAt = change.now;
  const [after] = await tx
    .update(deliverables)
    .set(update)
    .where(
      and(
        eq(deliverables.id, row.id),
        eq(deliverables.workspaceId, row.workspaceId),
        eq(deliverables.status, row.status),
      ),
    )
    .returning();
  if (!after)
    throw new AppError('conflict', 'The deliverable changed meanwhile; reload it', [
      { path: 'body.status', message: `status is no longer ${row.status}`, reason: 'deliverable_changed' },
    ]);
  await tx.insert(deliverableStatusChanges).values({
    workspaceId: row.workspaceId,
    deliverableId: row.id,
    fromStatus: row.status,
    toStatus: change.to,
    actorUserId: change.actorUserId,
    reviewerName: change.reviewerName,
    note: change.note,
    createdAt: change.now,
  });
  return { before: row, after };
}
