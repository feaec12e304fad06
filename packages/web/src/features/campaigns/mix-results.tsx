import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { workspaceKey } from '../../api/workspaces';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { useLocale } from '../../i18n/use-locale';
import { formatMoney, formatNumber } from '../../lib/format';
import { useErrorText } from '../../lib/use-error-text';
import { useWorkspace } from '../workspaces/use-workspace';
import { canWriteCampaigns } from './campaign-api';
import { assignCreators, type MixPlan } from './mix-api';
import { solverStatusKey } from './mix-form';
import { MixScenariosTable } from './mix-scenarios-table';

export function MixResults({ plan, campaignId }: { plan: MixPlan; campaignId: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const optimal = plan.scenarios.find((s) => s.id === 'optimal');
  const assign = useMutation({
    mutationFn: () =>
      assignCreators(
        workspace.id,
        campaignId,
        (optimal?.creators ?? []).map((c) => ({ creatorId: c.creatorId, fee: c.fee })),
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: [...workspaceKey(workspace.id), 'campaigns'] }),
  });
  const n = (value: number) => formatNumber(Math.round(value), locale);
  const gain = plan.greedy.objective > 0 && optimal ? optimal.objective / plan.greedy.objective : null;
  return (
    <div className="space-y-4" data-testid="mix-results">
      <p className="text-sm text-zinc-600">
        {t('campaigns.mix.candidates', { candidates: plan.candidates, eligible: plan.eligible })}
        {gain !== null && ` ${t('campaigns.mix.vsGreedy', { ratio: gain.toFixed(2) })}`}
      </p>
      {plan.uncoverableNiches.length > 0 && (
        <Alert tone="warning">
          {t('campaigns.mix.uncoverable', { niches: plan.uncoverableNiches.join(', ') })}
        </Alert>
      )}
      <MixScenariosTable plan={plan} />
      <div>
        <h3 className="mb-2 text-sm font-semibold text-zinc-900">{t('campaigns.mix.forecast')}</h3>
        <ul className="grid gap-2 text-sm sm:grid-cols-2" data-testid="mix-forecast">
          {plan.forecast.map((f) => (
            <li
              key={f.metric}
              className="rounded-md border border-zinc-200 px-3 py-2"
              title={t('campaigns.mix.forecastHint')}
            >
              <span className="text-zinc-600">{t(`campaigns.mix.goals.${f.metric}`)}: </span>
              {f.total ? (
                <span className="tabular-nums">
                  {n(f.total.median)} ({n(f.total.interval[0])} – {n(f.total.interval[1])})
                </span>
              ) : (
                <span className="text-zinc-500">{t('campaigns.mix.noHistory')}</span>
              )}
            </li>
          ))}
        </ul>
      </div>
      {optimal && optimal.creators.length > 0 && canWriteCampaigns(workspace.role) && (
        <div className="flex flex-wrap items-center gap-3">
          <Button onClick={() => assign.mutate()} loading={assign.isPending} data-testid="mix-assign">
            {t('campaigns.mix.assign', { count: optimal.creators.length })}
          </Button>
          {assign.isSuccess && (
            <span className="text-sm text-emerald-700">{t('campaigns.mix.assigned')}</span>
          )}
          {assign.isError && <Alert tone="error">{errorText(assign.error)}</Alert>}
        </div>
      )}
      <details className="rounded-lg border border-zinc-200 p-3 text-sm">
        <summary className="cursor-pointer font-medium text-zinc-800">{t('campaigns.mix.why')}</summary>
        <ul className="mt-2 max-h-80 divide-y divide-zinc-100 overflow-auto" data-testid="mix-explanations">
          {plan.explanations.map((e) => (
            <li key={e.id} className="flex justify-between gap-3 py-1.5">
              <span className={e.picked ? 'font-medium text-teal-800' : 'text-zinc-700'}>
                {e.picked ? '✓ ' : ''}
                {e.name}
              </span>
              <span className="text-right text-zinc-500">
                {t(`campaigns.mix.reasons.${e.reason}`, { niche: e.niche ?? '' })}
                {e.fromBenchmark && ` · ${t('campaigns.mix.fromBenchmark')}`}
                {e.valuePerMillion !== null &&
                  ` · ${t('campaigns.mix.perMillion', { value: n(e.valuePerMillion), goal: t(`campaigns.mix.goals.${plan.goal}`) })}`}
              </span>
            </li>
          ))}
        </ul>
      </details>
      {optimal && (
        <p className="text-xs text-zinc-500">
          {t('campaigns.mix.solver', {
            status: t(`campaigns.mix.solverStatus.${solverStatusKey(optimal.status)}`, {
              status: optimal.status,
            }),
            cost: formatMoney(optimal.summary.cost, 'VND', locale),
          })}
        </p>
      )}
    </div>
  );
}
