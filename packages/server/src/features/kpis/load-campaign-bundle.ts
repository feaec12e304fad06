import { type CampaignBundle, campaignRange } from '@lantoa/core/bundle';
import type { KpiRange } from '@lantoa/core/kpi';
import type { CurrencyCode } from '@lantoa/core/money';
import { campaigns, creators, posts } from '@lantoa/db/schema';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import { loadBundleKeys } from './bundle-keys';
import { loadBundleConversions } from './load-bundle-conversions';
import { loadBundleCosts } from './load-bundle-costs';
import { loadMentions } from './load-bundle-mentions';
import { loadBundlePosts, type SnapshotDepth } from './load-bundle-posts';
import { loadBundleSettings } from './load-bundle-settings';
import { loadNpsAnswers, loadResponseTimes, loadSentiment, loadSiteAnalytics } from './load-bundle-signals';
import type { Reader } from './reader';

export interface LoadedCampaignBundle {
  bundle: CampaignBundle;
  /** Bundle creator key → the registry's creator (id and display name). */
  creators: Map<string, { id: string; name: string }>;
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

function vietnamDate(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The later of two YYYY-MM-DD days. */
function laterDay(a: string, b: string): string {
  return a.localeCompare(b) >= 0 ? a : b;
}

async function loadCampaignRow(db: Reader, workspaceId: string, campaignId: string) {
  const [campaign] = await db
    .select({
      id: campaigns.id,
      name: campaigns.name,
      currency: campaigns.currency,
      startDate: campaigns.startDate,
      endDate: campaigns.endDate,
      brand: campaigns.brand,
      competitors: campaigns.competitors,
      createdAt: campaigns.createdAt,
    })
    .from(campaigns)
    .where(and(eq(campaigns.id, campaignId), eq(campaigns.workspaceId, workspaceId)));
  if (!campaign) throw AppError.notFound('Campaign');
  return campaign;
}

/** The campaign's own dates; without them, the days of its first and last post (or the day it was created). */
async function campaignDates(
  db: Reader,
  workspaceId: string,
  campaign: Awaited<ReturnType<typeof loadCampaignRow>>,
) {
  if (campaign.startDate && campaign.endDate) return { start: campaign.startDate, end: campaign.endDate };
  const [span] = await db
    .select({
      first: sql<Date | string | null>`min(${posts.publishedAt})`,
      last: sql<Date | string | null>`max(${posts.publishedAt})`,
    })
    .from(posts)
    .where(and(eq(posts.workspaceId, workspaceId), eq(posts.campaignId, campaign.id)));
  const start = campaign.startDate ?? vietnamDate(span?.first ? new Date(span.first) : campaign.createdAt);
  const lastPost = span?.last ? vietnamDate(new Date(span.last)) : start;
  return { start, end: laterDay(campaign.endDate ?? lastPost, start) };
}

/**
 * A campaign read from the database as a campaign bundle (docs/kpis-from-database.md): the input of the same
 * KPI engine that reads bundle files. Imported rows keep the keys their bundle gave them; everything else is keyed
 * by its id. With a range, tracked events, comments and entered measures outside it are left out; undated entries
 * always count. `snapshots: 'latest'` reads only each post's current snapshot (enough for KPIs).
 */
export async function loadCampaignBundle(
  db: Reader,
  workspaceId: string,
  campaignId: string,
  range?: KpiRange,
  options: { snapshots?: SnapshotDepth } = {},
): Promise<LoadedCampaignBundle> {
  const campaign = await loadCampaignRow(db, workspaceId, campaignId);
  const dates = await campaignDates(db, workspaceId, campaign);
  const keys = await loadBundleKeys(db, workspaceId, campaignId);
  const loaded = await loadBundlePosts(db, workspaceId, campaignId, keys, range?.to, options.snapshots);
  const creatorKey = (creatorId: string | null) =>
    creatorId === null ? undefined : loaded.creatorKeys.get(creatorId);
  const ownRange = campaignRange(dates);
  const mentionRange = { from: range?.from ?? ownRange.from, to: range?.to ?? ownRange.to };

  const bundle: CampaignBundle = {
    campaign: {
      id: campaign.id,
      name: campaign.name,
      currency: campaign.currency as CurrencyCode,
      start: dates.start,
      end: dates.end,
    },
    accounts: loaded.accounts,
    posts: loaded.posts,
    costs: await loadBundleCosts(db, workspaceId, campaignId, keys, creatorKey),
    conversions: await loadBundleConversions(db, workspaceId, campaignId, range, creatorKey),
  };
  const optional: Partial<CampaignBundle> = {
    site_analytics: await loadSiteAnalytics(db, workspaceId, campaignId, range, creatorKey),
    sentiment: await loadSentiment(db, workspaceId, campaignId, range),
    mentions: await loadMentions(db, workspaceId, campaign, mentionRange),
    nps_answers: await loadNpsAnswers(db, workspaceId, campaignId, range),
    response_times: await loadResponseTimes(db, workspaceId, campaignId, range),
    ...(await loadBundleSettings(db, workspaceId, campaignId, (id) => loaded.accountKeys.get(id))),
  };
  for (const [section, value] of Object.entries(optional)) {
    if (value !== undefined) Object.assign(bundle, { [section]: value });
  }
  return { bundle, creators: await creatorNames(db, workspaceId, loaded.creatorKeys) };
}

async function creatorNames(db: Reader, workspaceId: string, creatorKeys: Map<string, string>) {
  const ids = [...creatorKeys.keys()];
  const rows = ids.length
    ? await db
        .select({ id: creators.id, name: creators.name })
        .from(creators)
        .where(and(eq(creators.workspaceId, workspaceId), inArray(creators.id, ids)))
    : [];
  return new Map(rows.map((row) => [creatorKeys.get(row.id) ?? row.id, row]));
}
