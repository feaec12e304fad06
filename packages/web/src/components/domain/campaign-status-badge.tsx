import { useTranslation } from 'react-i18next';
import type { CampaignStatus } from '../../api/types';
import { Badge, type BadgeTone } from '../ui/badge';

const STATUS_TONES: Record<CampaignStatus, BadgeTone> = {
  draft: 'neutral',
  planned: 'blue',
  live: 'green',
  completed: 'teal',
  archived: 'amber',
};

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  return <Badge tone={STATUS_TONES[status]}>{t(`campaigns.status.${status}`)}</Badge>;
}
