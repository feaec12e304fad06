import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { CopyButton } from '../../components/ui/copy-button';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { useLocale } from '../../i18n/use-locale';
import { formatDateTime } from '../../lib/format';
import { canWriteCampaigns } from '../campaigns/campaign-api';
import { useWorkspace } from '../workspaces/use-workspace';
import { briefKey, createShareLink, getBrief } from './brief-api';
import { BriefEditor } from './brief-editor';
import { BriefView } from './brief-view';

/** D1 on the campaign page: the current brief, its versions, editing and the creator share link. */
export function BriefCard({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const [editing, setEditing] = useState(false);
  const query = useQuery({
    queryKey: briefKey(workspace.id, campaignId),
    queryFn: () => getBrief(workspace.id, campaignId),
  });
  const share = useMutation({ mutationFn: () => createShareLink(workspace.id, campaignId, 14) });
  const canWrite = canWriteCampaigns(workspace.role);
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <ErrorBlock error={query.error} onRetry={() => query.refetch()} />;
  const brief = query.data;
  const timeZone = workspace.settings.timezone;
  return (
    <section className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm" data-testid="brief-card">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-sm font-semibold text-zinc-900">
          {t('briefs.title')}
          {brief.current && (
            <span className="ml-2 font-normal text-zinc-500">
              {t('briefs.version', {
                version: brief.current.version,
                date: formatDateTime(brief.current.createdAt, locale, timeZone),
              })}
            </span>
          )}
        </h2>
        {canWrite && brief.current && !editing && (
          <div className="flex gap-2">
            <Button size="sm" variant="secondary" onClick={() => setEditing(true)} data-testid="brief-edit">
              {t('briefs.edit')}
            </Button>
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
        )}
      </div>
      {share.data && (
        <div
          className="mb-3 flex flex-wrap items-center gap-2 rounded-md bg-teal-50 px-3 py-2 text-sm"
          data-testid="brief-share-link"
        >
          <span className="truncate font-mono text-xs text-teal-900">{share.data.url}</span>
          <CopyButton value={share.data.url} />
          <span className="text-xs text-teal-800">
            {t('briefs.expires', { date: formatDateTime(share.data.expiresAt, locale, timeZone) })}
          </span>
        </div>
      )}
      {editing || (!brief.current && canWrite) ? (
        <BriefEditor brief={brief} onDone={() => setEditing(false)} />
      ) : brief.current ? (
        <BriefView content={brief.current.content} />
      ) : (
        <p className="text-sm text-zinc-500">{t('briefs.empty')}</p>
      )}
    </section>
  );
}
