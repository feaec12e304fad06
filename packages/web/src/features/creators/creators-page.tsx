import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreatorsIcon } from '../../components/icons';
import { Button, buttonClass } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { Input } from '../../components/ui/input';
import { PageHeader } from '../../components/ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { canLoadDemo } from '../../lib/roles';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { AddToShortlistBar } from '../creator-lists/add-to-shortlist-bar';
import { SavedSearchesControl } from '../creator-lists/saved-searches-control';
import { DemoDataLoader } from '../jobs/demo-data-loader';
import { useWorkspace } from '../workspaces/use-workspace';
import { creatorExportUrl, creatorSearchKey, EMPTY_FILTERS, hasFilters, searchCreators } from './creator-api';
import { CreatorFilterBar } from './creator-filter-bar';
import { canWriteCreators } from './creator-permissions';
import { CreatorsTable } from './creators-table';

export function CreatorsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [filters, setFilters] = useState(EMPTY_FILTERS);
  const [showFilters, setShowFilters] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const selection = {
    selected,
    toggle: (id: string) => {
      const next = new Set(selected);
      if (!next.delete(id)) next.add(id);
      setSelected(next);
    },
    toggleAll: (ids: string[]) =>
      setSelected(ids.every((id) => selected.has(id)) ? new Set() : new Set([...selected, ...ids])),
  };
  const debounced = useDebouncedValue(filters, 300);
  const query = useInfiniteQuery({
    queryKey: creatorSearchKey(workspace.id, debounced),
    queryFn: ({ pageParam }) => searchCreators(workspace.id, debounced, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const creators = query.data?.pages.flatMap((page) => page.items) ?? [];
  const workspaceEmpty = query.isSuccess && creators.length === 0 && !hasFilters(debounced);

  return (
    <>
      <PageHeader
        title={t('creators.title')}
        description={t('creators.subtitle')}
        actions={
          !workspaceEmpty && (
            <>
              <Link
                to="/w/$workspaceId/creators/lists"
                params={{ workspaceId: workspace.id }}
                className={buttonClass('secondary')}
                data-testid="creator-lists-link"
              >
                {t('creatorLists.title')}
              </Link>
              {canWriteCreators(workspace.role) && (
                <>
                  <Link
                    to="/w/$workspaceId/creators/new"
                    params={{ workspaceId: workspace.id }}
                    className={buttonClass('secondary')}
                    data-testid="creators-new"
                  >
                    {t('creators.form.new')}
                  </Link>
                  <Link
                    to="/w/$workspaceId/creators/import"
                    params={{ workspaceId: workspace.id }}
                    className={buttonClass('primary')}
                    data-testid="creators-import"
                  >
                    {t('imports.open')}
                  </Link>
                </>
              )}
              <a
                className={buttonClass('secondary')}
                href={creatorExportUrl(workspace.id, debounced, 'xlsx')}
                data-testid="creators-export-xlsx"
              >
                {t('creators.exportXlsx')}
              </a>
              <a
                className={buttonClass('secondary')}
                href={creatorExportUrl(workspace.id, debounced, 'csv')}
                data-testid="creators-export-csv"
              >
                {t('creators.exportCsv')}
              </a>
            </>
          )
        }
      />
      {!workspaceEmpty && (
        <div className="mb-3 flex flex-wrap items-center gap-2">
          <div className="w-full max-w-sm">
            <label className="sr-only" htmlFor="creator-search">
              {t('creators.search')}
            </label>
            <Input
              id="creator-search"
              type="search"
              value={filters.q}
              onChange={(event) => setFilters({ ...filters, q: event.target.value })}
              placeholder={t('creators.searchPlaceholder')}
              data-testid="creator-search"
            />
          </div>
          <Button
            variant="secondary"
            onClick={() => setShowFilters(!showFilters)}
            aria-expanded={showFilters}
            data-testid="creator-filters-toggle"
          >
            {showFilters ? t('creators.filters.hide') : t('creators.filters.show')}
          </Button>
          <SavedSearchesControl filters={filters} onApply={setFilters} />
          {hasFilters(filters) && (
            <Button
              variant="ghost"
              onClick={() => setFilters(EMPTY_FILTERS)}
              data-testid="creator-filters-clear"
            >
              {t('creators.filters.clear')}
            </Button>
          )}
        </div>
      )}
      {showFilters && !workspaceEmpty && (
        <CreatorFilterBar workspaceId={workspace.id} filters={filters} onChange={setFilters} />
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
          {canWriteCreators(workspace.role) && (
            <div className="mt-3 flex justify-center gap-2">
              <Link
                to="/w/$workspaceId/creators/new"
                params={{ workspaceId: workspace.id }}
                className={buttonClass('secondary')}
              >
                {t('creators.form.new')}
              </Link>
              <Link
                to="/w/$workspaceId/creators/import"
                params={{ workspaceId: workspace.id }}
                className={buttonClass('secondary')}
              >
                {t('imports.open')}
              </Link>
            </div>
          )}
        </EmptyState>
      ) : creators.length === 0 ? (
        <p className="py-10 text-center text-sm text-zinc-500" data-testid="creators-no-match">
          {t('creators.noMatchFilters')}
        </p>
      ) : (
        <>
          {selected.size > 0 && (
            <AddToShortlistBar selected={[...selected]} onDone={() => setSelected(new Set())} />
          )}
          <CreatorsTable
            workspaceId={workspace.id}
            creators={creators}
            selection={canWriteCreators(workspace.role) ? selection : undefined}
          />
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
