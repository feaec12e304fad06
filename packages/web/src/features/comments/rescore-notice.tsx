import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';
import { canWriteComments } from '../../lib/roles';
import { useErrorText } from '../../lib/use-error-text';
import { JobProgress } from '../jobs/job-progress';
import { isJobFinished } from '../jobs/job-status';
import { useJob } from '../jobs/use-job';
import { useWorkspace } from '../workspaces/use-workspace';
import { type CampaignSentiment, commentsKey, rescoreComments } from './comments-api';

/**
 * Says how many comments another sentiment model scored and lets a manager re-score them; the job's id lives in the
 * address (`scoringJob`) so its progress survives a reload, and the page's comment queries refresh when it ends.
 */
export function RescoreNotice({ data }: { data: CampaignSentiment }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const { scoringJob } = useSearch({ from: '/_authed/w/$workspaceId/comments' });
  const navigate = useNavigate({ from: '/w/$workspaceId/comments' });
  const showJob = (jobId: string | undefined) =>
    void navigate({ search: (previous) => ({ ...previous, scoringJob: jobId }), replace: true });
  const [upToDate, setUpToDate] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: commentsKey(workspace.id) });
  const start = useMutation({
    mutationFn: () => rescoreComments(workspace.id),
    onSuccess: ({ jobId }) => {
      setUpToDate(jobId === null);
      if (jobId === null) void refresh();
      else showJob(jobId);
    },
  });
  const job = useJob(workspace.id, scoringJob ?? null).data;
  const finished = isJobFinished(job);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refresh once when the job ends, not on every render
  useEffect(() => {
    if (finished) void refresh();
  }, [finished, workspace.id]);

  if (!scoringJob && data.otherModel === 0 && !upToDate) return null;
  const failed = job?.status === 'failed' || job?.status === 'cancelled';
  const tone = failed ? 'error' : job?.status === 'succeeded' || upToDate ? 'success' : 'warning';
  const message = failed
    ? t('comments.rescore.failed')
    : job?.status === 'succeeded'
      ? t('comments.rescore.done')
      : scoringJob
        ? t('comments.rescore.running')
        : data.otherModel > 0
          ? t('comments.rescore.otherModel', {
              count: data.otherModel,
              n: formatNumber(data.otherModel, locale),
            })
          : t('comments.rescore.upToDate');
  const canStart = canWriteComments(workspace.role) && data.otherModel > 0 && (!scoringJob || finished);
  return (
    <div data-testid="rescore-notice" data-other-model={data.otherModel}>
      <Alert tone={tone}>
        <div className="flex flex-wrap items-center gap-3">
          <p className="flex-1" title={t('comments.rescore.hint', { model: data.modelId })}>
            {message}
          </p>
          {canStart && (
            <Button
              size="sm"
              variant="secondary"
              loading={start.isPending}
              onClick={() => start.mutate()}
              data-testid="rescore-start"
            >
              {t('comments.rescore.button')}
            </Button>
          )}
          {scoringJob && finished && (
            <Button
              size="sm"
              variant="ghost"
              onClick={() => showJob(undefined)}
              data-testid="rescore-dismiss"
            >
              {t('comments.rescore.dismiss')}
            </Button>
          )}
        </div>
        {scoringJob && (
          <div className="mt-2">
            <JobProgress job={job} testId="rescore-progress" />
          </div>
        )}
        {failed && job?.error && <p className="mt-1 text-xs break-words opacity-80">{job.error}</p>}
        {start.isError && <p className="mt-1 text-xs">{errorText(start.error)}</p>}
      </Alert>
    </div>
  );
}
