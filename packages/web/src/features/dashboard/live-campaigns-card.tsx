import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { campaignsKey, listCampaigns } from '../../api/catalog';

/** The workspace's live campaigns, each a link to its dashboard (shown on the overview page; nothing when none). */
export function LiveCampaignsCard({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: campaignsKey(workspaceId), queryFn: () => listCampaigns(workspaceId) });
  const live = (query.data?.items ?? []).filter((campaign) => campaign.status === 'live');
  if (live.length === 0) return null;
  return (
    <section
      className="mt-6 rounded-xl border border-zinc-200 bg-white p-4 shadow-xs"
      data-testid="live-campaigns"
    >
      <h2 className="mb-2 flex items-center gap-2 text-sm font-semibold text-zinc-900">
        <span className="size-2 rounded-full bg-emerald-500" />
        {t('dashboard.overview.title')}
      </h2>
      <ul className="divide-y divide-zinc-100">
        {live.map((campaign) => (
          <li key={campaign.id} className="flex items-center justify-between gap-3 py-2 text-sm">
            <span className="truncate text-zinc-800">{campaign.name}</span>
            <Link
              to="/w/$workspaceId/campaigns/$campaignId/dashboard"
              params={{ workspaceId, campaignId: campaign.id }}
              className="shrink-0 text-teal-700 hover:underline"
              data-testid="live-campaign-dashboard"
            >
              {t('dashboard.overview.open')} →
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
