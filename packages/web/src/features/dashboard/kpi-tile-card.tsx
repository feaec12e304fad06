import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../components/ui/progress-bar';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';
import type { KpiTile, ValueDelta } from './dashboard-api';
import { DeltaChip } from './delta-chip';
import { formatKpi } from './format-kpi';
import { MetricTooltip } from './metric-tooltip';
import { PacingBadge } from './pacing-badge';

export function KpiTileCard({
  tile,
  currency,
  range,
  delta,
}: {
  tile: KpiTile;
  currency: string;
  range: { from: string | null; to: string | null };
  delta: ValueDelta | undefined;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { kpi } = tile;
  const format = (value: number) => formatKpi(value, kpi.unit, locale, currency);
  return (
    <div
      className="flex flex-col gap-2 rounded-xl border border-zinc-200 bg-white p-4 shadow-sm"
      data-testid={`kpi-tile-${kpi.id}`}
    >
      <div className="flex items-start justify-between gap-2">
        <h3 className="text-[13px] font-medium text-zinc-600">{kpi.name[locale]}</h3>
        <PacingBadge pacing={tile.pacing} />
      </div>
      <div className="flex items-baseline gap-2">
        <MetricTooltip explain={{ ...kpi, range }} testId={`kpi-value-${kpi.id}`}>
          <span className="text-2xl font-semibold tracking-tight text-zinc-900 tabular-nums">
            {kpi.value === null ? '—' : format(kpi.value)}
          </span>
        </MetricTooltip>
        <DeltaChip delta={delta} direction={kpi.direction} />
      </div>
      {kpi.value === null && kpi.reason && <p className="text-xs text-amber-700">{kpi.reason}</p>}
      <div className="text-xs text-zinc-500">
        {tile.target === null
          ? t('dashboard.tiles.noTarget')
          : t('dashboard.tiles.target', { value: format(tile.target) })}
      </div>
      {tile.progressPercent !== null && (
        <ProgressBar
          value={tile.progressPercent}
          label={t('dashboard.tiles.target', { value: format(tile.target ?? 0) })}
        />
      )}
      <div className="mt-auto space-y-0.5 text-xs text-zinc-500">
        {tile.projection.ok &&
          (tile.projection.method === 'pace' ? (
            <div title={`${format(tile.projection.interval[0])} – ${format(tile.projection.interval[1])}`}>
              {t('dashboard.tiles.projected', { value: format(tile.projection.projected) })}
              {tile.projection.probabilityOnTarget !== null &&
                ` · ${t('dashboard.tiles.probability', { value: `${formatNumber(tile.projection.probabilityOnTarget * 100, locale)} %` })}`}
            </div>
          ) : (
            <div>{t('dashboard.tiles.current')}</div>
          ))}
        {tile.pacing.ok && tile.pacing.method === 'linear' && (
          <div>{t('dashboard.tiles.expected', { value: format(tile.pacing.expected) })}</div>
        )}
      </div>
    </div>
  );
}
