import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { getLinkQr, linksKey, type TrackedLink } from './links-api';

export function QrDialog({
  workspaceId,
  link,
  onClose,
}: {
  workspaceId: string;
  link: TrackedLink | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const qr = useQuery({
    queryKey: [...linksKey(workspaceId), link?.id, 'qr'],
    queryFn: () => getLinkQr(workspaceId, link?.id ?? ''),
    enabled: link !== null,
  });
  const svgHref = qr.data ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qr.data.svg)}` : '';
  return (
    <Dialog
      open={link !== null}
      onOpenChange={(open) => !open && onClose()}
      title={t('linkTracker.qrTitle', { slug: link?.slug ?? '' })}
      description={t('linkTracker.qrDescription')}
      testId="qr-dialog"
    >
      {qr.isPending ? (
        <LoadingBlock />
      ) : qr.isError ? (
        <ErrorBlock error={qr.error} onRetry={() => qr.refetch()} />
      ) : (
        <div className="space-y-4">
          <img src={svgHref} alt={qr.data.url} className="mx-auto size-56" data-testid="qr-image" />
          <p className="text-center font-mono text-xs break-all text-zinc-500">{qr.data.url}</p>
          <div className="flex justify-center gap-2">
            <a className={buttonClass('secondary', 'sm')} href={svgHref} download={`qr-${link?.slug}.svg`}>
              {t('linkTracker.downloadSvg')}
            </a>
            <a
              className={buttonClass('primary', 'sm')}
              href={qr.data.pngDataUrl}
              download={`qr-${link?.slug}.png`}
            >
              {t('linkTracker.downloadPng')}
            </a>
          </div>
        </div>
      )}
    </Dialog>
  );
}
