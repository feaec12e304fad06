import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/ui/empty-state';
import { PageHeader } from '../../components/ui/page-header';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { useDocumentTitle } from '../../lib/use-document-title';
import { canWriteCampaigns } from '../campaigns/campaign-api';
import { useWorkspace } from '../workspaces/use-workspace';
import { GoalRow } from './goal-row';
import { NodeForm } from './node-form';
import { createKpiTreeNode, getKpiTree, type KpiTreeNodeInput, kpiTreeKey } from './north-star-api';

function yearOf(today: string) {
  const year = today.slice(0, 4);
  return { periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` };
}

/** "Mục tiêu": the workspace North Star and its KPI tree, on / off track at a glance (C3). */
export function NorthStarPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('northStar.title'));
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: kpiTreeKey(workspace.id), queryFn: () => getKpiTree(workspace.id) });
  const create = useMutation({
    mutationFn: (input: KpiTreeNodeInput) =>
      createKpiTreeNode(workspace.id, { ...input, level: 'company', parentId: null }),
    onSuccess: (tree) => queryClient.setQueryData(kpiTreeKey(workspace.id), tree),
  });
  const canWrite = canWriteCampaigns(workspace.role);
  return (
    <div className="space-y-6">
      <PageHeader title={t('northStar.title')} description={t('northStar.subtitle')} />
      {query.isPending ? (
        <LoadingBlock />
      ) : query.isError ? (
        <ErrorBlock error={query.error} onRetry={() => query.refetch()} />
      ) : query.data.nodes.length === 0 ? (
        <div className="space-y-4">
          <EmptyState title={t('northStar.empty')} description={t('northStar.emptyHint')} />
          {canWrite && (
            <NodeForm
              initial={null}
              defaults={{ kpiId: 'conversions', ...yearOf(query.data.today) }}
              pending={create.isPending}
              error={create.error}
              onSubmit={(input) => create.mutate(input)}
            />
          )}
        </div>
      ) : (
        <ul className="space-y-3" data-testid="kpi-tree">
          {query.data.nodes.map((node) => (
            <GoalRow key={node.id} node={node} tree={query.data} canWrite={canWrite} />
          ))}
        </ul>
      )}
    </div>
  );
}
