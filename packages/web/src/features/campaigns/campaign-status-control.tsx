import { statusChoices } from '@lantoa/core/campaign-status';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CampaignStatus } from '../../api/types';
import { workspaceKey } from '../../api/workspaces';
import { Alert } from '../../components/ui/alert';
import { NativeSelect } from '../../components/ui/input';
import { useErrorText } from '../../lib/use-error-text';
import { useWorkspace } from '../workspaces/use-workspace';
import { type CampaignDetail, canWriteCampaigns, setCampaignStatus } from './campaign-api';

/**
 * Moves the campaign along, offering only the moves allowed from its status; the server refuses "live" without a
 * KPI target and the reason is shown here.
 */
export function CampaignStatusControl({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const mutation = useMutation({
    mutationFn: (status: CampaignStatus) => setCampaignStatus(workspace.id, campaign.id, status),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: [...workspaceKey(workspace.id), 'campaigns'] }),
  });
  if (!canWriteCampaigns(workspace.role)) return null;
  return (
    <div className="space-y-2">
      <div className="flex items-center gap-2 text-sm text-zinc-600">
        <label htmlFor="campaign-status-select">{t('campaigns.columns.status')}</label>
        <NativeSelect
          id="campaign-status-select"
          compact
          className="w-44"
          value={campaign.status}
          disabled={mutation.isPending}
          onChange={(event) => mutation.mutate(event.target.value as CampaignStatus)}
          data-testid="campaign-status-select"
        >
          {statusChoices(campaign.status).map((status) => (
            <option key={status} value={status}>
              {t(`campaigns.status.${status}`)}
            </option>
          ))}
        </NativeSelect>
      </div>
      {mutation.isError && <Alert tone="error">{errorText(mutation.error)}</Alert>}
    </div>
  );
}
