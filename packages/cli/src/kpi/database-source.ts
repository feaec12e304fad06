import type { KpiRange } from '@lantoa/core/kpi';
import { loadCampaignBundle } from '@lantoa/server/features/kpis/load-campaign-bundle';
import { findCampaignWorkspace } from '../db/find-campaign-workspace';
import { type OpenServices, withServices } from '../db/open-services';
import { isUuid } from '../db/uuid';
import type { KpiSource } from './source';

/** `--campaign <id>`: the campaign read from this installation's database as a bundle (the same loader as the API). */
export function databaseCampaignSource(open: OpenServices) {
  return (campaignId: string, range?: KpiRange): KpiSource => ({
    describe: () => `campaign ${campaignId}`,
    load: async () => {
      if (!isUuid(campaignId))
        return { ok: false, errors: [`--campaign "${campaignId}" is not a campaign id (a UUID)`] };
      return withServices(open, async ({ db }) => {
        const found = await findCampaignWorkspace(db, campaignId);
        if (!found.ok) return { ok: false, errors: [found.error] };
        const { bundle } = await loadCampaignBundle(db, found.workspaceId, campaignId, range, {
          snapshots: 'latest',
        });
        return { ok: true, bundle };
      });
    },
  });
}
