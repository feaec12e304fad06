import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { displayHandle, formatNumber } from '../../lib/format';
import type { CreatorDetail } from './creator-api';
import { LineChart, type Series } from './line-chart';
import type { CreatorVetting } from './vetting-api';

export function CreatorHistoryCharts({
  creator,
  vetting,
}: {
  creator: CreatorDetail;
  vetting: CreatorVetting;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const followerSeries = useMemo<Series[]>(
    () =>
      vetting.followerHistory
        .filter((history) => history.points.length > 0)
        .map((history) => {
          const account = creator.accounts.find((a) => a.id === history.accountId);
          return {
            name: account ? `${t(`platforms.${account.platform}`)} ${displayHandle(account.handle)}` : '?',
            points: history.points.map((p) => [p.at, p.followers] as [string, number]),
          };
        }),
    [vetting.followerHistory, creator.accounts, t],
  );
  const erSeries = useMemo<Series[]>(
    () => [
      {
        name: t('vetting.charts.erPerPost'),
        points: vetting.erHistory.map((p) => [p.at, p.er] as [string, number]),
      },
    ],
    [vetting.erHistory, t],
  );
  const count = useMemo(() => (value: number) => formatNumber(value, locale), [locale]);
  const percent = useMemo(
    () => (value: number) => `${formatNumber(Math.round(value * 100) / 100, locale)} %`,
    [locale],
  );
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section className="rounded-lg border border-zinc-200 bg-white p-4">
        <h2 className="mb-2 text-sm font-semibold text-zinc-900">{t('vetting.charts.followers')}</h2>
        {followerSeries.length === 0 ? (
          <p className="text-sm text-zinc-500">{t('vetting.charts.noData')}</p>
        ) : (
          <LineChart series={followerSeries} format={count} testId="chart-followers" />
        )}
      </section>
      <section className="rounded-lg border border-zinc-200 bg-white p-4">
        <h2 className="mb-2 text-sm font-semibold text-zinc-900" title={t('vetting.charts.erHint')}>
          {t('vetting.charts.er')}
        </h2>
        {vetting.erHistory.length === 0 ? (
          <p className="text-sm text-zinc-500">{t('vetting.charts.noData')}</p>
        ) : (
          <LineChart series={erSeries} format={percent} testId="chart-er" />
        )}
      </section>
    </div>
  );
}
