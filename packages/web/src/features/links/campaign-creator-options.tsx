import { useQuery } from '@tanstack/react-query';
import { campaignsKey, listCampaigns } from '../../api/catalog';
import type { Creator, Page } from '../../api/types';
import { workspaceKey, workspacePath } from '../../api/workspaces';
import { api } from '../../lib/api-client';

/** Campaigns and creators (first 200 by name) for the link and promo-code forms. */
export function useCampaignCreatorOptions(workspaceId: string) {
  const campaigns = useQuery({
    queryKey: campaignsKey(workspaceId),
    queryFn: () => listCampaigns(workspaceId),
  });
  const creators = useQuery({
    queryKey: [...workspaceKey(workspaceId), 'creators', 'link-options'],
    queryFn: () =>
      api.get<Page<Creator>>(`${workspacePath(workspaceId)}/creators`, { limit: 200, sort: 'name' }),
  });
  return { campaigns: campaigns.data?.items ?? [], creators: creators.data?.items ?? [] };
}
