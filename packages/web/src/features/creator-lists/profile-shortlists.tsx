import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { canWriteCreators } from '../creators/creator-permissions';
import { useWorkspace } from '../workspaces/use-workspace';
import { addToShortlist, creatorListsKey, listCreatorLists, removeFromShortlist } from './creator-lists-api';

/** The shortlists this creator is on; tick or untick to add or remove (A3, from the profile). */
export function ProfileShortlists({ creatorId }: { creatorId: string }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const lists = useQuery({
    queryKey: [...creatorListsKey(workspace.id), 'shortlist', creatorId],
    queryFn: () => listCreatorLists(workspace.id, 'shortlist', creatorId),
  });
  const toggle = useMutation({
    mutationFn: async ({ listId, on }: { listId: string; on: boolean }) => {
      if (on) await addToShortlist(workspace.id, listId, [creatorId]);
      else await removeFromShortlist(workspace.id, listId, creatorId);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: creatorListsKey(workspace.id) }),
  });
  const items = lists.data?.items ?? [];
  return (
    <section className="rounded-lg border border-zinc-200 bg-white p-4" data-testid="profile-shortlists">
      <h2 className="text-sm font-semibold text-zinc-900">{t('creatorLists.shortlist.onLists')}</h2>
      {lists.isSuccess && items.length === 0 && (
        <p className="mt-2 text-sm text-zinc-500">
          {t('creatorLists.empty.shortlist')}{' '}
          <Link
            to="/w/$workspaceId/creators"
            params={{ workspaceId: workspace.id }}
            className="text-teal-700 hover:underline"
          >
            {t('creatorLists.shortlist.fromTable')}
          </Link>
        </p>
      )}
      <ul className="mt-2 space-y-1 text-sm">
        {items.map((list) => (
          <li key={list.id}>
            <label className="inline-flex items-center gap-2">
              <input
                type="checkbox"
                checked={list.containsCreator}
                disabled={!canWriteCreators(workspace.role) || toggle.isPending}
                onChange={(event) => toggle.mutate({ listId: list.id, on: event.target.checked })}
              />
              {list.name} <span className="text-xs text-zinc-500">({list.creatorCount})</span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
