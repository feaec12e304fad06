import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';
import type { ValueDelta } from './dashboard-api';

/** ▲ 12 % vs the previous period, green when the change is good for this KPI's direction. */
export function DeltaChip({
  delta,
  direction,
}: {
  delta: ValueDelta | undefined;
  direction: 'higher' | 'lower';
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (!delta || delta.changePercent === null) return null;
  const up = delta.changePercent >= 0;
  const good = (direction === 'higher') === up;
  return (
    <span
      className={`text-xs font-medium tabular-nums ${good ? 'text-emerald-700' : 'text-red-700'}`}
      title={t('dashboard.delta.vsPrevious')}
      data-testid="delta"
    >
      {up ? '▲' : '▼'} {formatNumber(Math.abs(delta.changePercent), locale)} %
    </span>
  );
}
