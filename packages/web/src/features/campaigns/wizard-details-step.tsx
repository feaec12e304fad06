import { useTranslation } from 'react-i18next';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import type { WizardDraft } from './wizard-draft';

interface StepProps {
  draft: WizardDraft;
  onChange: (patch: Partial<WizardDraft>) => void;
}

const textareaClass =
  'block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm text-zinc-900 shadow-sm focus:border-teal-600 focus:outline-none focus:ring-2 focus:ring-teal-600/20';

export function WizardDetailsStep({ draft, onChange }: StepProps) {
  const { t } = useTranslation();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field label={t('campaigns.wizard.details.name')}>
        <Input
          value={draft.name}
          onChange={(e) => onChange({ name: e.target.value })}
          data-testid="campaign-name"
        />
      </Field>
      <Field label={t('campaigns.wizard.details.brand')}>
        <Input value={draft.brand} onChange={(e) => onChange({ brand: e.target.value })} />
      </Field>
      <Field label={t('campaigns.wizard.details.startDate')}>
        <Input
          type="date"
          value={draft.startDate}
          onChange={(e) => onChange({ startDate: e.target.value })}
        />
      </Field>
      <Field label={t('campaigns.wizard.details.endDate')}>
        <Input type="date" value={draft.endDate} onChange={(e) => onChange({ endDate: e.target.value })} />
      </Field>
      <Field
        label={t('campaigns.wizard.details.competitors')}
        hint={t('campaigns.wizard.details.competitorsHint')}
      >
        <Input value={draft.competitors} onChange={(e) => onChange({ competitors: e.target.value })} />
      </Field>
      <Field label={t('campaigns.wizard.details.audience')} hint={t('campaigns.wizard.details.audienceHint')}>
        <textarea
          rows={3}
          className={textareaClass}
          value={draft.targetAudience}
          onChange={(e) => onChange({ targetAudience: e.target.value })}
        />
      </Field>
    </div>
  );
}
