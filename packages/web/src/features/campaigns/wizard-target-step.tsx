import { useTranslation } from 'react-i18next';
import { Input } from '../../components/ui/input';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';
import type { KpiSuggestions, SuggestedTarget } from './campaign-api';
import type { WizardDraft } from './wizard-draft';

interface StepProps {
  draft: WizardDraft;
  suggestions: KpiSuggestions;
  onChange: (patch: Partial<WizardDraft>) => void;
}

/** SMART: a number and a date for every KPI, with the default's origin shown next to it. */
export function WizardTargetStep({ draft, suggestions, onChange }: StepProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const byId = new Map(suggestions.kpis.map((kpi) => [kpi.kpiId, kpi]));
  const suggestionText = (suggestion: SuggestedTarget | null) => {
    if (!suggestion) return t('campaigns.wizard.targets.noSuggestion');
    const value = formatNumber(suggestion.value, locale);
    return suggestion.kind === 'history'
      ? t('campaigns.wizard.targets.suggested.history', { value, n: suggestion.count })
      : t('campaigns.wizard.targets.suggested.benchmark', {
          value,
          tier: t(`tiers.${suggestion.tier}`),
          source: suggestion.source.title[locale],
        });
  };
  const update = (index: number, patch: Partial<WizardDraft['kpis'][number]>) =>
    onChange({ kpis: draft.kpis.map((kpi, i) => (i === index ? { ...kpi, ...patch } : kpi)) });
  return (
    <div className="space-y-3">
      <p className="text-sm text-zinc-600">{t('campaigns.wizard.targets.hint')}</p>
      {draft.kpis.map((kpi, index) => {
        const option = byId.get(kpi.kpiId);
        const suggestion = option?.suggestedTarget ?? null;
        return (
          <div
            key={kpi.kpiId}
            className="grid gap-3 rounded-lg border border-zinc-200 p-3 sm:grid-cols-[1fr_10rem_10rem]"
          >
            <div>
              <div className="text-sm font-medium text-zinc-900">{option?.name[locale] ?? kpi.kpiId}</div>
              <div className="text-xs text-zinc-500">
                {t(`campaigns.units.${option?.unit ?? 'count'}`)} ·{' '}
                {t(
                  option?.direction === 'lower'
                    ? 'campaigns.wizard.targets.lower'
                    : 'campaigns.wizard.targets.higher',
                )}
              </div>
              <div
                className="mt-1 text-xs text-zinc-500"
                title={suggestion?.source?.reference}
                data-testid={`target-suggestion-${kpi.kpiId}`}
              >
                {suggestionText(suggestion)}
              </div>
            </div>
            <Input
              inputMode="decimal"
              aria-label={t('campaigns.wizard.targets.target')}
              placeholder={t('campaigns.wizard.targets.target')}
              value={kpi.target}
              onChange={(event) => update(index, { target: event.target.value })}
              data-testid={`target-${kpi.kpiId}`}
            />
            <Input
              type="date"
              aria-label={t('campaigns.wizard.targets.deadline')}
              value={kpi.deadline}
              onChange={(event) => update(index, { deadline: event.target.value })}
            />
          </div>
        );
      })}
    </div>
  );
}
