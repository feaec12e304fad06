import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { Input, NativeSelect } from '../../components/ui/input';
import type { ContractDraft } from './contract-draft';
import { CONTRACT_DELIVERABLE_TYPES, type ContractDeliverableType } from './contracts-api';

const PLATFORMS = ['tiktok', 'facebook', 'instagram', 'youtube', 'zalo', 'other'] as const;

interface Props {
  draft: ContractDraft;
  set: (patch: Partial<ContractDraft>) => void;
}

/** Payment milestones: label, amount, due day and whether it is paid. */
export function MilestoneRows({ draft, set }: Props) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<ContractDraft['milestones'][number]>) =>
    set({ milestones: draft.milestones.map((m, i) => (i === index ? { ...m, ...patch } : m)) });
  return (
    <fieldset className="space-y-2">
      <legend className="text-[13px] font-medium text-zinc-700">{t('contracts.form.milestones')}</legend>
      {draft.milestones.map((m, index) => (
        <div
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved
          key={index}
          className="grid grid-cols-[1fr_8rem_9rem_auto] items-center gap-2"
          data-testid="milestone-row"
        >
          <Input
            aria-label={t('contracts.form.milestoneLabel')}
            placeholder={t('contracts.form.milestoneLabel')}
            value={m.label}
            onChange={(e) => update(index, { label: e.target.value })}
          />
          <Input
            aria-label={t('contracts.form.amount')}
            inputMode="numeric"
            placeholder="0"
            value={m.amount}
            onChange={(e) => update(index, { amount: e.target.value })}
          />
          <Input
            type="date"
            aria-label={t('contracts.form.dueOn')}
            value={m.dueOn}
            onChange={(e) => update(index, { dueOn: e.target.value })}
          />
          <label className="flex items-center gap-1 text-xs text-zinc-700">
            <input
              type="checkbox"
              checked={m.paid}
              onChange={(e) => update(index, { paid: e.target.checked })}
            />
            {t('contracts.form.paid')}
          </label>
        </div>
      ))}
      <Button
        variant="secondary"
        size="sm"
        data-testid="milestone-add"
        onClick={() =>
          set({
            milestones: [
              ...draft.milestones,
              { label: '', amount: '', dueOn: '', paid: false, paidAt: null },
            ],
          })
        }
      >
        {t('contracts.form.addMilestone')}
      </Button>
      {draft.milestones.length > 0 && (
        <p className="text-xs text-zinc-500" data-testid="milestone-paid-is-cost">
          {t('contracts.form.paidIsCost')}
        </p>
      )}
    </fieldset>
  );
}

/** Deliverables promised: how many items of which type on which platform. */
export function DeliverableRows({ draft, set }: Props) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<ContractDraft['deliverables'][number]>) =>
    set({ deliverables: draft.deliverables.map((d, i) => (i === index ? { ...d, ...patch } : d)) });
  return (
    <fieldset className="space-y-2">
      <legend className="text-[13px] font-medium text-zinc-700">{t('contracts.form.deliverables')}</legend>
      {draft.deliverables.map((d, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id
        <div key={index} className="grid grid-cols-[5rem_1fr_1fr] gap-2">
          <Input
            type="number"
            min={1}
            aria-label={t('contracts.form.count')}
            value={d.count}
            onChange={(e) => update(index, { count: Number(e.target.value) })}
          />
          <NativeSelect
            aria-label={t('contracts.form.type')}
            value={d.type}
            onChange={(e) => update(index, { type: e.target.value as ContractDeliverableType })}
          >
            {CONTRACT_DELIVERABLE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`contracts.deliverableTypes.${type}`)}
              </option>
            ))}
          </NativeSelect>
          <NativeSelect
            aria-label={t('contracts.form.platform')}
            value={d.platform}
            onChange={(e) => update(index, { platform: e.target.value })}
          >
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {t(`platforms.${p}`)}
              </option>
            ))}
          </NativeSelect>
        </div>
      ))}
      <Button
        variant="secondary"
        size="sm"
        onClick={() =>
          set({ deliverables: [...draft.deliverables, { type: 'video', platform: 'tiktok', count: 1 }] })
        }
      >
        {t('contracts.form.addDeliverable')}
      </Button>
    </fieldset>
  );
}
