import { useTranslation } from 'react-i18next';
import type { JobStatus } from '../../api/types';
import { Badge, type BadgeTone } from '../../components/ui/badge';

const TONES: Record<JobStatus, BadgeTone> = {
  queued: 'neutral',
  running: 'blue',
  succeeded: 'green',
  failed: 'red',
  cancelled: 'amber',
};

export function JobStatusBadge({ status }: { status: JobStatus }) {
  const { t } = useTranslation();
  return <Badge tone={TONES[status]}>{t(`jobs.status.${status}`)}</Badge>;
}
