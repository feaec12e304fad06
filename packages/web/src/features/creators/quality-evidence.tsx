import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../components/ui/badge';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';
import type { CreatorVetting, QualitySignal } from './vetting-api';

const STATUS_TONES: Record<QualitySignal['status'], BadgeTone> = {
  ok: 'green',
  warning: 'amber',
  alert: 'red',
  not_available: 'neutral',
};

/** The audience-quality score with every signal: value, reference, weight, points given and why (B2). */
export function QualityEvidence({ dossier }: { dossier: CreatorVetting['dossier'] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { summary, quality } = dossier;
  const value = (signal: QualitySignal) => {
    if (signal.rawValue === null) return '—';
    if (signal.unit === 'share') return `${formatNumber(Math.round(signal.rawValue * 1000) / 10, locale)} %`;
    if (signal.unit === 'percent')
      return `${formatNumber(Math.round(signal.rawValue * 100) / 100, locale)} %`;
    return formatNumber(Math.round(signal.rawValue * 100) / 100, locale);
  };
  const reference = (signal: QualitySignal) => {
    const ref = signal.reference;
    if (!ref || ref.value === null) return '—';
    const shown =
      typeof ref.value === 'number'
        ? formatNumber(Math.round(ref.value * 100) / 100, locale)
        : `${formatNumber(ref.value.low, locale)}–${formatNumber(ref.value.high, locale)}`;
    return `${ref.label[locale]}: ${shown}`;
  };
  return (
    <section data-testid="quality-evidence">
      <div className="mb-2 flex flex-wrap items-baseline gap-3">
        <h2 className="text-sm font-semibold text-zinc-900">{t('vetting.quality.title')}</h2>
        <span className="text-2xl font-semibold tabular-nums" data-testid="quality-score">
          {summary.qualityScore === null ? '—' : Math.round(summary.qualityScore)}
        </span>
        {summary.qualityLevel && (
          <span className="text-sm text-zinc-600">{t(`vetting.quality.level.${summary.qualityLevel}`)}</span>
        )}
        {summary.qualityConfidence && (
          <span className="text-xs text-zinc-500">
            {t(`vetting.quality.confidence.${summary.qualityConfidence}`)}
          </span>
        )}
      </div>
      <Table>
        <thead>
          <tr>
            <Th>{t('vetting.quality.signal')}</Th>
            <Th>{t('vetting.quality.status')}</Th>
            <Th className="text-right">{t('vetting.quality.value')}</Th>
            <Th>{t('vetting.quality.reference')}</Th>
            <Th className="text-right">{t('vetting.quality.points')}</Th>
            <Th>{t('vetting.quality.why')}</Th>
          </tr>
        </thead>
        <tbody>
          {(quality?.signals ?? []).map((signal) => (
            <Tr key={signal.id} data-testid="quality-signal">
              <Td className="font-medium">{signal.label[locale]}</Td>
              <Td>
                <Badge tone={STATUS_TONES[signal.status]}>
                  {t(`vetting.quality.statuses.${signal.status}`)}
                </Badge>
              </Td>
              <Td className="text-right tabular-nums">{value(signal)}</Td>
              <Td className="text-xs text-zinc-600">{reference(signal)}</Td>
              <Td className="text-right whitespace-nowrap tabular-nums">
                {signal.contribution === null
                  ? '—'
                  : `${formatNumber(Math.round(signal.contribution * 10) / 10, locale)} / ${formatNumber(Math.round(signal.maxPoints * 10) / 10, locale)}`}
              </Td>
              <Td className="max-w-md text-xs text-zinc-600">{signal.explanation[locale]}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
