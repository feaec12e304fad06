import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Logo } from '../../components/brand/logo';
import { ErrorBlock, LoadingBlock } from '../../components/ui/query-state';
import { useLocale } from '../../i18n/use-locale';
import { formatDate } from '../../lib/format';
import { getPublicBrief, publicBriefAttachmentUrl } from './brief-api';
import { BriefFileList } from './brief-attachments';
import { BriefView } from './brief-view';

/** What a creator sees behind a share link: no login, read only. */
export function PublicBriefPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { token } = useParams({ strict: false }) as { token: string };
  const query = useQuery({
    queryKey: ['public-brief', token],
    queryFn: () => getPublicBrief(token),
    retry: false,
  });
  return (
    <div className="min-h-screen bg-zinc-50 px-4 py-8">
      <div className="mx-auto max-w-2xl">
        <div className="mb-6">
          <Logo />
        </div>
        {query.isPending ? (
          <LoadingBlock />
        ) : query.isError ? (
          <ErrorBlock error={query.error} />
        ) : (
          <div
            className="rounded-xl border border-zinc-200 bg-white p-6 shadow-sm"
            data-testid="public-brief"
          >
            <p className="text-xs text-zinc-500">{t('briefs.public.for')}</p>
            <h1 className="text-xl font-semibold text-zinc-900">{query.data.campaign.name}</h1>
            {query.data.campaign.brand && (
              <p className="text-sm text-zinc-600">{query.data.campaign.brand}</p>
            )}
            {(query.data.campaign.startDate || query.data.campaign.endDate) && (
              <p className="mt-1 text-sm text-zinc-600">
                {[query.data.campaign.startDate, query.data.campaign.endDate]
                  .map((d) => (d ? formatDate(d, locale) : '…'))
                  .join(' – ')}
              </p>
            )}
            <div className="mt-6">
              <BriefView content={query.data.content} />
            </div>
            {query.data.attachments.length > 0 && (
              <div className="mt-6 space-y-1.5" data-testid="public-brief-files">
                <h2 className="text-sm font-medium text-zinc-800">{t('briefs.files.title')}</h2>
                <BriefFileList
                  attachments={query.data.attachments}
                  urlOf={(a) => publicBriefAttachmentUrl(token, a.id)}
                />
              </div>
            )}
            <p className="mt-6 text-xs text-zinc-500">
              {t('briefs.public.footer', {
                version: query.data.version,
                date: formatDate(query.data.expiresAt, locale),
              })}
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
