import { campaignCreators, creators } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { Tx } from '../../http/contexts';

/**
 * A new post of a campaign must come from one of the campaign's creators, once the campaign has chosen any
 * (a campaign without creators yet accepts posts from the whole workspace).
 */
export async function assertCampaignCreator(
  tx: Tx,
  workspaceId: string,
  campaignId: string,
  creatorId: string,
): Promise<void> {
  const chosen = await tx
    .select({ creatorId: campaignCreators.creatorId })
    .from(campaignCreators)
    .where(and(eq(campaignCreators.workspaceId, workspaceId), eq(campaignCreators.campaignId, campaignId)));
  if (chosen.length === 0 || chosen.some((row) => row.creatorId === creatorId)) return;
  const [creator] = await tx
    .select({ name: creators.name })
    .from(creators)
    .where(and(eq(creators.id, creatorId), eq(creators.workspaceId, workspaceId)));
  throw new AppError('validation_failed', 'The post is by a creator outside this campaign', [
    {
      path: 'body.creatorId',
      message: `${creator?.name ?? 'this creator'} is not a creator of the campaign: add them to the campaign first`,
    },
  ]);
}
