import { useTranslation } from 'react-i18next';
import { Field } from '../../components/ui/field';
import { Input } from '../../components/ui/input';
import { useLocale } from '../../i18n/use-locale';
import { formatMoney } from '../../lib/format';
import { BUDGET_CATEGORIES } from './campaign-api';
import { parseMoney, type WizardDraft } from './wizard-draft';

interface StepProps {
  draft: WizardDraft;
  onChange: (patch: Partial<WizardDraft>) => void;
}

export function WizardBudgetStep({ draft, onChange }: StepProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const planned = BUDGET_CATEGORIES.reduce((sum, c) => sum + (parseMoney(draft.budgetLines[c]) ?? 0), 0);
  const total = parseMoney(draft.budgetAmount);
  return (
    <div className="space-y-4">
      <Field label={t('campaigns.wizard.budget.total')} hint={t('campaigns.wizard.budget.totalHint')}>
        <Input
          inputMode="numeric"
          value={draft.budgetAmount}
          onChange={(e) => onChange({ budgetAmount: e.target.value })}
          data-testid="budget-total"
        />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        {BUDGET_CATEGORIES.map((category) => (
          <Field key={category} label={t(`campaigns.budget.categories.${category}`)}>
            <Input
              inputMode="numeric"
              value={draft.budgetLines[category]}
              onChange={(e) =>
                onChange({ budgetLines: { ...draft.budgetLines, [category]: e.target.value } })
              }
              data-testid={`budget-${category}`}
            />
          </Field>
        ))}
      </div>
      <p className="text-sm text-zinc-600 tabular-nums">
        {t('campaigns.wizard.budget.planned', { planned: formatMoney(planned, 'VND', locale) })}
        {total !== null && planned > total && (
          <span className="ml-2 font-medium text-amber-700">{t('campaigns.wizard.budget.aboveTotal')}</span>
        )}
      </p>
    </div>
  );
}
