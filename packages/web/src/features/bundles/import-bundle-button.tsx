import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { campaignsKey } from '../../api/catalog';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { type ApiErrorDetail, isApiError } from '../../lib/api-error';
import { importBundle } from './bundle-api';
import { BundleProblems } from './bundle-problems';

type Outcome = { kind: 'problems'; problems: ApiErrorDetail[] } | { kind: 'error'; message: string } | null;

/** "Nhập gói chiến dịch": choose a .json bundle, see its problems by JSON path, or land on the new campaign. */
export function ImportBundleButton({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const mutation = useMutation({
    mutationFn: (bundle: unknown) => importBundle(workspaceId, bundle),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: campaignsKey(workspaceId) });
      setOpen(false);
      await navigate({
        to: '/w/$workspaceId/campaigns/$campaignId',
        params: { workspaceId, campaignId: result.campaignId },
      });
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 400 && error.details.length > 0)
        setOutcome({ kind: 'problems', problems: error.details });
      else if (isApiError(error) && error.status === 413)
        setOutcome({ kind: 'error', message: t('bundles.import.tooLarge') });
      else
        setOutcome({
          kind: 'error',
          message: t('bundles.import.failed', { message: (error as Error).message }),
        });
    },
  });

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setFileName(file.name);
    setOutcome(null);
    let bundle: unknown;
    try {
      bundle = JSON.parse(await file.text());
    } catch (error) {
      setOutcome({
        kind: 'error',
        message: t('bundles.import.notJson', { message: (error as Error).message }),
      });
      return;
    }
    mutation.mutate(bundle);
  }

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)} data-testid="bundle-import-open">
        {t('bundles.import.button')}
      </Button>
      <Dialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) setOutcome(null);
        }}
        title={t('bundles.import.title')}
        description={t('bundles.import.description')}
        testId="bundle-import-dialog"
      >
        <div className="space-y-3">
          <label className="flex cursor-pointer items-center gap-3 rounded-lg border border-dashed border-zinc-300 px-3.5 py-3 text-sm hover:border-teal-500 hover:bg-teal-50/40">
            <input
              type="file"
              accept=".json,application/json"
              className="sr-only"
              onChange={onFile}
              disabled={mutation.isPending}
              data-testid="bundle-import-file"
            />
            <span className="font-medium text-teal-800">{t('bundles.import.choose')}</span>
            <span className="truncate text-zinc-500">{fileName ?? t('bundles.import.noFile')}</span>
          </label>
          {mutation.isPending && (
            <p className="text-sm text-zinc-600" role="status">
              {t('bundles.import.importing')}
            </p>
          )}
          {outcome?.kind === 'problems' && (
            <div className="space-y-2">
              <Alert tone="error">{t('bundles.import.problems', { count: outcome.problems.length })}</Alert>
              <BundleProblems problems={outcome.problems} />
            </div>
          )}
          {outcome?.kind === 'error' && <Alert tone="error">{outcome.message}</Alert>}
        </div>
      </Dialog>
    </>
  );
}
