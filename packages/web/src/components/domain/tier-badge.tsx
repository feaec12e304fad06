import { useTranslation } from 'react-i18next';
import type { Tier } from '../../api/types';
import { Badge, type BadgeTone } from '../ui/badge';

const TIER_TONES: Record<Tier, BadgeTone> = {
  koc: 'neutral',
  nano: 'teal',
  micro: 'green',
  macro: 'blue',
  mega: 'violet',
};

export function TierBadge({ tier }: { tier: Tier | null }) {
  const { t } = useTranslation();
  if (!tier) return <span className="text-zinc-400">—</span>;
  return <Badge tone={TIER_TONES[tier]}>{t(`tiers.${tier}`)}</Badge>;
}
