import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';
import { type Dashboard, FUNNEL_STEPS } from './dashboard-api';
import { DeltaChip } from './delta-chip';
import { formatCompact } from './format-kpi';

/**
 * Reach → … → Advocacy as bars. Steps differ by orders of magnitude, so widths follow log10 of the value (each bar
 * still shows the exact number); a missing step is drawn hatched with its reason, never as 0.
 */
export function FunnelCard({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const values = dashboard.funnel.map((step) => step.value ?? 0);
  const top = Math.log10(Math.max(10, ...values) + 1);
  return (
    <section
      className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm"
      data-testid="dashboard-funnel"
    >
      <h2 className="mb-3 text-sm font-semibold text-zinc-900">{t('dashboard.funnel.title')}</h2>
      <ol className="space-y-2.5">
        {dashboard.funnel.map((step, index) => {
          const width = step.value === null ? 100 : Math.max(4, (Math.log10(step.value + 1) / top) * 100);
          return (
            <li key={step.id} data-testid={`funnel-${step.id}`}>
              <div className="mb-1 flex items-baseline justify-between gap-2 text-xs">
                <span className="font-medium text-zinc-700">
                  {t(`dashboard.funnel.${FUNNEL_STEPS[index] ?? step.id}`)}
                  <span className="ml-1 font-normal text-zinc-400">
                    {t('dashboard.funnel.basis', { basis: t(`dashboard.inputs.${step.basis as 'reach'}`) })}
                  </span>
                </span>
                <span className="flex items-baseline gap-2">
                  <DeltaChip delta={dashboard.comparison?.[`funnel.${step.id}`]} direction="higher" />
                  <span
                    className="font-semibold text-zinc-900 tabular-nums"
                    title={step.value === null ? undefined : formatNumber(step.value, locale)}
                  >
                    {step.value === null ? '—' : formatCompact(step.value, locale)}
                  </span>
                </span>
              </div>
              <div className="h-5 w-full rounded bg-zinc-50">
                {step.value === null ? (
                  <div
                    className="flex h-full items-center rounded border border-dashed border-zinc-300 bg-[repeating-linear-gradient(135deg,#f4f4f5_0,#f4f4f5_6px,#fff_6px,#fff_12px)] px-2 text-[11px] text-zinc-500"
                    title={step.reason ?? undefined}
                  >
                    {t('dashboard.funnel.missing')}
                  </div>
                ) : (
                  <div
                    className="h-full rounded bg-teal-600/80"
                    style={{ width: `${width}%`, opacity: 1 - index * 0.1 }}
                  />
                )}
              </div>
              {index > 0 && (
                <div className="mt-0.5 text-[11px] text-zinc-500" title={step.stepRateReason ?? undefined}>
                  {step.stepRate === null
                    ? '↳ —'
                    : `↳ ${t('dashboard.funnel.stepRate', { value: `${formatNumber(step.stepRate, locale)} %` })}`}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
