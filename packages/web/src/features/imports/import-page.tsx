import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workspaceKey } from '../../api/workspaces';
import { Button, buttonClass } from '../../components/ui/button';
import { NativeSelect } from '../../components/ui/input';
import { PageHeader } from '../../components/ui/page-header';
import { ProgressBar } from '../../components/ui/progress-bar';
import { Table, Td, Th, Tr } from '../../components/ui/table';
import { useErrorText } from '../../lib/use-error-text';
import { JobProgress } from '../jobs/job-progress';
import { useJob } from '../jobs/use-job';
import { useWorkspace } from '../workspaces/use-workspace';
import {
  type ImportPreview,
  previewImport,
  rejectedRowsUrl,
  runImport,
  uploadSpreadsheet,
} from './import-api';
import { MappingEditor } from './mapping-editor';

/** Upload → header detection and mapping → preview of every problem → background import → rejected rows file. */
export function ImportPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [uploadPercent, setUploadPercent] = useState<number | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<(string | null)[]>([]);
  const [onDuplicate, setOnDuplicate] = useState<'update' | 'skip'>('update');
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(workspace.id, jobId).data;

  const upload = useMutation({
    mutationFn: async (file: File) => {
      setPreview(null);
      setJobId(null);
      const id = await uploadSpreadsheet(workspace.id, file, setUploadPercent);
      return previewImport(workspace.id, id);
    },
    onSuccess: (result) => {
      setPreview(result);
      setMapping(result.mapping);
    },
  });
  const recheck = useMutation({
    mutationFn: () => previewImport(workspace.id, preview?.id ?? '', mapping),
    onSuccess: (result) => {
      setPreview(result);
      setMapping(result.mapping);
    },
  });
  const run = useMutation({
    mutationFn: () => runImport(workspace.id, preview?.id ?? '', onDuplicate),
    onSuccess: (result) => {
      setJobId(result.jobId);
      void queryClient.invalidateQueries({ queryKey: [...workspaceKey(workspace.id), 'creators'] });
    },
  });
  const dirty = preview !== null && mapping.some((field, index) => field !== preview.mapping[index]);
  const canImport =
    preview !== null && !dirty && preview.mappingProblems.length === 0 && preview.validCount > 0;
  const error = upload.error ?? recheck.error ?? run.error;

  return (
    <div data-testid="import-page">
      <Link
        to="/w/$workspaceId/creators"
        params={{ workspaceId: workspace.id }}
        className="mb-2 inline-block text-sm text-teal-700 hover:underline"
      >
        ← {t('creators.profile.back')}
      </Link>
      <PageHeader title={t('imports.title')} description={t('imports.subtitle')} />
      <section className="rounded-lg border border-zinc-200 bg-white p-4">
        <label htmlFor="import-file" className="block text-sm font-medium text-zinc-800">
          {t('imports.chooseFile')}
        </label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="mt-2 block text-sm"
          data-testid="import-file"
          disabled={upload.isPending || run.isPending}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) upload.mutate(file);
          }}
        />
        <p className="mt-1 text-xs text-zinc-500">{t('imports.fileHint')}</p>
        {upload.isPending && uploadPercent !== null && (
          <div className="mt-3">
            <ProgressBar
              value={uploadPercent}
              label={t('imports.uploading')}
              testId="import-upload-progress"
            />
          </div>
        )}
        {error && (
          <p role="alert" className="mt-2 text-sm text-red-600">
            {errorText(error)}
          </p>
        )}
      </section>

      {preview && (
        <section className="mt-6 space-y-4" data-testid="import-preview">
          <div className="flex flex-wrap gap-4 text-sm">
            <span>{t('imports.headerRow', { row: preview.headerRowNumber })}</span>
            <span data-testid="import-valid">{t('imports.valid', { count: preview.validCount })}</span>
            <span data-testid="import-rejected" className={preview.rejectedCount ? 'text-red-700' : ''}>
              {t('imports.rejected', { count: preview.rejectedCount })}
            </span>
            <span>{t('imports.existing', { count: preview.existingCount })}</span>
            {preview.encoding && (
              <span className="text-zinc-500">{t('imports.encoding', { encoding: preview.encoding })}</span>
            )}
          </div>
          <h2 className="text-sm font-semibold text-zinc-900">{t('imports.mapping')}</h2>
          <MappingEditor
            headers={preview.headers}
            fields={preview.fields}
            mapping={mapping}
            onChange={setMapping}
          />
          {preview.mappingProblems.length > 0 && (
            <ul
              className="list-disc space-y-1 pl-5 text-sm text-red-700"
              data-testid="import-mapping-problems"
            >
              {preview.mappingProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
          <Button
            variant="secondary"
            onClick={() => recheck.mutate()}
            loading={recheck.isPending}
            disabled={!dirty}
            data-testid="import-recheck"
          >
            {t('imports.recheck')}
          </Button>
          {preview.problems.length > 0 && (
            <div>
              <h2 className="mb-2 text-sm font-semibold text-zinc-900">
                {t('imports.problems', { shown: preview.problemsShown, total: preview.problemsTotal })}
              </h2>
              <Table data-testid="import-problems">
                <thead>
                  <tr>
                    <Th>{t('imports.row')}</Th>
                    <Th>{t('imports.column')}</Th>
                    <Th>{t('imports.reason')}</Th>
                  </tr>
                </thead>
                <tbody>
                  {preview.problems.map((problem) => (
                    <Tr
                      key={`${problem.row}-${problem.column}-${problem.message}`}
                      data-testid="import-problem"
                    >
                      <Td className="tabular-nums">{problem.row}</Td>
                      <Td>{problem.column}</Td>
                      <Td className="text-zinc-700">{problem.message}</Td>
                    </Tr>
                  ))}
                </tbody>
              </Table>
            </div>
          )}
          <div className="flex flex-wrap items-end gap-3 rounded-lg border border-zinc-200 bg-white p-4">
            <div>
              <label htmlFor="import-duplicates" className="mb-1 block text-xs font-medium text-zinc-600">
                {t('imports.duplicates')}
              </label>
              <NativeSelect
                id="import-duplicates"
                compact
                className="w-64"
                value={onDuplicate}
                onChange={(event) => setOnDuplicate(event.target.value === 'skip' ? 'skip' : 'update')}
                data-testid="import-duplicates"
              >
                <option value="update">{t('imports.update')}</option>
                <option value="skip">{t('imports.skip')}</option>
              </NativeSelect>
            </div>
            <Button
              onClick={() => run.mutate()}
              disabled={!canImport || jobId !== null}
              loading={run.isPending}
              data-testid="import-run"
            >
              {t('imports.run', { count: preview.validCount })}
            </Button>
            {preview.rejectedCount > 0 && (
              <p className="text-xs text-zinc-600">
                {t('imports.rejectedNote', { count: preview.rejectedCount })}
              </p>
            )}
          </div>
          {jobId && (
            <div className="space-y-2" data-testid="import-job">
              <JobProgress job={job} testId="import-progress" />
              {job?.status === 'succeeded' && (
                <div className="flex flex-wrap gap-2">
                  <Link
                    to="/w/$workspaceId/creators"
                    params={{ workspaceId: workspace.id }}
                    className={buttonClass('primary', 'sm')}
                    data-testid="import-done"
                  >
                    {t('imports.toList')}
                  </Link>
                  {preview.rejectedCount > 0 && (
                    <a
                      className={buttonClass('secondary', 'sm')}
                      href={rejectedRowsUrl(workspace.id, preview.id)}
                      data-testid="import-rejected-file"
                    >
                      {t('imports.rejectedFile')}
                    </a>
                  )}
                </div>
              )}
            </div>
          )}
        </section>
      )}
    </div>
  );
}
