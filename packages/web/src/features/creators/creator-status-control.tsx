import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { workspaceKey } from '../../api/workspaces';
import { NativeSelect } from '../../components/ui/input';
import { useWorkspace } from '../workspaces/use-workspace';
import { CREATOR_STATUSES, type CreatorDetail, type CreatorStatus, updateCreator } from './creator-api';
import { canWriteCreators } from './creator-permissions';

/** Moves the creator along the pipeline (prospect → … → contracted, or archived / blocked); audited server-side. */
export function CreatorStatusControl({
  workspaceId,
  creator,
}: {
  workspaceId: string;
  creator: CreatorDetail;
}) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (status: CreatorStatus) => updateCreator(workspaceId, creator.id, { status }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...workspaceKey(workspaceId), 'creators'] }),
  });
  if (!canWriteCreators(workspace.role)) return null;
  return (
    <div className="flex items-center gap-2 text-sm text-zinc-600">
      <label htmlFor="creator-status-select">{t('creators.columns.status')}</label>
      <NativeSelect
        id="creator-status-select"
        compact
        className="w-40"
        value={creator.status}
        disabled={mutation.isPending}
        onChange={(event) => mutation.mutate(event.target.value as CreatorStatus)}
        data-testid="creator-status-select"
      >
        {CREATOR_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`creators.status.${status}`)}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
