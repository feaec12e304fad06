import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { creatorsKey, listCreators } from '../../api/catalog';
import { CreatorsIcon } from '../../components/icons';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { Input } from '../../components/ui/input';
import { PageHeader } from '../../components/ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { canLoadDemo } from '../../lib/roles';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { DemoDataLoader } from '../jobs/demo-data-loader';
import { useWorkspace } from '../workspaces/use-workspace';
import { CreatorsTable } from './creators-table';

export function CreatorsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const query = useInfiniteQuery({
    queryKey: creatorsKey(workspace.id, q),
    queryFn: ({ pageParam }) => listCreators(workspace.id, q, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const creators = query.data?.pages.flatMap((page) => page.items) ?? [];
  const workspaceEmpty = query.isSuccess && creators.length === 0 && q === '';

  return (
    <>
      <PageHeader title={t('creators.title')} description={t('creators.subtitle')} />
      {!workspaceEmpty && (
        <div className="mb-4 max-w-sm">
          <label className="sr-only" htmlFor="creator-search">
            {t('creators.search')}
          </label>
          <Input
            id="creator-search"
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder={t('creators.searchPlaceholder')}
            data-testid="creator-search"
          />
        </div>
      )}
      {query.isPending ? (
        <LoadingBlock />
      ) : query.isError ? (
        <ErrorBlock error={query.error} onRetry={() => query.refetch()} />
      ) : workspaceEmpty ? (
        <EmptyState
          icon={<CreatorsIcon className="size-5" />}
          title={t('creators.empty.title')}
          description={t('creators.empty.description')}
          testId="creators-empty"
        >
          {canLoadDemo(workspace.role) && <DemoDataLoader workspaceId={workspace.id} />}
        </EmptyState>
      ) : creators.length === 0 ? (
        <p className="py-10 text-center text-sm text-zinc-500">{t('creators.noMatch', { q })}</p>
      ) : (
        <>
          <CreatorsTable creators={creators} />
          {query.hasNextPage && (
            <div className="mt-4 flex justify-center">
              <Button
                variant="secondary"
                onClick={() => query.fetchNextPage()}
                loading={query.isFetchingNextPage}
              >
                {t('common.loadMore')}
              </Button>
            </div>
          )}
        </>
      )}
    </>
  );
}
