import { getKpiDefinition, type KpiId, KpiIdSchema } from '@lantoa/core/kpi';
import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../components/ui/badge';
import { useLocale } from '../../i18n/use-locale';
import { formatMoney, formatNumber } from '../../lib/format';
import type { KpiUnit } from './campaign-api';
import type { CampaignForecast, ForecastInputName, KpiForecast } from './forecast-api';

/** A target above the interval is out of reach for a "higher is better" KPI, and comfortable for a cost. */
function tone(position: KpiForecast['targetPosition'], direction: 'higher' | 'lower'): BadgeTone {
  if (position === 'inside' || position === null) return 'amber';
  return (position === 'below') === (direction === 'higher') ? 'green' : 'red';
}

/** C6: the KPI's pre-launch forecast (median and interval), where the target sits, and its inputs on hover. */
export function KpiForecastCell({
  forecast,
  plan,
  unit,
  direction,
}: {
  forecast: KpiForecast | undefined;
  plan: CampaignForecast;
  unit: KpiUnit;
  direction: 'higher' | 'lower';
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (!forecast) return <span className="text-zinc-400">…</span>;
  const value = (v: number) =>
    unit === 'money'
      ? formatMoney(Math.round(v), 'VND', locale)
      : unit === 'percent'
        ? `${formatNumber(v, locale)}%`
        : formatNumber(unit === 'count' ? Math.round(v) : v, locale);
  if (forecast.median === null || forecast.interval === null) {
    const gap = forecast.gap;
    // Only the gaps about a forecastable input name it; "after launch only" may name any raw input.
    const input =
      gap?.input && gap.code !== 'after_launch_only'
        ? t(`campaigns.forecast.inputs.${gap.input as ForecastInputName}`)
        : '';
    return (
      <span className="text-xs text-zinc-500" data-testid="kpi-forecast-gap">
        {t(`campaigns.forecast.gaps.${forecast.gap?.code ?? 'no_basis'}`, { input })}
      </span>
    );
  }
  const kpiId = KpiIdSchema.safeParse(forecast.kpiId);
  const formula = kpiId.success ? getKpiDefinition(kpiId.data as KpiId).formulaText[locale] : '';
  const hover = [
    t('campaigns.forecast.formula', { formula }),
    ...forecast.inputs.map((input) =>
      t(input.basis ? 'campaigns.forecast.inputWithBasis' : 'campaigns.forecast.input', {
        name: t(`campaigns.forecast.inputs.${input.name}`),
        median: formatNumber(Math.round(input.median), locale),
        history: input.basis?.history,
        benchmark: input.basis?.benchmark,
        missing: input.basis?.missing,
      }),
    ),
    plan.costSource && forecast.inputs.some((i) => i.name === 'cost')
      ? t(`campaigns.forecast.costFrom.${plan.costSource}`)
      : null,
    t('campaigns.forecast.method', {
      confidence: Math.round(plan.confidence * 100),
      simulations: plan.simulations,
    }),
  ].filter(Boolean);
  return (
    <div className="space-y-1" title={hover.join('\n')} data-testid="kpi-forecast">
      <div className="tabular-nums text-zinc-900">
        {value(forecast.median)}{' '}
        <span className="text-xs text-zinc-500">
          ({value(forecast.interval[0])} – {value(forecast.interval[1])})
        </span>
      </div>
      {forecast.targetPosition && (
        <Badge tone={tone(forecast.targetPosition, direction)}>
          {t(`campaigns.forecast.positions.${forecast.targetPosition}`)}
        </Badge>
      )}
    </div>
  );
}
