import { useQuery } from '@tanstack/react-query';
import { getJob, jobKey } from '../../api/jobs';
import { jobPollInterval } from './job-status';

/** Polls one job until it finishes. */
export function useJob(workspaceId: string, jobId: string | null) {
  return useQuery({
    queryKey: jobKey(workspaceId, jobId ?? ''),
    queryFn: () => getJob(workspaceId, jobId ?? ''),
    enabled: jobId !== null,
    refetchInterval: (query) => jobPollInterval(query.state.data),
    staleTime: 0,
  });
}
