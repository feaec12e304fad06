import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useWorkspace } from '../workspaces/use-workspace';
import { type CampaignDetail, campaignKey, getCampaign } from './campaign-api';

/** The campaign of the current `/campaigns/$campaignId` URL, shared by the page header and every tab. */
export function useCampaignQuery() {
  const workspace = useWorkspace();
  const { campaignId } = useParams({ strict: false }) as { campaignId: string };
  return useQuery({
    queryKey: campaignKey(workspace.id, campaignId),
    queryFn: () => getCampaign(workspace.id, campaignId),
  });
}

/** For tabs rendered inside the campaign layout, which only mounts them once the campaign has loaded. */
export function useCampaignFromLayout(): CampaignDetail | undefined {
  return useCampaignQuery().data;
}
