import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Field } from '../../components/ui/field';
import { Input, NativeSelect } from '../../components/ui/input';
import { useFieldErrors } from '../../lib/use-field-errors';
import { todayIn } from '../calendar/calendar-dates';
import { useWorkspace } from '../workspaces/use-workspace';
import { BUDGET_CATEGORIES, type BudgetCategory, type CampaignDetail, campaignKey } from './campaign-api';
import { type CampaignCost, type CostInput, createCost, dashboardPrefixKey, updateCost } from './costs-api';
import { parseMoney } from './wizard-draft';

const FIELDS = ['category', 'amount', 'incurredOn', 'creatorId', 'note'] as const;

interface CostFormProps {
  campaign: CampaignDetail;
  /** The cost being corrected; a new cost when absent. */
  editing?: CampaignCost;
  onDone: () => void;
}

/** “Ghi nhận chi phí”: one cost of the campaign, which becomes the budget’s spent and the KPIs’ cost. */
export function CostForm({ campaign, editing, onDone }: CostFormProps) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const [category, setCategory] = useState<BudgetCategory>(editing?.category ?? 'media');
  const [amount, setAmount] = useState(editing ? String(editing.amount) : '');
  const [incurredOn, setIncurredOn] = useState(editing?.incurredOn ?? todayIn(workspace.settings.timezone));
  const [creatorId, setCreatorId] = useState(editing?.creatorId ?? '');
  const [note, setNote] = useState(editing?.note ?? '');
  const { errors, fromError, clear } = useFieldErrors(FIELDS);
  const [invalid, setInvalid] = useState<{ amount?: boolean; incurredOn?: boolean }>({});
  const save = useMutation({
    mutationFn: (body: CostInput) =>
      editing
        ? updateCost(workspace.id, campaign.id, editing.id, body)
        : createCost(workspace.id, campaign.id, body),
    onSuccess: async () => {
      clear();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: campaignKey(workspace.id, campaign.id) }),
        queryClient.invalidateQueries({ queryKey: dashboardPrefixKey(workspace.id, campaign.id) }),
      ]);
      onDone();
    },
    onError: (error) => fromError(error),
  });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const value = parseMoney(amount);
    const problems = { amount: value === null || value <= 0, incurredOn: !incurredOn };
    setInvalid(problems);
    if (value === null || problems.amount || problems.incurredOn) return;
    save.mutate({
      category,
      amount: value,
      incurredOn,
      creatorId: creatorId || null,
      note: note.trim() || null,
    });
  };
  const amountError = invalid.amount ? t('campaigns.costs.invalidAmount') : errors.amount;
  const dateError = invalid.incurredOn ? t('campaigns.costs.invalidDate') : errors.incurredOn;
  return (
    <form
      className="space-y-3 rounded-lg border border-zinc-200 p-3"
      onSubmit={submit}
      data-testid="cost-form"
    >
      <div className="grid gap-3 sm:grid-cols-3">
        <Field
          label={t('campaigns.costs.fields.category')}
          error={errors.category}
          hint={category === 'creator_fee' ? t('campaigns.costs.creatorFeeHint') : undefined}
        >
          <NativeSelect
            value={category}
            onChange={(e) => setCategory(e.target.value as BudgetCategory)}
            data-testid="cost-category"
          >
            {BUDGET_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`campaigns.budget.categories.${c}`)}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field
          label={t('campaigns.costs.fields.amount')}
          hint={t('campaigns.costs.amountHint')}
          error={amountError}
        >
          <Input
            inputMode="numeric"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            data-testid="cost-amount"
          />
        </Field>
        <Field label={t('campaigns.costs.fields.incurredOn')} error={dateError}>
          <Input
            type="date"
            value={incurredOn}
            onChange={(e) => setIncurredOn(e.target.value)}
            data-testid="cost-date"
          />
        </Field>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t('campaigns.costs.fields.creator')} error={errors.creatorId}>
          <NativeSelect
            value={creatorId}
            onChange={(e) => setCreatorId(e.target.value)}
            data-testid="cost-creator"
          >
            <option value="">{t('campaigns.costs.noCreator')}</option>
            {campaign.creators.map((c) => (
              <option key={c.creatorId} value={c.creatorId}>
                {c.name}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field label={t('campaigns.costs.fields.note')} error={errors.note}>
          <Input
            value={note}
            maxLength={500}
            onChange={(e) => setNote(e.target.value)}
            data-testid="cost-note"
          />
        </Field>
      </div>
      {errors.form && <Alert tone="error">{errors.form}</Alert>}
      <div className="flex gap-2">
        <Button type="submit" size="sm" loading={save.isPending} data-testid="cost-save">
          {editing ? t('campaigns.costs.saveChanges') : t('campaigns.costs.save')}
        </Button>
        <Button type="button" size="sm" variant="secondary" onClick={onDone}>
          {t('campaigns.costs.cancel')}
        </Button>
      </div>
    </form>
  );
}
