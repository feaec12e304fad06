import type { Db } from '@lantoa/db';
import { creatorAccounts, followerSamples } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { loadCampaignFits } from '../fit/campaign-fits';
import { ZFollowerSampleSummary } from '../follower-samples/follower-sample-schemas';
import type { VettingView } from './build-vetting';
import type { DossierExtras } from './dossier-lines';

/** The follower sample behind the quality score (with its results) and the creator's fit per campaign. */
export async function loadDossierExtras(
  db: Db,
  workspaceId: string,
  creatorId: string,
  view: VettingView,
): Promise<DossierExtras> {
  const campaignFits = await loadCampaignFits(db, workspaceId, creatorId);
  const meta = view.followerSample;
  if (!meta) return { sample: null, campaignFits };
  const [row] = await db
    .select({
      summary: followerSamples.summary,
      platform: creatorAccounts.platform,
      handle: creatorAccounts.handle,
    })
    .from(followerSamples)
    .innerJoin(creatorAccounts, eq(creatorAccounts.id, followerSamples.accountId))
    .where(and(eq(followerSamples.id, meta.id), eq(followerSamples.workspaceId, workspaceId)));
  if (!row) return { sample: null, campaignFits };
  return {
    sample: {
      fileName: meta.fileName,
      account: `${row.platform} @${row.handle.replace(/^@/, '')}`,
      uploadedByName: meta.uploadedByName,
      createdAt: meta.createdAt,
      summary: ZFollowerSampleSummary.parse(row.summary),
    },
    campaignFits,
  };
}
