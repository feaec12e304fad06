import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';
import type { Audience } from './creator-draft';

/** One account's audience in a line: age bands, genders, top places and interests, largest first (A1). */
export function AccountAudience({ audience }: { audience: Audience | null }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (!audience) return <span className="text-xs text-zinc-400">{t('creators.profile.noAudience')}</span>;
  const pct = (share: number) => `${formatNumber(Math.round(share * 100), locale)} %`;
  const byShare = <K extends string>(shares: Partial<Record<K, number>> | undefined) =>
    (Object.entries(shares ?? {}) as [K, number][]).sort((a, b) => b[1] - a[1]);
  const parts = [
    byShare(audience.ageBands)
      .slice(0, 2)
      .map(([band, share]) => `${band}: ${pct(share)}`)
      .join(', '),
    byShare(audience.gender)
      .map(([gender, share]) => `${t(`fit.genders.${gender}`)} ${pct(share)}`)
      .join(', '),
    (audience.topLocations ?? [])
      .slice(0, 3)
      .map((place) => `${place.name} ${pct(place.share)}`)
      .join(', '),
    (audience.interests ?? []).slice(0, 4).join(', '),
  ].filter(Boolean);
  return (
    <span className="text-xs text-zinc-600" data-testid="account-audience">
      {parts.join(' · ')}
    </span>
  );
}
