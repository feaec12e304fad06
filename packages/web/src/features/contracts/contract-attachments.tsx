import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { FileUploadButton } from '../../components/ui/file-upload-button';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';
import { useErrorText } from '../../lib/use-error-text';
import { useWorkspace } from '../workspaces/use-workspace';
import {
  attachmentUrl,
  type Contract,
  contractsKey,
  deleteAttachment,
  uploadAttachment,
} from './contracts-api';

/** The files of one contract: download links, upload (one file at a time) and remove. */
export function ContractAttachments({ contract, canWrite }: { contract: Contract; canWrite: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const refresh = () => queryClient.invalidateQueries({ queryKey: contractsKey(workspace.id) });
  const upload = useMutation({
    mutationFn: (file: File) => uploadAttachment(workspace.id, contract.id, file),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (attachmentId: string) => deleteAttachment(workspace.id, contract.id, attachmentId),
    onSuccess: refresh,
  });
  return (
    <div className="space-y-1.5" data-testid="contract-attachments">
      <ul className="space-y-1">
        {contract.attachments.map((a) => (
          <li key={a.id} className="flex items-center gap-2 text-sm" data-testid="attachment-row">
            <a
              className="font-medium text-teal-800 hover:underline"
              href={attachmentUrl(workspace.id, contract.id, a.id)}
              download={a.fileName}
            >
              {a.fileName}
            </a>
            <span className="text-xs text-zinc-500">
              {formatNumber(Math.ceil(a.sizeBytes / 1024), locale)} KB
            </span>
            {canWrite && (
              <button
                type="button"
                className="text-xs text-zinc-500 hover:text-red-600"
                onClick={() => remove.mutate(a.id)}
              >
                {t('contracts.attachments.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {canWrite && (
        <FileUploadButton
          label={t('contracts.attachments.upload')}
          onFile={(file) => upload.mutate(file)}
          loading={upload.isPending}
          inputTestId="attachment-input"
        />
      )}
      {(upload.isError || remove.isError) && (
        <Alert tone="error">{errorText(upload.error ?? remove.error)}</Alert>
      )}
    </div>
  );
}
