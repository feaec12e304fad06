import { buildDestinationUrl } from '@lantoa/core/attribution';
import type { Db } from '@lantoa/db';
import { campaigns, creators, linkClickHourly, trackedLinks } from '@lantoa/db/schema';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Config } from '../../env';
import { AppError } from '../../http/app-error';
import type { Tx } from '../../http/contexts';
import type { TLink } from './link-schemas';
import { shortUrlFor } from './short-url';

export interface LinkFilter {
  campaignId?: string | undefined;
  creatorId?: string | undefined;
  linkId?: string | undefined;
}

/** Links of the workspace with their counters (summed from the hourly roll-up), newest first. */
export async function listLinks(
  db: Db | Tx,
  config: Pick<Config, 'publicUrl' | 'shortDomain'>,
  workspaceId: string,
  filter: LinkFilter,
): Promise<TLink[]> {
  const conditions: SQL[] = [eq(trackedLinks.workspaceId, workspaceId)];
  if (filter.campaignId) conditions.push(eq(trackedLinks.campaignId, filter.campaignId));
  if (filter.creatorId) conditions.push(eq(trackedLinks.creatorId, filter.creatorId));
  if (filter.linkId) conditions.push(eq(trackedLinks.id, filter.linkId));
  const counters = db
    .select({
      linkId: linkClickHourly.linkId,
      clicks: sql<number>`sum(${linkClickHourly.clicks})::int`.as('clicks'),
      scans: sql<number>`sum(${linkClickHourly.scans})::int`.as('scans'),
      botClicks: sql<number>`sum(${linkClickHourly.botClicks})::int`.as('bot_clicks'),
      repeatClicks: sql<number>`sum(${linkClickHourly.repeatClicks})::int`.as('repeat_clicks'),
    })
    .from(linkClickHourly)
    .where(eq(linkClickHourly.workspaceId, workspaceId))
    .groupBy(linkClickHourly.linkId)
    .as('counters');
  const rows = await db
    .select({
      link: trackedLinks,
      campaignName: campaigns.name,
      creatorName: creators.name,
      clicks: counters.clicks,
      scans: counters.scans,
      botClicks: counters.botClicks,
      repeatClicks: counters.repeatClicks,
    })
    .from(trackedLinks)
    .innerJoin(campaigns, eq(campaigns.id, trackedLinks.campaignId))
    .leftJoin(creators, eq(creators.id, trackedLinks.creatorId))
    .leftJoin(counters, eq(counters.linkId, trackedLinks.id))
    .where(and(...conditions))
    .orderBy(desc(trackedLinks.createdAt))
    .limit(1000);
  return rows.map(({ link, campaignName, creatorName, ...counts }) => ({
    id: link.id,
    slug: link.slug,
    shortUrl: shortUrlFor(config, link.slug),
    destinationUrl: link.destinationUrl,
    utm: link.utm,
    finalUrl: buildDestinationUrl(link.destinationUrl, link.utm),
    status: link.status,
    campaign: { id: link.campaignId, name: campaignName },
    creator: link.creatorId && creatorName ? { id: link.creatorId, name: creatorName } : null,
    clicks: counts.clicks ?? 0,
    scans: counts.scans ?? 0,
    botClicks: counts.botClicks ?? 0,
    repeatClicks: counts.repeatClicks ?? 0,
    createdAt: link.createdAt.toISOString(),
    updatedAt: link.updatedAt.toISOString(),
  }));
}

export async function getLinkOrThrow(
  db: Db | Tx,
  config: Pick<Config, 'publicUrl' | 'shortDomain'>,
  workspaceId: string,
  linkId: string,
): Promise<TLink> {
  const [link] = await listLinks(db, config, workspaceId, { linkId });
  if (!link) throw AppError.notFound('Link');
  return link;
}

/** The campaign (and creator, when given) must belong to the workspace; else "not found" naming the field. */
export async function assertCampaignAndCreator(
  tx: Tx,
  workspaceId: string,
  campaignId: string,
  creatorId: string | null | undefined,
): Promise<void> {
  const [campaign] = await tx
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.workspaceId, workspaceId)));
  if (!campaign)
    throw new AppError('not_found', 'Campaign not found', [
      { path: 'body.campaignId', message: 'no such campaign' },
    ]);
  if (!creatorId) return;
  const [creator] = await tx
    .select({ id: creators.id })
    .from(creators)
    .where(and(eq(creators.id, creatorId), eq(creators.workspaceId, workspaceId)));
  if (!creator)
    throw new AppError('not_found', 'Creator not found', [
      { path: 'body.creatorId', message: 'no such creator' },
    ]);
}
