import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';
import type { CreatorVetting } from './vetting-api';

const POSITION_TONES = { below: 'amber', within: 'green', above: 'blue' } as const;

/** ER vs the benchmark band of the same tier, platform and ER variant (B1), and vs the workspace. */
export function ErBenchmarkCard({ er }: { er: CreatorVetting['er'] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const pct = (value: number) => `${formatNumber(Math.round(value * 100) / 100, locale)} %`;
  const bound = (value: number | null) => (value === null ? '…' : pct(value));
  return (
    <section className="rounded-lg border border-zinc-200 bg-white p-4" data-testid="er-benchmark">
      <h2 className="text-sm font-semibold text-zinc-900">{t('vetting.er.title')}</h2>
      <p
        className="mt-2 text-2xl font-semibold text-zinc-900 tabular-nums"
        title={t('vetting.er.formula', { set: er.engagementSet.join(' + '), posts: er.postsUsed })}
      >
        {er.value === null ? '—' : pct(er.value)}
      </p>
      {er.band ? (
        <div className="mt-2 space-y-1 text-sm text-zinc-700">
          <div className="flex items-center gap-2">
            {t('vetting.er.band', { low: bound(er.band.low), high: bound(er.band.high) })}
            {er.position && (
              <Badge tone={POSITION_TONES[er.position]}>{t(`vetting.er.position.${er.position}`)}</Badge>
            )}
          </div>
          <p className="text-xs text-zinc-500" title={er.band.sourceReference}>
            {t('vetting.er.source')}: {er.band.sourceTitle}
          </p>
        </div>
      ) : (
        <p className="mt-2 text-xs text-zinc-500">
          {t('vetting.er.noBand', { reason: er.bandReason ?? '' })}
        </p>
      )}
      <p className="mt-2 text-sm text-zinc-700" data-testid="er-percentile">
        {er.workspacePercentile === null
          ? t('vetting.er.noPercentile')
          : t('vetting.er.percentile', {
              percentile: formatNumber(Math.round(er.workspacePercentile), locale),
              n: er.workspaceSampleSize,
            })}
      </p>
    </section>
  );
}
