import { useTranslation } from 'react-i18next';
import { Badge, type BadgeTone } from '../../components/ui/badge';
import type { DeliverableStatus, DeliverableSummary } from './deliverables-api';

const STATUS_TONES: Record<DeliverableStatus, BadgeTone> = {
  draft: 'neutral',
  in_review: 'amber',
  changes_requested: 'red',
  approved: 'teal',
  scheduled: 'blue',
  published: 'green',
  verified: 'violet',
};

export function DeliverableStatusBadge({ status }: { status: DeliverableStatus }) {
  const { t } = useTranslation();
  return (
    <span data-testid="deliverable-status" data-status={status}>
      <Badge tone={STATUS_TONES[status]}>{t(`deliverables.status.${status}`)}</Badge>
    </span>
  );
}

/** Late / missed / overdue, or on time once published by the due moment. */
export function LatenessBadge({
  deliverable,
}: {
  deliverable: Pick<DeliverableSummary, 'lateness' | 'overdue'>;
}) {
  const { t } = useTranslation();
  if (deliverable.lateness === 'on_time')
    return <Badge tone="green">{t('deliverables.lateness.on_time')}</Badge>;
  if (deliverable.lateness)
    return (
      <span data-testid="late-badge">
        <Badge tone="red">{t(`deliverables.lateness.${deliverable.lateness}`)}</Badge>
      </span>
    );
  if (deliverable.overdue)
    return (
      <span data-testid="late-badge">
        <Badge tone="red">{t('deliverables.overdue')}</Badge>
      </span>
    );
  return null;
}
