import type { Db } from '@lantoa/db';
import { campaignCreators, deliverableComments, deliverableVersions, members } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { Tx } from '../../http/contexts';

type Executor = Pick<Db, 'select'>;

/** The owner ("người phụ trách") must be a member of the workspace. */
export async function assertMember(db: Executor, workspaceId: string, userId: string | null, path: string) {
  if (userId === null) return;
  const [member] = await db
    .select({ userId: members.userId })
    .from(members)
    .where(and(eq(members.workspaceId, workspaceId), eq(members.userId, userId)));
  if (!member)
    throw new AppError('validation_failed', 'The owner must be a member of this workspace', [
      { path, message: 'not a member of this workspace', reason: 'owner_not_member' },
    ]);
}

/** Deliverables are owed by creators assigned to the campaign. */
export async function assertAssigned(
  db: Executor,
  workspaceId: string,
  campaignId: string,
  creatorId: string,
) {
  const [assigned] = await db
    .select({ creatorId: campaignCreators.creatorId })
    .from(campaignCreators)
    .where(
      and(
        eq(campaignCreators.workspaceId, workspaceId),
        eq(campaignCreators.campaignId, campaignId),
        eq(campaignCreators.creatorId, creatorId),
      ),
    );
  if (!assigned)
    throw new AppError('validation_failed', 'The creator is not assigned to this campaign', [
      {
        path: 'body.creatorId',
        message: 'assign the creator to the campaign first',
        reason: 'creator_not_assigned',
      },
    ]);
}

/** A reply's parent and a comment's version must belong to the same deliverable. */
export async function assertInThread(
  tx: Tx,
  workspaceId: string,
  deliverableId: string,
  parentId: string | null,
  versionId: string | null,
) {
  if (parentId) {
    const [parent] = await tx
      .select({ id: deliverableComments.id })
      .from(deliverableComments)
      .where(
        and(
          eq(deliverableComments.id, parentId),
          eq(deliverableComments.workspaceId, workspaceId),
          eq(deliverableComments.deliverableId, deliverableId),
        ),
      );
    if (!parent)
      throw new AppError('validation_failed', 'No such comment to reply to', [
        { path: 'body.parentId', message: 'not a comment of this deliverable' },
      ]);
  }
  if (versionId) {
    const [version] = await tx
      .select({ id: deliverableVersions.id })
      .from(deliverableVersions)
      .where(
        and(
          eq(deliverableVersions.id, versionId),
          eq(deliverableVersions.workspaceId, workspaceId),
          eq(deliverableVersions.deliverableId, deliverableId),
        ),
      );
    if (!version)
      throw new AppError('validation_failed', 'No such draft version', [
        { path: 'body.versionId', message: 'not a version of this deliverable' },
      ]);
  }
}
