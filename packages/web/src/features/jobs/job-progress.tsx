import { useTranslation } from 'react-i18next';
import type { Job } from '../../api/types';
import { ProgressBar } from '../../components/ui/progress-bar';
import { displayedProgress } from './job-status';

export function JobProgress({ job, testId }: { job: Job | undefined; testId?: string }) {
  const { t } = useTranslation();
  const progress = displayedProgress(job);
  return (
    <div
      className="w-full space-y-1.5"
      data-testid={testId ? `${testId}-container` : undefined}
      data-status={job?.status}
    >
      <ProgressBar value={progress} label={t('jobs.progressLabel')} testId={testId} />
      <div className="flex justify-between gap-3 text-xs text-zinc-600">
        <span className="truncate" aria-live="polite">
          {job?.message || t(`jobs.status.${job?.status ?? 'queued'}`)}
        </span>
        <span className="tabular-nums">{progress}%</span>
      </div>
    </div>
  );
}
