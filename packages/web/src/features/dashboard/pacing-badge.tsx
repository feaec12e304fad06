import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../components/ui/badge';
import type { KpiTile, PacingState } from './dashboard-api';

const TONES: Record<PacingState, BadgeTone> = {
  ahead: 'teal',
  on_track: 'green',
  at_risk: 'amber',
  off_track: 'red',
};

export function PacingBadge({ pacing }: { pacing: KpiTile['pacing'] }) {
  const { t } = useTranslation();
  if (!pacing.ok)
    return (
      <span title={pacing.reason}>
        <Badge>{t('dashboard.pacing.unavailable')}</Badge>
      </span>
    );
  return (
    <span data-testid={`pacing-${pacing.status}`}>
      <Badge tone={TONES[pacing.status]}>{t(`dashboard.pacing.${pacing.status}`)}</Badge>
    </span>
  );
}
