import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../components/ui/badge';
import type { CreatorStatus, RiskLevel } from './creator-api';

const STATUS_TONES: Record<CreatorStatus, BadgeTone> = {
  prospect: 'neutral',
  contacted: 'blue',
  negotiating: 'amber',
  contracted: 'green',
  archived: 'neutral',
  blocked: 'red',
};
const RISK_TONES: Record<RiskLevel, BadgeTone> = { low: 'green', medium: 'amber', high: 'red' };

export function CreatorStatusBadge({ status }: { status: CreatorStatus }) {
  const { t } = useTranslation();
  return <Badge tone={STATUS_TONES[status]}>{t(`creators.status.${status}`)}</Badge>;
}

export function RiskBadge({ level }: { level: RiskLevel | null }) {
  const { t } = useTranslation();
  if (!level) return <span className="text-zinc-400">—</span>;
  return <Badge tone={RISK_TONES[level]}>{t(`creators.risk.${level}`)}</Badge>;
}

export function QualityScore({ score }: { score: number | null }) {
  if (score === null) return <span className="text-zinc-400">—</span>;
  const tone = score >= 70 ? 'text-emerald-700' : score >= 40 ? 'text-amber-700' : 'text-red-700';
  return <span className={`font-medium tabular-nums ${tone}`}>{score}</span>;
}
