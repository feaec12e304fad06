import { useTranslation } from 'react-i18next';
import type { Driver } from './comments-api';

function Column({
  title,
  drivers,
  tone,
  testId,
}: {
  title: string;
  drivers: Driver[];
  tone: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <div data-testid={testId}>
      <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-zinc-500">{title}</h3>
      {drivers.length === 0 ? (
        <p className="text-sm text-zinc-500">{t('comments.drivers.none')}</p>
      ) : (
        <ol className="space-y-1">
          {drivers.map((driver) => (
            <li key={driver.term} className="flex items-baseline justify-between gap-2 text-sm">
              <span className={`font-medium ${tone}`}>{driver.term}</span>
              <span className="text-xs tabular-nums text-zinc-500">
                {t('comments.drivers.counts', {
                  positive: driver.positiveComments,
                  negative: driver.negativeComments,
                })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

export function DriversList({ drivers }: { drivers: { positive: Driver[]; negative: Driver[] } }) {
  const { t } = useTranslation();
  return (
    <div className="grid grid-cols-2 gap-6" title={t('comments.drivers.method')}>
      <Column
        title={t('comments.drivers.positive')}
        drivers={drivers.positive}
        tone="text-emerald-700"
        testId="drivers-positive"
      />
      <Column
        title={t('comments.drivers.negative')}
        drivers={drivers.negative}
        tone="text-red-700"
        testId="drivers-negative"
      />
    </div>
  );
}
