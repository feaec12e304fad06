import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { CopyButton } from '../../components/ui/copy-button';
import { useLocale } from '../../i18n/use-locale';
import { formatDateTime } from '../../lib/format';
import { canWriteCampaigns } from '../campaigns/campaign-api';
import { useWorkspace } from '../workspaces/use-workspace';
import { createReviewLink, listReviewLinks, reviewLinksKey, revokeReviewLink } from './deliverables-api';

function useCreateLink(campaignId: string, deliverableId: string | null) {
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => createReviewLink(workspace.id, campaignId, deliverableId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewLinksKey(workspace.id, campaignId) }),
  });
}

function CreatedLink({ url }: { url: string }) {
  return (
    <div
      className="flex flex-wrap items-center gap-2 rounded-md bg-teal-50 px-3 py-2"
      data-testid="review-link-url"
    >
      <span className="truncate font-mono text-xs text-teal-900" data-testid="review-link-href">
        {url}
      </span>
      <CopyButton value={url} testId="review-link-copy" />
    </div>
  );
}

/** "Create review link" for one deliverable; the URL (with its token) is shown once, to copy. */
export function ReviewLinkButton({
  campaignId,
  deliverableId,
}: {
  campaignId: string;
  deliverableId: string;
}) {
  const { t } = useTranslation();
  const create = useCreateLink(campaignId, deliverableId);
  return (
    <div className="space-y-2">
      <Button
        size="sm"
        variant="secondary"
        onClick={() => create.mutate()}
        loading={create.isPending}
        data-testid="review-link-create"
      >
        {t('deliverables.reviewLinks.create')}
      </Button>
      {create.data && <CreatedLink url={create.data.url} />}
    </div>
  );
}

/** The campaign's review links with their state; revoke stops a link at once. */
export function ReviewLinksPanel({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const links = useQuery({
    queryKey: reviewLinksKey(workspace.id, campaignId),
    queryFn: () => listReviewLinks(workspace.id, campaignId),
  });
  const create = useCreateLink(campaignId, null);
  const revoke = useMutation({
    mutationFn: (id: string) => revokeReviewLink(workspace.id, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reviewLinksKey(workspace.id, campaignId) }),
  });
  const canWrite = canWriteCampaigns(workspace.role);
  return (
    <section className="rounded-xl border border-zinc-200 bg-white p-4 shadow-sm" data-testid="review-links">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-sm font-semibold text-zinc-900">{t('deliverables.reviewLinks.title')}</h3>
        {canWrite && (
          <Button size="sm" variant="secondary" onClick={() => create.mutate()} loading={create.isPending}>
            {t('deliverables.reviewLinks.createCampaign')}
          </Button>
        )}
      </div>
      <p className="mb-3 text-sm text-zinc-600">{t('deliverables.reviewLinks.hint')}</p>
      {create.data && <CreatedLink url={create.data.url} />}
      <ul className="divide-y divide-zinc-100 text-sm">
        {(links.data?.items ?? []).length === 0 && (
          <li className="py-2 text-zinc-500">{t('deliverables.reviewLinks.none')}</li>
        )}
        {(links.data?.items ?? []).map((link) => (
          <li
            key={link.id}
            className="flex flex-wrap items-center justify-between gap-2 py-2"
            data-testid="review-link-row"
          >
            <span className="text-zinc-800">
              {link.deliverableTitle ?? t('deliverables.reviewLinks.whole')}
            </span>
            <span className="flex items-center gap-2 text-xs text-zinc-500">
              {t('deliverables.reviewLinks.expires', {
                date: formatDateTime(link.expiresAt, locale, workspace.settings.timezone),
              })}
              <Badge tone={link.active ? 'green' : 'neutral'}>
                {link.active ? t('deliverables.reviewLinks.active') : t('deliverables.reviewLinks.inactive')}
              </Badge>
              {canWrite && link.active && (
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => revoke.mutate(link.id)}
                  data-testid="review-link-revoke"
                >
                  {t('deliverables.reviewLinks.revoke')}
                </Button>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
