import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { CopyButton } from '../../components/ui/copy-button';
import { NativeSelect } from '../../components/ui/input';
import { useLocale } from '../../i18n/use-locale';
import { formatDateTime } from '../../lib/format';
import { useErrorText } from '../../lib/use-error-text';
import { createShareLink, SHARE_LINK_DAYS } from './brief-api';

/** A creator share link with the lifetime the manager picks (7, 14 or 30 days); the URL is shown once. */
export function BriefShareControl({
  workspaceId,
  campaignId,
  timeZone,
}: {
  workspaceId: string;
  campaignId: string;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const [days, setDays] = useState<number>(14);
  const share = useMutation({ mutationFn: () => createShareLink(workspaceId, campaignId, days) });
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <NativeSelect
          compact
          className="w-44"
          aria-label={t('briefs.shareFor')}
          value={String(days)}
          onChange={(e) => setDays(Number(e.target.value))}
          data-testid="brief-share-days"
        >
          {SHARE_LINK_DAYS.map((value) => (
            <option key={value} value={value}>
              {t('briefs.shareDays', { days: value })}
            </option>
          ))}
        </NativeSelect>
        <Button
          size="sm"
          variant="secondary"
          onClick={() => share.mutate()}
          loading={share.isPending}
          data-testid="brief-share"
        >
          {t('briefs.share')}
        </Button>
      </div>
      {share.data && (
        <div
          className="flex flex-wrap items-center gap-2 rounded-md bg-teal-50 px-3 py-2 text-sm"
          data-testid="brief-share-link"
        >
          <span className="truncate font-mono text-xs text-teal-900">{share.data.url}</span>
          <CopyButton value={share.data.url} />
          <span className="text-xs text-teal-800">
            {t('briefs.expires', { date: formatDateTime(share.data.expiresAt, locale, timeZone) })}
          </span>
        </div>
      )}
      {share.isError && <Alert tone="error">{errorText(share.error)}</Alert>}
    </div>
  );
}
