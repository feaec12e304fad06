import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workspaceKey } from '../../api/workspaces';
import { Button, buttonClass } from '../../components/ui/button';
import { NativeSelect } from '../../components/ui/input';
import { PageHeader } from '../../components/ui/page-header';
import { ProgressBar } from '../../components/ui/progress-bar';
import { useErrorText } from '../../lib/use-error-text';
import { JobProgress } from '../jobs/job-progress';
import { useJob } from '../jobs/use-job';
import { useWorkspace } from '../workspaces/use-workspace';
import { FixedValues } from './fixed-values';
import {
  type ImportKind,
  type ImportPreview,
  previewImport,
  rejectedRowsUrl,
  runImport,
  uploadSpreadsheet,
} from './import-api';
import { ImportDoneLink } from './import-done-link';
import { validateImportSearch } from './import-kinds';
import { ImportResult } from './import-result';
import { KindChooser } from './kind-chooser';
import { MappingEditor } from './mapping-editor';
import { PreviewNotes } from './preview-notes';
import { problemText } from './problem-text';
import { ProblemsTable } from './problems-table';

/** Kinds whose rows can update stored ones; the others only add what is new (orders move by their state). */
const DUPLICATE_CHOICE = new Set<ImportKind>(['creators', 'ga4']);

const sameValues = (a: Record<string, string>, b: Record<string, string>) =>
  [...new Set([...Object.keys(a), ...Object.keys(b)])].every((key) => (a[key] ?? '') === (b[key] ?? ''));

/**
 * Upload → header detection and mapping (and values for the whole file) → preview of every problem → background
 * import → result and rejected rows file, for every kind of spreadsheet (`?kind=…&campaignId=…`).
 */
export function ImportPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const search = validateImportSearch(useSearch({ strict: false }));
  const [kind, setKind] = useState<ImportKind>(search.kind ?? 'creators');
  const [uploadPercent, setUploadPercent] = useState<number | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<(string | null)[]>([]);
  const [fixed, setFixed] = useState<Record<string, string>>({});
  const [onDuplicate, setOnDuplicate] = useState<'update' | 'skip'>('update');
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(workspace.id, jobId).data;

  const show = (result: ImportPreview) => {
    setPreview(result);
    setMapping(result.mapping);
    setFixed(result.fixed);
  };
  const upload = useMutation({
    mutationFn: async (file: File) => {
      setPreview(null);
      setJobId(null);
      const id = await uploadSpreadsheet(workspace.id, file, setUploadPercent, kind);
      const campaign = kind === 'ga4' && search.campaignId ? { campaign: search.campaignId } : undefined;
      return previewImport(workspace.id, id, undefined, campaign);
    },
    onSuccess: show,
  });
  const recheck = useMutation({
    mutationFn: () => previewImport(workspace.id, preview?.id ?? '', mapping, fixed),
    onSuccess: show,
  });
  const run = useMutation({
    mutationFn: () => runImport(workspace.id, preview?.id ?? '', onDuplicate),
    onSuccess: (result) => setJobId(result.jobId),
  });
  const succeeded = job?.status === 'succeeded';
  // Rows valid on their own can still be refused while writing (e.g. a post the workspace does not have).
  const rejectedTotal = Number((job?.result as { rejected?: number } | null)?.rejected ?? 0);
  useEffect(() => {
    // Whatever the kind wrote (creators, conversions, snapshots, comments, site analytics) is read again.
    if (succeeded) void queryClient.invalidateQueries({ queryKey: workspaceKey(workspace.id) });
  }, [succeeded, queryClient, workspace.id]);

  const dirty =
    preview !== null &&
    (mapping.some((field, index) => field !== preview.mapping[index]) || !sameValues(fixed, preview.fixed));
  const canImport =
    preview !== null && !dirty && preview.mappingProblems.length === 0 && preview.validCount > 0;
  const error = upload.error ?? recheck.error ?? run.error;
  const busy =
    upload.isPending || run.isPending || (jobId !== null && !succeeded && job?.status !== 'failed');

  return (
    <div data-testid="import-page" data-kind={kind}>
      {kind === 'creators' && (
        <Link
          to="/w/$workspaceId/creators"
          params={{ workspaceId: workspace.id }}
          className="mb-2 inline-block text-sm text-teal-700 hover:underline"
        >
          ← {t('creators.profile.back')}
        </Link>
      )}
      <PageHeader title={t(`imports.kinds.${kind}.title`)} description={t('imports.subtitle')} />
      <KindChooser
        kind={kind}
        disabled={busy}
        onChange={(next) => {
          setKind(next);
          setPreview(null);
          setJobId(null);
        }}
      />
      <section className="rounded-lg border border-zinc-200 bg-white p-4">
        <p className="mb-3 text-sm text-zinc-700" data-testid="import-kind-hint">
          {t(`imports.kinds.${kind}.hint`)}
        </p>
        <label htmlFor="import-file" className="block text-sm font-medium text-zinc-800">
          {t('imports.chooseFile')}
        </label>
        <input
          key={kind}
          id="import-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="mt-2 block text-sm"
          data-testid="import-file"
          disabled={busy}
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
            <span>{t(`imports.kinds.${kind}.existing`, { count: preview.existingCount })}</span>
            {preview.encoding && (
              <span className="text-zinc-500">{t('imports.encoding', { encoding: preview.encoding })}</span>
            )}
          </div>
          <PreviewNotes preview={preview} />
          {preview.fixedFields.length > 0 && (
            <div className="rounded-lg border border-zinc-200 bg-white p-4">
              <h2 className="mb-2 text-sm font-semibold text-zinc-900">{t('imports.fixedTitle')}</h2>
              <FixedValues
                workspaceId={workspace.id}
                fields={preview.fixedFields}
                values={fixed}
                onChange={setFixed}
              />
            </div>
          )}
          <h2 className="text-sm font-semibold text-zinc-900">{t(`imports.kinds.${kind}.mapping`)}</h2>
          <MappingEditor
            kind={kind}
            headers={preview.headers}
            fields={kind === 'ga4' ? preview.fields.filter((field) => field !== 'campaign') : preview.fields}
            mapping={mapping}
            onChange={setMapping}
          />
          {preview.mappingProblems.length > 0 && (
            <ul
              className="list-disc space-y-1 pl-5 text-sm text-red-700"
              data-testid="import-mapping-problems"
            >
              {preview.mappingProblems.map((message, index) => (
                <li key={message}>
                  {problemText(t, { ...preview.mappingProblemDetails?.[index], message }, kind)}
                </li>
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
          <ProblemsTable preview={preview} kind={kind} />
          <div className="flex flex-wrap items-end gap-3 rounded-lg border border-zinc-200 bg-white p-4">
            {DUPLICATE_CHOICE.has(kind) && (
              <div>
                <label htmlFor="import-duplicates" className="mb-1 block text-xs font-medium text-zinc-600">
                  {t(`imports.kinds.${kind}.duplicates`)}
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
            )}
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
            <div className="space-y-3" data-testid="import-job">
              <JobProgress job={job} testId="import-progress" />
              {succeeded && (
                <>
                  <ImportResult workspaceId={workspace.id} importId={preview.id} kind={kind} />
                  <div className="flex flex-wrap gap-2">
                    <ImportDoneLink
                      workspaceId={workspace.id}
                      kind={kind}
                      campaignId={fixed.campaign || search.campaignId}
                    />
                    {rejectedTotal > 0 && (
                      <a
                        className={buttonClass('secondary', 'sm')}
                        href={rejectedRowsUrl(workspace.id, preview.id)}
                        data-testid="import-rejected-file"
                      >
                        {t('imports.rejectedFile')}
                      </a>
                    )}
                  </div>
                </>
              )}
            </div>
          )}
        </section>
      )}
    </div>
  );
}
