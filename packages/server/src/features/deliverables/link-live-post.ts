import { AppError } from '../../http/app-error';
import type { Tx } from '../../http/contexts';
import { findOrCreatePostByUrl } from '../posts/find-or-create-post';

export interface LivePostInput {
  workspaceId: string;
  campaignId: string;
  creatorId: string;
  url: string;
  publishedAt: Date;
}

/**
 * The post behind a deliverable's live URL (found by its platform id, or created on the creator's account).
 * Null when the URL is not a post link Lantoa can read: the URL is still kept on the deliverable.
 */
export async function linkLivePost(tx: Tx, input: LivePostInput): Promise<string | null> {
  try {
    const { post } = await findOrCreatePostByUrl(tx, input.workspaceId, {
      url: input.url,
      campaignId: input.campaignId,
      creatorId: input.creatorId,
      publishedAt: input.publishedAt,
    });
    return post.id;
  } catch (error) {
    if (error instanceof AppError && error.code === 'validation_failed') return null;
    throw error;
  }
}
