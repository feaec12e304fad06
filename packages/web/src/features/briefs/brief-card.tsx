import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { NativeSelect } from '../../components/ui/input';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { useLocale } from '../../i18n/use-locale';
import { formatDateTime } from '../../lib/format';
import { canWriteCampaigns } from '../campaigns/campaign-api';
import { useWorkspace } from '../workspaces/use-workspace';
import { briefAttachmentUrl, briefKey, briefVersionKey, getBrief, getBriefVersion } from './brief-api';
import { BriefAttachments } from './brief-attachments';
import { BriefEditor } from './brief-editor';
import { BriefShareControl } from './brief-share-control';
import { BriefView } from './brief-view';

/** D1 on the campaign page: the current brief, earlier versions (read only), files, editing and the share link. */
export function BriefCard({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const [editing, setEditing] = useState(false);
  const [viewing, setViewing] = useState<number | null>(null);
  const query = useQuery({
    queryKey: briefKey(workspace.id, campaignId),
    queryFn: () => getBrief(workspace.id, campaignId),
  });
  const older = useQuery({
    queryKey: briefVersionKey(workspace.id, campaignId, viewing ?? 0),
    queryFn: () => getBriefVersion(workspace.id, campaignId, viewing ?? 0),
    enabled: viewing !== null,
  });
  const canWrite = canWriteCampaigns(workspace.role);
  if (query.isPending) return <LoadingBlock />;
  if (query.isError) return <ErrorBlock error={query.error} onRetry={() => query.refetch()} />;
  const brief = query.data;
  const timeZone = workspace.settings.timezone;
  const latest = brief.current?.version ?? null;
  const shown = viewing === null || viewing === latest ? null : viewing;
  const dateOf = (version: number) => brief.versions.find((v) => v.version === version)?.createdAt ?? '';
  return (
    <section className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm" data-testid="brief-card">
      <div className="mb-3 flex flex-wrap items-start justify-between gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="text-sm font-semibold text-zinc-900">{t('briefs.title')}</h2>
          {brief.versions.length > 0 && !editing && (
            <NativeSelect
              compact
              className="w-80"
              aria-label={t('briefs.versionPicker')}
              value={String(shown ?? latest)}
              onChange={(e) => setViewing(Number(e.target.value))}
              data-testid="brief-version-picker"
            >
              {brief.versions.map((v) => (
                <option key={v.version} value={v.version}>
                  {t(v.version === latest ? 'briefs.versionLatest' : 'briefs.version', {
                    version: v.version,
                    date: formatDateTime(v.createdAt, locale, timeZone),
                  })}
                </option>
              ))}
            </NativeSelect>
          )}
        </div>
        {canWrite && brief.current && !editing && shown === null && (
          <div className="flex flex-wrap items-start gap-2">
            <Button size="sm" variant="secondary" onClick={() => setEditing(true)} data-testid="brief-edit">
              {t('briefs.edit')}
            </Button>
            <BriefShareControl workspaceId={workspace.id} campaignId={campaignId} timeZone={timeZone} />
          </div>
        )}
      </div>
      {shown !== null ? (
        <div data-testid="brief-old-version">
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            <span>
              {t('briefs.viewingOld', {
                version: shown,
                date: formatDateTime(dateOf(shown), locale, timeZone),
              })}
            </span>
            <Button
              size="sm"
              variant="secondary"
              onClick={() => setViewing(null)}
              data-testid="brief-back-latest"
            >
              {t('briefs.backToLatest')}
            </Button>
          </div>
          {older.isPending ? (
            <LoadingBlock />
          ) : older.isError ? (
            <ErrorBlock error={older.error} onRetry={() => older.refetch()} />
          ) : (
            <BriefView content={older.data.content} />
          )}
        </div>
      ) : editing || (!brief.current && canWrite) ? (
        <BriefEditor brief={brief} onDone={() => setEditing(false)} />
      ) : brief.current ? (
        <BriefView content={brief.current.content} />
      ) : (
        <p className="text-sm text-zinc-500">{t('briefs.empty')}</p>
      )}
      <BriefAttachments
        workspaceId={workspace.id}
        campaignId={campaignId}
        attachments={brief.attachments}
        urlOf={(a) => briefAttachmentUrl(workspace.id, campaignId, a.id)}
        canWrite={canWrite}
      />
    </section>
  );
}
