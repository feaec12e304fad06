import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { startDemoData } from '../../api/jobs';
import { workspaceKey } from '../../api/workspaces';
import { SparkIcon } from '../../components/icons';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { useErrorText } from '../../lib/use-error-text';
import { JobProgress } from './job-progress';
import { useJob } from './use-job';

/** "Load demo data": starts the demo job, shows its progress, refreshes the workspace when it is done. */
export function DemoDataLoader({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: () => startDemoData(workspaceId),
    onSuccess: ({ jobId: started }) => setJobId(started),
  });
  const job = useJob(workspaceId, jobId).data;

  useEffect(() => {
    if (job?.status === 'succeeded')
      void queryClient.invalidateQueries({ queryKey: workspaceKey(workspaceId) });
  }, [job?.status, queryClient, workspaceId]);

  const failed = job?.status === 'failed' || job?.status === 'cancelled';
  if (jobId && !failed) {
    return (
      <div className="w-full space-y-2 text-left" data-testid="demo-job">
        <p className="text-sm font-medium text-zinc-800">
          {job?.status === 'succeeded' ? t('demo.done') : t('demo.loading')}
        </p>
        <JobProgress job={job} testId="demo-progress" />
      </div>
    );
  }
  return (
    <div className="flex w-full flex-col items-center gap-3">
      {failed && (
        <div className="w-full text-left" data-testid="demo-failed">
          <Alert tone="error">
            <p className="font-medium">{t('demo.failed')}</p>
            {job?.error && <p className="mt-1 text-xs break-words opacity-80">{job.error}</p>}
          </Alert>
        </div>
      )}
      {start.isError && (
        <div className="w-full text-left">
          <Alert tone="error">{errorText(start.error)}</Alert>
        </div>
      )}
      <Button onClick={() => start.mutate()} loading={start.isPending} data-testid="demo-load">
        <SparkIcon />
        {failed ? t('demo.retry') : t('demo.button')}
      </Button>
      <p className="text-xs text-zinc-500">{t('demo.hint')}</p>
    </div>
  );
}
