import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { PageHeader } from '../../components/ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { formatDate } from '../../lib/format';
import { canWriteCreators } from '../creators/creator-permissions';
import { useWorkspace } from '../workspaces/use-workspace';
import {
  type CreatorList,
  creatorListsKey,
  deleteCreatorList,
  listCreatorLists,
  renameCreatorList,
} from './creator-lists-api';

/** Shortlists and saved searches of the workspace: open, rename, delete (A3). */
export function CreatorListsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const query = useQuery({
    queryKey: creatorListsKey(workspace.id),
    queryFn: () => listCreatorLists(workspace.id),
  });
  return (
    <div data-testid="creator-lists-page">
      <Link
        to="/w/$workspaceId/creators"
        params={{ workspaceId: workspace.id }}
        className="mb-2 inline-block text-sm text-teal-700 hover:underline"
      >
        ← {t('creators.profile.back')}
      </Link>
      <PageHeader title={t('creatorLists.title')} description={t('creatorLists.subtitle')} />
      {query.isPending ? (
        <LoadingBlock />
      ) : query.isError ? (
        <ErrorBlock error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <div className="space-y-8">
          <ListSection
            kind="shortlist"
            items={query.data.items.filter((item) => item.kind === 'shortlist')}
          />
          <ListSection
            kind="saved_search"
            items={query.data.items.filter((item) => item.kind === 'saved_search')}
          />
        </div>
      )}
    </div>
  );
}

function ListSection({ kind, items }: { kind: CreatorList['kind']; items: CreatorList[] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const invalidate = () => queryClient.invalidateQueries({ queryKey: creatorListsKey(workspace.id) });
  const rename = useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) => renameCreatorList(workspace.id, id, name),
    onSuccess: invalidate,
  });
  const remove = useMutation({
    mutationFn: (id: string) => deleteCreatorList(workspace.id, id),
    onSuccess: invalidate,
  });
  const canWrite = canWriteCreators(workspace.role);
  return (
    <section data-testid={`lists-${kind}`}>
      <h2 className="mb-2 text-sm font-semibold text-zinc-900">{t(`creatorLists.kinds.${kind}`)}</h2>
      {items.length === 0 ? (
        <p className="text-sm text-zinc-500">{t(`creatorLists.empty.${kind}`)}</p>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>{t('creatorLists.name')}</Th>
              <Th>{kind === 'shortlist' ? t('creatorLists.count') : t('creatorLists.filters')}</Th>
              <Th>{t('creatorLists.created')}</Th>
              {canWrite && <Th />}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <Tr key={item.id} data-testid="creator-list-row">
                <Td>
                  {kind === 'shortlist' ? (
                    <Link
                      to="/w/$workspaceId/creators/lists/$listId"
                      params={{ workspaceId: workspace.id, listId: item.id }}
                      className="font-medium text-zinc-900 hover:text-teal-700 hover:underline"
                    >
                      {item.name}
                    </Link>
                  ) : (
                    <span className="font-medium">{item.name}</span>
                  )}
                </Td>
                <Td className="text-xs text-zinc-600">
                  {kind === 'shortlist'
                    ? item.creatorCount
                    : Object.entries(item.query ?? {})
                        .map(([key, value]) => `${key}=${value}`)
                        .join(' · ')}
                </Td>
                <Td className="text-xs text-zinc-500">
                  {item.createdBy}, {formatDate(item.createdAt, locale)}
                </Td>
                {canWrite && (
                  <Td className="text-right whitespace-nowrap">
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => {
                        const name = window.prompt(t('creatorLists.renamePrompt'), item.name);
                        if (name?.trim()) rename.mutate({ id: item.id, name: name.trim() });
                      }}
                    >
                      {t('creatorLists.rename')}
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => {
                        if (window.confirm(t('creatorLists.deleteConfirm', { name: item.name })))
                          remove.mutate(item.id);
                      }}
                    >
                      {t('creatorLists.delete')}
                    </Button>
                  </Td>
                )}
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
