import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button, buttonClass } from '../../components/ui/button';
import { PageHeader } from '../../components/ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { canWriteCreators } from '../creators/creator-permissions';
import { CreatorsTable } from '../creators/creators-table';
import { useWorkspace } from '../workspaces/use-workspace';
import {
  creatorListsKey,
  getCreatorList,
  removeFromShortlist,
  shortlistExportUrl,
} from './creator-lists-api';

/** One shortlist: its creators, remove one, export as CSV/XLSX. */
export function ShortlistPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const { listId } = useParams({ strict: false }) as { listId: string };
  const query = useQuery({
    queryKey: [...creatorListsKey(workspace.id), 'one', listId],
    queryFn: () => getCreatorList(workspace.id, listId),
  });
  const remove = useMutation({
    mutationFn: (creatorId: string) => removeFromShortlist(workspace.id, listId, creatorId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: creatorListsKey(workspace.id) }),
  });
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <ErrorBlock error={query.error} onRetry={() => query.refetch()} />;
  const list = query.data;
  return (
    <div data-testid="shortlist-page">
      <Link
        to="/w/$workspaceId/creators/lists"
        params={{ workspaceId: workspace.id }}
        className="mb-2 inline-block text-sm text-teal-700 hover:underline"
      >
        ← {t('creatorLists.title')}
      </Link>
      <PageHeader
        title={list.name}
        description={t('creatorLists.shortlist.summary', { count: list.creatorCount })}
        actions={
          <>
            <a className={buttonClass('secondary')} href={shortlistExportUrl(workspace.id, list.id, 'xlsx')}>
              {t('creators.exportXlsx')}
            </a>
            <a className={buttonClass('secondary')} href={shortlistExportUrl(workspace.id, list.id, 'csv')}>
              {t('creators.exportCsv')}
            </a>
          </>
        }
      />
      {list.creators.length === 0 ? (
        <p className="py-10 text-center text-sm text-zinc-500">{t('creatorLists.shortlist.emptyList')}</p>
      ) : (
        <CreatorsTable
          workspaceId={workspace.id}
          creators={list.creators}
          renderAction={
            canWriteCreators(workspace.role)
              ? (creator) => (
                  <Button
                    size="sm"
                    variant="ghost"
                    loading={remove.isPending && remove.variables === creator.id}
                    onClick={() => remove.mutate(creator.id)}
                    data-testid="shortlist-remove"
                  >
                    {t('creatorLists.shortlist.remove')}
                  </Button>
                )
              : undefined
          }
        />
      )}
    </div>
  );
}
