import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';
import { LineChart, type Series } from '../creators/line-chart';
import type { StoredSnapshot } from './posts-api';

const PARTS = ['likes', 'comments', 'shares', 'saves'] as const;

/** Engagements of one snapshot: the recorded parts summed; null when none was recorded. */
function engagementsOf(snapshot: StoredSnapshot): number | null {
  const recorded = PARTS.map((part) => snapshot[part]).filter((value): value is number => value !== null);
  return recorded.length === 0 ? null : recorded.reduce((sum, value) => sum + value, 0);
}

/** Views and engagements over time, each on its own chart (they differ by orders of magnitude). */
export function SnapshotCharts({ snapshots }: { snapshots: StoredSnapshot[] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const format = useMemo(() => (value: number) => formatNumber(value, locale), [locale]);
  const views: Series[] = useMemo(
    () => [
      {
        name: t('dashboard.inputs.views'),
        points: snapshots.flatMap((s) => (s.views === null ? [] : [[s.at, s.views] as [string, number]])),
      },
    ],
    [snapshots, t],
  );
  const engagements: Series[] = useMemo(
    () => [
      {
        name: t('dashboard.inputs.engagements'),
        points: snapshots.flatMap((s) => {
          const value = engagementsOf(s);
          return value === null ? [] : [[s.at, value] as [string, number]];
        }),
      },
    ],
    [snapshots, t],
  );
  if (snapshots.length === 0)
    return <p className="py-6 text-center text-sm text-zinc-500">{t('posts.drawer.noHistory')}</p>;
  return (
    <div className="space-y-3" data-testid="post-history">
      {[
        { key: 'views', series: views },
        { key: 'engagements', series: engagements },
      ].map(({ key, series }) => (
        <div key={key}>
          <div className="text-xs font-medium text-zinc-600">{series[0]?.name}</div>
          {(series[0]?.points.length ?? 0) === 0 ? (
            <p className="py-3 text-xs text-zinc-400">{t('posts.drawer.notRecorded')}</p>
          ) : (
            <LineChart series={series} format={format} testId={`post-chart-${key}`} height={150} />
          )}
        </div>
      ))}
    </div>
  );
}
