import type { Db } from '@lantoa/db';
import { type CampaignStatus, campaignCreators, campaignFitTargets, campaigns } from '@lantoa/db/schema';
import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { loadCreatorAudience } from './creator-audience';
import { type FitResult, scoreFit } from './score-fit';

/** Campaigns still being planned or run; finished ones count only when the creator took part. */
const OPEN_STATUSES: CampaignStatus[] = ['draft', 'planned', 'live'];
const MAX_CAMPAIGNS = 10;

export interface CampaignFit {
  campaignId: string;
  campaignName: string;
  status: string;
  onRoster: boolean;
  fit: FitResult;
}

/**
 * The creator's fit for every campaign it is considered for: campaigns with a saved target audience that are open
 * (draft, planned, live) or have the creator on their roster, roster first, at most ten.
 */
export async function loadCampaignFits(
  db: Db,
  workspaceId: string,
  creatorId: string,
): Promise<CampaignFit[]> {
  const rows = await db
    .select({
      id: campaigns.id,
      name: campaigns.name,
      status: campaigns.status,
      target: campaignFitTargets.target,
      onRoster: sql<boolean>`${campaignCreators.creatorId} IS NOT NULL`,
    })
    .from(campaignFitTargets)
    .innerJoin(campaigns, eq(campaigns.id, campaignFitTargets.campaignId))
    .leftJoin(
      campaignCreators,
      and(eq(campaignCreators.campaignId, campaigns.id), eq(campaignCreators.creatorId, creatorId)),
    )
    .where(
      and(
        eq(campaignFitTargets.workspaceId, workspaceId),
        eq(campaigns.workspaceId, workspaceId),
        or(inArray(campaigns.status, OPEN_STATUSES), sql`${campaignCreators.creatorId} IS NOT NULL`),
      ),
    )
    .orderBy(sql`${campaignCreators.creatorId} IS NULL`, asc(campaigns.name))
    .limit(MAX_CAMPAIGNS);
  if (rows.length === 0) return [];
  const { audience, source } = await loadCreatorAudience(db, workspaceId, creatorId);
  return rows.map((row) => ({
    campaignId: row.id,
    campaignName: row.name,
    status: row.status,
    onRoster: row.onRoster,
    fit: scoreFit(audience, source, row.target),
  }));
}
