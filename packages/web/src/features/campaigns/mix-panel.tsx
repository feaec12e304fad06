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
import { MIX_GOALS, type MixGoal, planMix } from './mix-api';
import { emptyTierCounts, type MixFormError, type MixFormState, type MixTier, readMixForm } from './mix-form';
import { MixLimitsFields } from './mix-limits-fields';
import { MixResults } from './mix-results';

/** C5: the creator-mix optimiser for this campaign, with the scenarios side by side. */
export function MixPanel({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const errorText = useErrorText();
  const kolLine =
    campaign.budgetSummary.categories.find((c) => c.category === 'creator_fee')?.planned ?? null;
  const [form, setForm] = useState<MixFormState>({
    goal: 'engagements',
    budget: String(kolLine ?? campaign.budget?.amount ?? ''),
    maxShare: '40',
    overlap: '30',
    niches: '',
    shortlistId: '',
    minPerTier: emptyTierCounts(),
    maxPerTier: emptyTierCounts(),
    minQuality: '',
    maxRisk: '',
  });
  const [errors, setErrors] = useState<MixFormError[]>([]);
  const update = (next: Partial<MixFormState>) => setForm((current) => ({ ...current, ...next }));
  const errorOf = (field: string) => {
    const error = errors.find((e) => e.field === field);
    return error
      ? t(`campaigns.mix.errors.${error.key}`, {
          ...error.values,
          tier: error.values?.tier ? t(`tiers.${error.values.tier as MixTier}`) : '',
        })
      : null;
  };
  const run = useMutation({
    mutationFn: (request: Parameters<typeof planMix>[2]) => planMix(workspace.id, campaign.id, request),
  });
  const submit = () => {
    const read = readMixForm(form);
    setErrors(read.ok ? [] : read.errors);
    if (read.ok) run.mutate(read.request);
  };
  return (
    <section className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm" data-testid="mix-panel">
      <h2 className="text-sm font-semibold text-zinc-900">{t('campaigns.mix.title')}</h2>
      <p className="mt-1 mb-4 text-xs text-zinc-500">{t('campaigns.mix.subtitle')}</p>
      <div className="grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
        <Field label={t('campaigns.mix.goal')}>
          <NativeSelect
            value={form.goal}
            onChange={(e) => update({ goal: e.target.value as MixGoal })}
            data-testid="mix-goal"
          >
            {MIX_GOALS.map((g) => (
              <option key={g} value={g}>
                {t(`campaigns.mix.goals.${g}`)}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label={t('campaigns.mix.budget')} error={errorOf('budget')}>
          <Input
            inputMode="numeric"
            value={form.budget}
            onChange={(e) => update({ budget: e.target.value })}
            data-testid="mix-budget"
          />
        </Field>
        <Field label={t('campaigns.mix.maxShare')} error={errorOf('maxShare')}>
          <Input
            inputMode="decimal"
            value={form.maxShare}
            onChange={(e) => update({ maxShare: e.target.value })}
            data-testid="mix-max-share"
          />
        </Field>
        <Field
          label={t('campaigns.mix.overlap')}
          hint={t('campaigns.mix.overlapHint')}
          error={errorOf('overlap')}
        >
          <Input
            inputMode="decimal"
            value={form.overlap}
            onChange={(e) => update({ overlap: e.target.value })}
          />
        </Field>
        <Field label={t('campaigns.mix.niches')}>
          <Input value={form.niches} onChange={(e) => update({ niches: e.target.value })} />
        </Field>
        <ShortlistSourceSelect value={form.shortlistId} onChange={(shortlistId) => update({ shortlistId })} />
      </div>
      <div className="mt-4">
        <MixLimitsFields value={form} onChange={update} errorOf={errorOf} />
      </div>
      <div className="mt-4">
        <Button onClick={submit} loading={run.isPending} data-testid="mix-run">
          {t('campaigns.mix.run')}
        </Button>
      </div>
      {errors.length > 0 && (
        <div className="mt-3">
          <Alert tone="error">{t('campaigns.mix.errors.summary', { count: errors.length })}</Alert>
        </div>
      )}
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
