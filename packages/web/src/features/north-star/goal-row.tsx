import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { useLocale } from '../../i18n/use-locale';
import { cn } from '../../lib/cn';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../../lib/format';
import { useErrorText } from '../../lib/use-error-text';
import { useWorkspace } from '../workspaces/use-workspace';
import { NodeForm } from './node-form';
import {
  childLevel,
  createKpiTreeNode,
  deleteKpiTreeNode,
  type KpiTree,
  type KpiTreeNode,
  type KpiTreeNodeInput,
  type KpiTreeStatus,
  kpiTreeKey,
  updateKpiTreeNode,
} from './north-star-api';

const STATUS_TONE: Record<KpiTreeStatus, BadgeTone> = {
  ahead: 'teal',
  on_track: 'green',
  at_risk: 'amber',
  off_track: 'red',
  no_data: 'neutral',
  not_started: 'neutral',
};
const BAR_COLOUR: Record<KpiTreeStatus, string> = {
  ahead: 'bg-teal-600',
  on_track: 'bg-emerald-600',
  at_risk: 'bg-amber-500',
  off_track: 'bg-red-600',
  no_data: 'bg-zinc-300',
  not_started: 'bg-zinc-300',
};
const INDENT = { company: '', team: 'sm:ml-8', individual: 'sm:ml-16' } as const;

interface Props {
  node: KpiTreeNode;
  tree: KpiTree;
  canWrite: boolean;
}

/** One goal of the tree: progress bar coloured by pacing, value against target, and inline edit / add below. */
export function GoalRow({ node, tree, canWrite }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [mode, setMode] = useState<'view' | 'edit' | 'add'>('view');
  const [confirming, setConfirming] = useState(false);
  const done = (next: KpiTree | undefined) => {
    if (next) queryClient.setQueryData(kpiTreeKey(workspace.id), next);
    else void queryClient.invalidateQueries({ queryKey: kpiTreeKey(workspace.id) });
    setMode('view');
  };
  const edit = useMutation({
    mutationFn: (input: KpiTreeNodeInput) => updateKpiTreeNode(workspace.id, node.id, input),
    onSuccess: done,
  });
  const level = childLevel(node.level);
  const add = useMutation({
    mutationFn: (input: KpiTreeNodeInput) =>
      createKpiTreeNode(workspace.id, { ...input, level: level ?? 'individual', parentId: node.id }),
    onSuccess: done,
  });
  const remove = useMutation({
    mutationFn: () => deleteKpiTreeNode(workspace.id, node.id),
    onSuccess: () => done(undefined),
  });
  const value = (amount: number) =>
    node.kpi.unit === 'money' ? formatMoney(amount, 'VND', locale) : formatNumber(amount, locale);
  const { progress } = node;
  const percent = progress.progress === null ? 0 : Math.min(100, progress.progress * 100);
  const hover = t('northStar.formulaHover', {
    formula: node.kpi.formulaText[locale],
    rule: t(`northStar.rules.${progress.rule}`),
    at: formatDateTime(tree.computedAt, locale, workspace.settings.timezone),
  });
  return (
    <li
      className={cn('space-y-2', INDENT[node.level])}
      data-testid="goal-row"
      data-status={progress.status}
      data-level={node.level}
    >
      <div className="rounded-lg border border-zinc-200 bg-white p-3 shadow-sm">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div>
            <div className="flex items-center gap-2">
              <span className="text-xs font-medium tracking-wide text-zinc-500 uppercase">
                {t(`northStar.levels.${node.level}`)}
              </span>
              <Badge tone={STATUS_TONE[progress.status]}>
                <span data-testid="goal-status">{t(`northStar.statuses.${progress.status}`)}</span>
              </Badge>
            </div>
            <div className="font-semibold text-zinc-900" data-testid="goal-title">
              {node.name}
            </div>
            <div className="text-xs text-zinc-500">
              {node.kpi.name[locale]} · {formatDate(node.periodStart, locale)} –{' '}
              {formatDate(node.periodEnd, locale)} · {node.owner?.name ?? t('northStar.noOwner')}
            </div>
          </div>
          <div className="text-right" title={hover}>
            <div className="font-semibold tabular-nums text-zinc-900">
              {progress.actual === null ? '–' : value(progress.actual)}{' '}
              <span className="font-normal text-zinc-500">/ {value(node.target)}</span>
            </div>
            {progress.expectedToDate !== null && (
              <div className="text-xs text-zinc-500">
                {t('northStar.expected', { value: value(progress.expectedToDate) })}
              </div>
            )}
          </div>
        </div>
        <div
          className="mt-2 h-2 w-full overflow-hidden rounded-full bg-zinc-100"
          role="progressbar"
          aria-label={node.name}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(percent)}
          title={hover}
        >
          <div
            className={cn('h-full rounded-full', BAR_COLOUR[progress.status])}
            style={{ width: `${percent}%` }}
          />
        </div>
        <div className="mt-2 flex flex-wrap items-center justify-between gap-2 text-xs text-zinc-500">
          <span>
            {node.campaigns.length > 0
              ? node.campaigns.map((c) => c.name).join(', ')
              : progress.rolledUpChildren.length > 0
                ? t('northStar.fromChildren', { count: progress.rolledUpChildren.length })
                : t('northStar.noCampaigns')}
            {progress.excludedChildren.length > 0 &&
              ` · ${t('northStar.excluded', { count: progress.excludedChildren.length })}`}
          </span>
          {canWrite && mode === 'view' && (
            <span className="flex gap-1">
              <Button size="sm" variant="secondary" onClick={() => setMode('edit')} data-testid="goal-edit">
                {t('northStar.edit')}
              </Button>
              {level && (
                <Button
                  size="sm"
                  variant="secondary"
                  onClick={() => setMode('add')}
                  data-testid="goal-add-child"
                >
                  {level === 'team' ? t('northStar.addChild.team') : t('northStar.addChild.individual')}
                </Button>
              )}
              <Button
                size="sm"
                variant="secondary"
                onClick={() => setConfirming(true)}
                data-testid="goal-remove"
              >
                {t('northStar.remove')}
              </Button>
            </span>
          )}
        </div>
      </div>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('northStar.removeTitle', { name: node.name })}
        description={t('northStar.removeHint')}
        confirmLabel={t('northStar.remove')}
        pending={remove.isPending}
        error={remove.isError ? errorText(remove.error) : null}
        onConfirm={() => remove.mutate()}
      />
      {mode === 'edit' && (
        <NodeForm
          initial={node}
          defaults={{ kpiId: node.kpi.id, periodStart: node.periodStart, periodEnd: node.periodEnd }}
          pending={edit.isPending}
          error={edit.error}
          onSubmit={(input) => edit.mutate(input)}
          onCancel={() => setMode('view')}
        />
      )}
      {mode === 'add' && (
        <NodeForm
          initial={null}
          defaults={{ kpiId: node.kpi.id, periodStart: node.periodStart, periodEnd: node.periodEnd }}
          pending={add.isPending}
          error={add.error}
          onSubmit={(input) => add.mutate(input)}
          onCancel={() => setMode('view')}
        />
      )}
    </li>
  );
}
