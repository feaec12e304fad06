import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';

interface Reliability {
  counts: Record<string, number>;
  due: number;
  score: number | null;
  onTimeRate: number | null;
}

/** Reliability from Lantoa's own deliverable history (B6): on time, late, missed. */
export function ReliabilityCard({ reliability }: { reliability: unknown }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const data = reliability as Reliability | null;
  return (
    <section className="rounded-lg border border-zinc-200 bg-white p-4" data-testid="reliability">
      <h2 className="text-sm font-semibold text-zinc-900">{t('reliability.title')}</h2>
      {data === null ? (
        <p className="mt-2 text-sm text-zinc-500">{t('reliability.none')}</p>
      ) : (
        <div className="mt-2 flex flex-wrap items-baseline gap-4 text-sm" title={t('reliability.formula')}>
          <span className="text-2xl font-semibold tabular-nums" data-testid="reliability-score">
            {data.score === null ? '—' : formatNumber(Math.round(data.score), locale)}
          </span>
          {(['on_time', 'late', 'missed', 'overdue', 'pending'] as const).map((outcome) => (
            <span key={outcome} className="text-zinc-600">
              {t(`reliability.outcomes.${outcome}`)}: <strong>{data.counts[outcome] ?? 0}</strong>
            </span>
          ))}
        </div>
      )}
    </section>
  );
}
