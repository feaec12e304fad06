import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { campaignsKey, listCampaigns } from '../../api/catalog';
import { listMembers, membersKey } from '../../api/members';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Input, NativeSelect } from '../../components/ui/input';
import { useLocale } from '../../i18n/use-locale';
import { useErrorText } from '../../lib/use-error-text';
import { getKpiSuggestions, kpiSuggestionsKey } from '../campaigns/campaign-api';
import { useWorkspace } from '../workspaces/use-workspace';
import type { KpiTreeNode, KpiTreeNodeInput } from './north-star-api';

interface Props {
  initial: Partial<KpiTreeNode> | null;
  defaults: { kpiId: string; periodStart: string; periodEnd: string };
  pending: boolean;
  error: unknown;
  onSubmit: (input: KpiTreeNodeInput) => void;
  onCancel?: () => void;
}

/** Name, KPI, target, period, owner and feeding campaigns of one goal; used inline to add and to edit. */
export function NodeForm({ initial, defaults, pending, error, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const errorText = useErrorText();
  const kpis = useQuery({
    queryKey: kpiSuggestionsKey(workspace.id),
    queryFn: () => getKpiSuggestions(workspace.id),
  });
  const members = useQuery({ queryKey: membersKey(workspace.id), queryFn: () => listMembers(workspace.id) });
  const campaigns = useQuery({
    queryKey: campaignsKey(workspace.id),
    queryFn: () => listCampaigns(workspace.id),
  });
  const [form, setForm] = useState({
    name: initial?.name ?? '',
    kpiId: initial?.kpi?.id ?? defaults.kpiId,
    target: initial?.target === undefined ? '' : String(initial.target),
    periodStart: initial?.periodStart ?? defaults.periodStart,
    periodEnd: initial?.periodEnd ?? defaults.periodEnd,
    ownerUserId: initial?.owner?.id ?? '',
    campaignIds: (initial?.campaigns ?? []).map((c) => c.campaignId),
  });
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      name: form.name,
      kpiId: form.kpiId,
      target: Number(form.target.replace(/[^\d.]/g, '')),
      periodStart: form.periodStart,
      periodEnd: form.periodEnd,
      ownerUserId: form.ownerUserId || null,
      campaigns: form.campaignIds.map((campaignId) => ({ campaignId })),
    });
  };
  return (
    <form
      className="space-y-3 rounded-lg border border-zinc-200 bg-zinc-50 p-3"
      onSubmit={submit}
      data-testid="goal-form"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t('northStar.form.name')}>
          <Input
            required
            value={form.name}
            onChange={(e) => set({ name: e.target.value })}
            data-testid="goal-name"
          />
        </Field>
        <Field label={t('northStar.form.kpi')}>
          <NativeSelect
            value={form.kpiId}
            onChange={(e) => set({ kpiId: e.target.value })}
            data-testid="goal-kpi"
          >
            {(kpis.data?.kpis ?? []).map((k) => (
              <option key={k.kpiId} value={k.kpiId}>
                {k.name[locale]}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label={t('northStar.form.target')}>
          <Input
            required
            inputMode="decimal"
            value={form.target}
            onChange={(e) => set({ target: e.target.value })}
            data-testid="goal-target"
          />
        </Field>
        <Field label={t('northStar.form.owner')}>
          <NativeSelect
            value={form.ownerUserId}
            onChange={(e) => set({ ownerUserId: e.target.value })}
            data-testid="goal-owner"
          >
            <option value="">{t('northStar.noOwner')}</option>
            {(members.data?.items ?? []).map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label={t('northStar.form.periodStart')}>
          <Input
            type="date"
            required
            value={form.periodStart}
            onChange={(e) => set({ periodStart: e.target.value })}
          />
        </Field>
        <Field label={t('northStar.form.periodEnd')}>
          <Input
            type="date"
            required
            value={form.periodEnd}
            onChange={(e) => set({ periodEnd: e.target.value })}
          />
        </Field>
      </div>
      <fieldset>
        <legend className="mb-1 text-[13px] font-medium text-zinc-700">
          {t('northStar.form.campaigns')}
        </legend>
        <div className="flex max-h-32 flex-wrap gap-x-4 gap-y-1 overflow-y-auto" data-testid="goal-campaigns">
          {(campaigns.data?.items ?? []).map((c) => (
            <label key={c.id} className="flex items-center gap-1.5 text-sm text-zinc-700">
              <input
                type="checkbox"
                checked={form.campaignIds.includes(c.id)}
                onChange={(e) =>
                  set({
                    campaignIds: e.target.checked
                      ? [...form.campaignIds, c.id]
                      : form.campaignIds.filter((id) => id !== c.id),
                  })
                }
              />
              {c.name}
            </label>
          ))}
        </div>
      </fieldset>
      {error !== null && error !== undefined && <Alert tone="error">{errorText(error)}</Alert>}
      <div className="flex justify-end gap-2">
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
        <Button type="submit" loading={pending} data-testid="goal-submit">
          {t('northStar.form.save')}
        </Button>
      </div>
    </form>
  );
}
