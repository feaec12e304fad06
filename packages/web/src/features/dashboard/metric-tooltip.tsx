import * as Tooltip from '@radix-ui/react-tooltip';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import type { Localized } from '../campaigns/campaign-api';

export interface MetricExplanation {
  name: Localized;
  formula: Localized;
  inputs?: Record<string, number | null>;
  freshness?: string | null;
  reason?: string | null;
  range?: { from: string | null; to: string | null };
}

/** Hover (or focus) a number to see its formula, the inputs it was computed from, the range and how fresh it is. */
export function MetricTooltip({
  explain,
  children,
  testId,
}: {
  explain: MetricExplanation;
  children: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const inputs = Object.entries(explain.inputs ?? {});
  return (
    <Tooltip.Provider delayDuration={150}>
      <Tooltip.Root>
        <Tooltip.Trigger asChild>
          <button
            type="button"
            className="cursor-help rounded text-left outline-none focus-visible:ring-2 focus-visible:ring-teal-500"
            data-testid={testId}
          >
            {children}
          </button>
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content
            side="bottom"
            align="start"
            sideOffset={6}
            className="z-50 max-w-xs rounded-lg bg-zinc-900 px-3 py-2 text-xs leading-relaxed text-zinc-100 shadow-lg"
            data-testid="metric-tooltip"
          >
            <div className="font-semibold text-white">{explain.name[locale]}</div>
            <div className="mt-0.5 text-zinc-300">
              {t('dashboard.tooltip.formula')}: {explain.formula[locale]}
            </div>
            {inputs.length > 0 && (
              <dl className="mt-1.5 grid grid-cols-[auto_auto] gap-x-3 gap-y-0.5">
                {inputs.map(([name, value]) => (
                  <div key={name} className="contents">
                    <dt className="text-zinc-400">{t(`dashboard.inputs.${name}`, { defaultValue: name })}</dt>
                    <dd className="text-right tabular-nums">
                      {value === null ? t('dashboard.missing') : formatNumber(value, locale)}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
            {explain.reason && (
              <div className="mt-1.5 text-amber-300">
                {t('dashboard.tooltip.missing')}: {explain.reason}
              </div>
            )}
            {explain.range && (explain.range.from || explain.range.to) && (
              <div className="mt-1.5 text-zinc-400">
                {t('dashboard.tooltip.range', {
                  from: explain.range.from ? formatDate(explain.range.from, locale) : '…',
                  to: explain.range.to ? formatDate(explain.range.to, locale) : '…',
                })}
              </div>
            )}
            <div className="text-zinc-400">
              {t('dashboard.tooltip.freshness')}:{' '}
              {explain.freshness ? formatDateTime(explain.freshness, locale) : t('dashboard.tooltip.noData')}
            </div>
            <Tooltip.Arrow className="fill-zinc-900" />
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
