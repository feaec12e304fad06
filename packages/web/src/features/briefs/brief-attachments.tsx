import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { FileUploadButton } from '../../components/ui/file-upload-button';
import { useLocale } from '../../i18n/use-locale';
import { formatNumber } from '../../lib/format';
import { useErrorText } from '../../lib/use-error-text';
import { type BriefAttachment, briefKey, deleteBriefAttachment, uploadBriefAttachment } from './brief-api';

/** The list of a brief's files as download links; the same on the brief card and the public page. */
export function BriefFileList({
  attachments,
  urlOf,
  onRemove,
}: {
  attachments: BriefAttachment[];
  urlOf: (attachment: BriefAttachment) => string;
  onRemove?: (attachment: BriefAttachment) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (attachments.length === 0) return null;
  return (
    <ul className="space-y-1" data-testid="brief-files">
      {attachments.map((a) => (
        <li key={a.id} className="flex items-center gap-2 text-sm" data-testid="brief-file">
          <a className="font-medium text-teal-800 hover:underline" href={urlOf(a)} download={a.fileName}>
            {a.fileName}
          </a>
          <span className="text-xs text-zinc-500">
            {formatNumber(Math.ceil(a.sizeBytes / 1024), locale)} KB
          </span>
          {onRemove && (
            <button
              type="button"
              className="text-xs text-zinc-500 hover:text-red-600"
              onClick={() => onRemove(a)}
            >
              {t('briefs.files.remove')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The brief card's files: download, and for managers upload (one file at a time) and remove. */
export function BriefAttachments({
  workspaceId,
  campaignId,
  attachments,
  urlOf,
  canWrite,
}: {
  workspaceId: string;
  campaignId: string;
  attachments: BriefAttachment[];
  urlOf: (attachment: BriefAttachment) => string;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const refresh = () => queryClient.invalidateQueries({ queryKey: briefKey(workspaceId, campaignId) });
  const upload = useMutation({
    mutationFn: (file: File) => uploadBriefAttachment(workspaceId, campaignId, file),
    onSuccess: refresh,
  });
  const remove = useMutation({
    mutationFn: (attachment: BriefAttachment) =>
      deleteBriefAttachment(workspaceId, campaignId, attachment.id),
    onSuccess: refresh,
  });
  if (!canWrite && attachments.length === 0) return null;
  return (
    <div className="mt-4 space-y-1.5 border-t border-zinc-100 pt-3" data-testid="brief-attachments">
      <h3 className="text-sm font-medium text-zinc-800">{t('briefs.files.title')}</h3>
      {attachments.length === 0 && <p className="text-sm text-zinc-500">{t('briefs.files.empty')}</p>}
      <BriefFileList
        attachments={attachments}
        urlOf={urlOf}
        onRemove={canWrite ? (a) => remove.mutate(a) : undefined}
      />
      {canWrite && (
        <FileUploadButton
          label={t('briefs.files.upload')}
          onFile={(file) => upload.mutate(file)}
          loading={upload.isPending}
          inputTestId="brief-file-input"
        />
      )}
      {(upload.isError || remove.isError) && (
        <Alert tone="error">{errorText(upload.error ?? remove.error)}</Alert>
      )}
    </div>
  );
}
