import type { Db } from '@lantoa/db';
import { campaignCreators, members } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';

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
      { path, message: 'not a member of this workspace' },
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
      { path: 'body.creatorId', message: 'assign the creator to the campaign first' },
    ]);
}
