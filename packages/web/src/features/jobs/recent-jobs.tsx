import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { jobsKey, listJobs } from '../../api/jobs';
import { useLocale } from '../../i18n/use-locale';
import { formatRelative } from '../../lib/format';
import { JobProgress } from './job-progress';
import { isJobFinished, JOB_POLL_INTERVAL_MS } from './job-status';
import { JobStatusBadge } from './job-status-badge';

const SHOWN = 5;

/** The workspace's latest background jobs; refreshes while any of them is still running. */
export function RecentJobs({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { data } = useQuery({
    queryKey: jobsKey(workspaceId),
    queryFn: () => listJobs(workspaceId),
    refetchInterval: (query) =>
      query.state.data?.items.some((job) => !isJobFinished(job)) ? JOB_POLL_INTERVAL_MS * 2 : false,
  });
  const jobs = data?.items.slice(0, SHOWN) ?? [];
  if (jobs.length === 0) return null;
  return (
    <section className="mt-8" aria-labelledby="recent-jobs-heading">
      <h2 id="recent-jobs-heading" className="mb-3 text-sm font-semibold text-zinc-900">
        {t('jobs.recent')}
      </h2>
      <ul className="divide-y divide-zinc-100 rounded-xl border border-zinc-200 bg-white shadow-xs">
        {jobs.map((job) => (
          <li
            key={job.id}
            className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3"
            data-testid="job-row"
          >
            <div className="min-w-0 flex-1">
              <div className="text-sm font-medium text-zinc-900">
                {t(`jobs.types.${jobTypeKey(job.type)}`, { type: job.type })}
              </div>
              <div className="text-xs text-zinc-500">{formatRelative(job.createdAt, locale)}</div>
            </div>
            {isJobFinished(job) ? (
              <JobStatusBadge status={job.status} />
            ) : (
              <div className="w-full sm:w-64">
                <JobProgress job={job} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

const KNOWN_TYPES = ['demo', 'import', 'refresh', 'report'] as const;

function jobTypeKey(type: string): (typeof KNOWN_TYPES)[number] | 'other' {
  return KNOWN_TYPES.find((known) => type.startsWith(known)) ?? 'other';
}
