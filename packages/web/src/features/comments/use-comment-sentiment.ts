import { useQuery } from '@tanstack/react-query';
import {
  type CommentFilters,
  commentsKey,
  getCampaignSentiment,
  getCreatorSentiment,
  getPostSentiment,
  listCreatorChoices,
} from './comments-api';

/**
 * The sentiment the page shows for its filters: one post when narrowed to a post, else the campaign, else one
 * creator across every post; and the creators the creator filter offers (the campaign's commented creators, or
 * every creator of the workspace when no campaign is chosen).
 */
export function useCommentSentiment(workspaceId: string, filters: CommentFilters) {
  const { campaignId, creatorId, postId } = filters;
  const base = commentsKey(workspaceId);
  const campaign = useQuery({
    queryKey: [...base, 'sentiment', 'campaign', campaignId ?? ''],
    queryFn: () => getCampaignSentiment(workspaceId, campaignId ?? ''),
    enabled: Boolean(campaignId),
  });
  const post = useQuery({
    queryKey: [...base, 'sentiment', 'post', postId ?? ''],
    queryFn: () => getPostSentiment(workspaceId, postId ?? ''),
    enabled: Boolean(postId),
  });
  const creator = useQuery({
    queryKey: [...base, 'sentiment', 'creator', creatorId ?? ''],
    queryFn: () => getCreatorSentiment(workspaceId, creatorId ?? ''),
    enabled: Boolean(creatorId) && !campaignId && !postId,
  });
  const choices = useQuery({
    queryKey: [...base, 'creator-choices'],
    queryFn: () => listCreatorChoices(workspaceId),
    enabled: !campaignId,
  });
  const creators = campaignId ? (campaign.data?.creators ?? []) : (choices.data?.items ?? []);
  return { campaign, post, creator, creators };
}
