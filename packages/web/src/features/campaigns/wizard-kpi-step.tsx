import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { NativeSelect } from '../../components/ui/input';
import { useLocale } from '../../i18n/use-locale';
import type { KpiOption, KpiSuggestions } from './campaign-api';
import type { WizardDraft } from './wizard-draft';

interface StepProps {
  draft: WizardDraft;
  suggestions: KpiSuggestions;
  onChange: (patch: Partial<WizardDraft>) => void;
}

/** Recommended KPIs for the chosen goals first (seed 002), then any KPI of the catalogue; warns below three and beyond five. */
export function WizardKpiStep({ draft, suggestions, onChange }: StepProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const byId = new Map(suggestions.kpis.map((kpi) => [kpi.kpiId, kpi]));
  const recommended = [
    ...new Set(
      suggestions.recommendations
        .filter((r) => draft.objectives.includes(r.goal))
        .flatMap((r) => [...r.primary, ...r.secondary]),
    ),
  ];
  const chosen = new Set(draft.kpis.map((kpi) => kpi.kpiId));
  const toggle = (kpi: KpiOption) =>
    onChange({
      kpis: chosen.has(kpi.kpiId)
        ? draft.kpis.filter((k) => k.kpiId !== kpi.kpiId)
        : [
            ...draft.kpis,
            {
              kpiId: kpi.kpiId,
              target: kpi.suggestedTarget ? String(kpi.suggestedTarget.value) : '',
              deadline: '',
            },
          ],
    });
  const others = suggestions.kpis.filter((kpi) => !recommended.includes(kpi.kpiId) && !chosen.has(kpi.kpiId));
  const extra = draft.kpis.filter((kpi) => !recommended.includes(kpi.kpiId));
  const row = (kpi: KpiOption) => (
    <label
      key={kpi.kpiId}
      className="flex cursor-pointer items-start gap-2 rounded-md p-2 text-sm hover:bg-zinc-50"
    >
      <input
        type="checkbox"
        className="mt-0.5"
        checked={chosen.has(kpi.kpiId)}
        onChange={() => toggle(kpi)}
        data-testid={`kpi-${kpi.kpiId}`}
      />
      <span>
        <span className="block font-medium text-zinc-900">{kpi.name[locale]}</span>
        <span className="block text-xs text-zinc-500">{kpi.formulaText[locale]}</span>
      </span>
    </label>
  );
  return (
    <div className="space-y-5">
      <details className="rounded-lg border border-zinc-200 bg-zinc-50 p-3 text-sm">
        <summary className="cursor-pointer font-medium text-zinc-800">
          {suggestions.metricVsKpi.title[locale]}
        </summary>
        <p className="mt-2 text-zinc-600">{suggestions.metricVsKpi.body[locale]}</p>
      </details>
      <div>
        <h3 className="text-sm font-medium text-zinc-800">{t('campaigns.wizard.kpis.recommended')}</h3>
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {recommended.flatMap((id) => {
            const kpi = byId.get(id);
            return kpi ? [row(kpi)] : [];
          })}
          {extra.flatMap((k) => {
            const kpi = byId.get(k.kpiId);
            return kpi ? [row(kpi)] : [];
          })}
        </div>
      </div>
      <NativeSelect
        aria-label={t('campaigns.wizard.kpis.addOther')}
        value=""
        onChange={(event) => {
          const kpi = byId.get(event.target.value);
          if (kpi) toggle(kpi);
        }}
      >
        <option value="">{t('campaigns.wizard.kpis.addOther')}</option>
        {others.map((kpi) => (
          <option key={kpi.kpiId} value={kpi.kpiId}>
            {kpi.name[locale]}
          </option>
        ))}
      </NativeSelect>
      <p className="text-sm text-zinc-600" data-testid="kpi-count">
        {t('campaigns.wizard.kpis.count', {
          count: draft.kpis.length,
          min: suggestions.minKpis,
          max: suggestions.maxKpis,
        })}
      </p>
      {draft.kpis.length > suggestions.maxKpis && (
        <Alert tone="warning">{t('campaigns.wizard.kpis.tooMany', { max: suggestions.maxKpis })}</Alert>
      )}
      {draft.kpis.length < suggestions.minKpis && (
        <div data-testid="kpi-too-few">
          <Alert tone="warning">
            {t('campaigns.wizard.kpis.tooFew', { min: suggestions.minKpis, max: suggestions.maxKpis })}
          </Alert>
        </div>
      )}
    </div>
  );
}
