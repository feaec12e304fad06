import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { campaignsKey, listCampaigns } from '../../api/catalog';
import { NativeSelect } from '../../components/ui/input';
import { ProgressBar } from '../../components/ui/progress-bar';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';
import { canWriteCampaigns } from '../campaigns/campaign-api';
import { useWorkspace } from '../workspaces/use-workspace';
import { creatorFitKey, type FitReason, fitTargetKey, getCreatorFit, getFitTarget } from './fit-api';
import { FitTargetForm } from './fit-target-form';
import { FitTargetSummary } from './fit-target-summary';

/** "Độ phù hợp" (B3): the creator's audience vs a chosen campaign's target, with each criterion's points. */
export function FitCard({ creatorId }: { creatorId: string }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const campaigns = useQuery({
    queryKey: campaignsKey(workspace.id),
    queryFn: () => listCampaigns(workspace.id),
  });
  const [chosen, setChosen] = useState('');
  const campaignId = chosen || campaigns.data?.items[0]?.id || '';
  return (
    <section className="rounded-lg border border-zinc-200 bg-white p-4" data-testid="fit-card">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 className="text-sm font-semibold text-zinc-900">{t('fit.title')}</h2>
        {campaigns.isSuccess && campaigns.data.items.length > 0 && (
          <NativeSelect
            compact
            className="w-64"
            aria-label={t('fit.campaign')}
            value={campaignId}
            onChange={(event) => setChosen(event.target.value)}
          >
            {campaigns.data.items.map((campaign) => (
              <option key={campaign.id} value={campaign.id}>
                {campaign.name}
              </option>
            ))}
          </NativeSelect>
        )}
      </div>
      {campaigns.isError && <ErrorBlock error={campaigns.error} onRetry={() => campaigns.refetch()} />}
      {campaigns.isSuccess && campaigns.data.items.length === 0 && (
        <p className="mt-2 text-sm text-zinc-500">{t('fit.noCampaigns')}</p>
      )}
      {campaignId && <CampaignFit key={campaignId} creatorId={creatorId} campaignId={campaignId} />}
    </section>
  );
}

function CampaignFit({ creatorId, campaignId }: { creatorId: string; campaignId: string }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const target = useQuery({
    queryKey: fitTargetKey(workspace.id, campaignId),
    queryFn: () => getFitTarget(workspace.id, campaignId),
  });
  const hasTarget = !!target.data?.target;
  const fit = useQuery({
    queryKey: [...creatorFitKey(workspace.id, creatorId, campaignId), target.data?.updatedAt],
    queryFn: () => getCreatorFit(workspace.id, creatorId, campaignId),
    enabled: hasTarget,
  });
  const [editing, setEditing] = useState(false);
  const canEdit = canWriteCampaigns(workspace.role);
  if (target.isPending) return <LoadingBlock />;
  if (target.isError) return <ErrorBlock error={target.error} onRetry={() => target.refetch()} />;
  if (!hasTarget)
    return canEdit ? (
      <FitTargetForm campaignId={campaignId} />
    ) : (
      <p className="mt-2 text-sm text-zinc-500">{t('fit.noTarget')}</p>
    );
  if (editing)
    return (
      <FitTargetForm
        key={target.data.updatedAt}
        campaignId={campaignId}
        initial={target.data.target}
        onDone={() => setEditing(false)}
      />
    );
  return (
    <>
      <FitTargetSummary view={target.data} onEdit={canEdit ? () => setEditing(true) : undefined} />
      {fit.isPending ? (
        <LoadingBlock />
      ) : fit.isError ? (
        <ErrorBlock error={fit.error} onRetry={() => fit.refetch()} />
      ) : (
        <FitScore result={fit.data} />
      )}
    </>
  );
}

function FitScore({ result }: { result: Awaited<ReturnType<typeof getCreatorFit>> }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const score = result.score === null ? null : Math.round(result.score);
  return (
    <div className="mt-3 space-y-3">
      <div className="flex items-center gap-3" title={t('fit.formula')}>
        <span className="text-2xl font-semibold tabular-nums" data-testid="fit-score">
          {score === null ? '—' : formatNumber(score, locale)}
        </span>
        <div className="flex-1">
          <ProgressBar value={score ?? 0} label={t('fit.title')} />
        </div>
      </div>
      {result.audienceSource && (
        <p className="text-xs text-zinc-500">{t('fit.source', { account: result.audienceSource })}</p>
      )}
      <ul className="space-y-2 text-sm">
        {result.reasons.map((reason) => (
          <ReasonRow key={reason.id} reason={reason} />
        ))}
      </ul>
    </div>
  );
}

function ReasonRow({ reason }: { reason: FitReason }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const points =
    reason.contribution === null
      ? t('fit.notAvailable')
      : t('fit.points', {
          got: formatNumber(Math.round(reason.contribution * 10) / 10, locale),
          max: formatNumber(Math.round(reason.maxPoints * 10) / 10, locale),
        });
  return (
    <li data-testid="fit-reason">
      <div className="flex justify-between gap-3">
        <span className="font-medium text-zinc-900">{reason.label[locale]}</span>
        <span className="tabular-nums text-zinc-600">{points}</span>
      </div>
      <div className="text-xs text-zinc-600">{reason.evidence[locale]}</div>
    </li>
  );
}
