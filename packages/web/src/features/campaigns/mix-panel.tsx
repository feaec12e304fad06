import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Input, NativeSelect } from '../../components/ui/input';
import { useErrorText } from '../../lib/use-error-text';
import { ShortlistSourceSelect } from '../creator-lists/shortlist-source-select';
import { useWorkspace } from '../workspaces/use-workspace';
import type { CampaignDetail } from './campaign-api';
import { MIX_GOALS, type MixGoal, type MixRequest, planMix } from './mix-api';
import { MixResults } from './mix-results';
import { parseDecimal, parseMoney } from './wizard-draft';

/** C5: the creator-mix optimiser for this campaign, with the scenarios side by side. */
export function MixPanel({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const errorText = useErrorText();
  const kolLine =
    campaign.budgetSummary.categories.find((c) => c.category === 'creator_fee')?.planned ?? null;
  const [goal, setGoal] = useState<MixGoal>('engagements');
  const [budget, setBudget] = useState(String(kolLine ?? campaign.budget?.amount ?? ''));
  const [maxShare, setMaxShare] = useState('40');
  const [overlap, setOverlap] = useState('30');
  const [niches, setNiches] = useState('');
  const [shortlistId, setShortlistId] = useState('');
  const run = useMutation({
    mutationFn: () => {
      const request: MixRequest & { shortlistId?: string } = {
        goal,
        budget: parseMoney(budget) ?? undefined,
        maxSharePerCreator: (parseDecimal(maxShare) ?? 40) / 100,
        overlapPenalty: (parseDecimal(overlap) ?? 0) / 100,
        nichesToCover: niches
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean),
        shortlistId: shortlistId || undefined,
      };
      return planMix(workspace.id, campaign.id, request);
    },
  });
  return (
    <section className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm" data-testid="mix-panel">
      <h2 className="text-sm font-semibold text-zinc-900">{t('campaigns.mix.title')}</h2>
      <p className="mt-1 mb-4 text-xs text-zinc-500">{t('campaigns.mix.subtitle')}</p>
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
        <Field label={t('campaigns.mix.goal')}>
          <NativeSelect
            value={goal}
            onChange={(e) => setGoal(e.target.value as MixGoal)}
            data-testid="mix-goal"
          >
            {MIX_GOALS.map((g) => (
              <option key={g} value={g}>
                {t(`campaigns.mix.goals.${g}`)}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label={t('campaigns.mix.budget')}>
          <Input
            inputMode="numeric"
            value={budget}
            onChange={(e) => setBudget(e.target.value)}
            data-testid="mix-budget"
          />
        </Field>
        <Field label={t('campaigns.mix.maxShare')}>
          <Input inputMode="decimal" value={maxShare} onChange={(e) => setMaxShare(e.target.value)} />
        </Field>
        <Field label={t('campaigns.mix.overlap')} hint={t('campaigns.mix.overlapHint')}>
          <Input inputMode="decimal" value={overlap} onChange={(e) => setOverlap(e.target.value)} />
        </Field>
        <Field label={t('campaigns.mix.niches')}>
          <Input value={niches} onChange={(e) => setNiches(e.target.value)} />
        </Field>
        <ShortlistSourceSelect value={shortlistId} onChange={setShortlistId} />
      </div>
      <div className="mt-4">
        <Button onClick={() => run.mutate()} loading={run.isPending} data-testid="mix-run">
          {t('campaigns.mix.run')}
        </Button>
      </div>
      {run.isError && (
        <div className="mt-3">
          <Alert tone="error">{errorText(run.error)}</Alert>
        </div>
      )}
      {run.data && (
        <div className="mt-5">
          <MixResults plan={run.data} campaignId={campaign.id} />
        </div>
      )}
    </section>
  );
}
