import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';
import { commentColumnLabel, problemText } from '../imports/problem-text';
import { JobProgress } from '../jobs/job-progress';
import { useJob } from '../jobs/use-job';
import type { CommentImportResult } from './import-comments-api';

/** What an upload did: counts, every refused row with its column and reason, then the scoring job's progress. */
export function ImportCommentsResult({
  workspaceId,
  result,
}: {
  workspaceId: string;
  result: CommentImportResult;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const job = useJob(workspaceId, result.jobId).data;
  const counts = [
    { key: 'rows', value: result.rows },
    { key: 'inserted', value: result.inserted },
    { key: 'duplicates', value: result.duplicates },
    { key: 'rejectedCount', value: result.rejected.length },
  ] as const;
  return (
    <div className="space-y-4" data-testid="comment-import-result">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {counts.map(({ key, value }) => (
          <div key={key} className="rounded-lg border border-zinc-200 px-3 py-2">
            <dt className="text-xs text-zinc-500">{t(`comments.import.${key}`)}</dt>
            <dd
              className="text-lg font-semibold tabular-nums text-zinc-900"
              data-testid={`comment-import-${key}`}
            >
              {formatNumber(value, locale)}
            </dd>
          </div>
        ))}
      </dl>
      {result.rejected.length > 0 && (
        <div className="max-h-56 overflow-y-auto">
          <Table className="min-w-0" data-testid="comment-import-rejected">
            <thead>
              <tr>
                <Th>{t('comments.import.row')}</Th>
                <Th>{t('comments.import.column')}</Th>
                <Th>{t('comments.import.reason')}</Th>
              </tr>
            </thead>
            <tbody>
              {result.rejected.map((problem) => (
                <Tr key={`${problem.row}-${problem.column}-${problem.message}`}>
                  <Td className="tabular-nums">{problem.row}</Td>
                  <Td>{commentColumnLabel(t, problem.column)}</Td>
                  <Td>{problemText(t, problem, 'comments')}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
      {result.jobId ? (
        <div className="space-y-1.5">
          <p className="text-sm font-medium text-zinc-800">
            {job?.status === 'succeeded' ? t('comments.import.scored') : t('comments.import.scoring')}
          </p>
          <JobProgress job={job} testId="comment-import-progress" />
          {job?.status === 'failed' && job.error && <Alert tone="error">{job.error}</Alert>}
        </div>
      ) : (
        <p className="text-sm text-zinc-600">{t('comments.import.nothingToScore')}</p>
      )}
    </div>
  );
}
