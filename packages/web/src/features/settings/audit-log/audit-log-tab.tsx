import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AuditFilters, auditLogKey, listAuditLog } from '../../../api/audit-log';
import { Button } from '../../../components/ui/button';
import { ErrorBlock, LoadingBlock } from '../../../components/ui/query-state';
import { useWorkspace } from '../../workspaces/use-workspace';
import { Section } from '../section';
import { AuditFiltersForm } from './audit-filters-form';
import { AuditTable } from './audit-table';

export function AuditLogTab() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const [filters, setFilters] = useState<AuditFilters>({});
  const query = useInfiniteQuery({
    queryKey: auditLogKey(workspace.id, filters),
    queryFn: ({ pageParam }) => listAuditLog(workspace.id, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const entries = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Section title={t('audit.title')} description={t('audit.description')} testId="audit-log">
      <AuditFiltersForm workspace={workspace} onApply={setFilters} />
      {query.isPending ? (
        <LoadingBlock />
      ) : query.isError ? (
        <ErrorBlock error={query.error} onRetry={() => query.refetch()} />
      ) : entries.length === 0 ? (
        <p className="rounded-xl border border-dashed border-zinc-300 bg-white px-4 py-10 text-center text-sm text-zinc-500">
          {t('audit.empty')}
        </p>
      ) : (
        <>
          <AuditTable entries={entries} timeZone={workspace.settings.timezone} />
          {query.hasNextPage && (
            <div className="mt-4 flex justify-center">
              <Button
                variant="secondary"
                onClick={() => query.fetchNextPage()}
                loading={query.isFetchingNextPage}
                data-testid="audit-load-more"
              >
                {t('common.loadMore')}
              </Button>
            </div>
          )}
        </>
      )}
    </Section>
  );
}
