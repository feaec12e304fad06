import { detectGrowthSpikes } from '@lantoa/core/anomaly';
import type { Platform } from '@lantoa/core/kpi';
import { findBenchmarkBand, percentileOf, tierFollowerRange, tierForFollowers } from '@lantoa/core/tiers';
import { type VettingDecision, type VettingDossier, vetCreator } from '@lantoa/core/vetting';
import type { Db } from '@lantoa/db';
import type { creatorAccounts } from '@lantoa/db/schema';
import { workspaceTierThresholds } from '../creators/workspace-tier-thresholds';
import { latestSampleFor } from '../follower-samples/follower-sample-store';
import { loadBackgroundChecks } from './background-check-routes';
import { loadDeliverableRecords } from './load-deliverable-records';
import { loadRiskSettings } from './risk-settings';
import {
  loadComments,
  loadFollowerHistory,
  loadPastCampaigns,
  loadPeerLikeCommentRatios,
  loadPosts,
  loadWorkspaceErs,
  type PastCampaignRow,
  type PostRow,
} from './vetting-queries';

type Account = typeof creatorAccounts.$inferSelect;

export interface ErBenchmark {
  value: number | null;
  variant: 'engagement_rate';
  engagementSet: string[];
  postsUsed: number;
  band: { low: number | null; high: number | null; sourceTitle: string; sourceReference: string } | null;
  bandReason: string | null;
  position: 'below' | 'within' | 'above' | null;
  workspacePercentile: number | null;
  workspaceSampleSize: number;
}

export interface VettingView {
  dossier: VettingDossier;
  primaryAccountId: string | null;
  er: ErBenchmark;
  followerHistory: { accountId: string; points: { at: string; followers: number }[] }[];
  erHistory: { postId: string; at: string; er: number; url: string | null }[];
  pastCampaigns: PastCampaignRow[];
  posts: { id: string; url: string | null }[];
  /** The follower sample behind the quality score's sample signals, if one was uploaded. */
  followerSample: {
    id: string;
    accountId: string;
    fileName: string;
    createdAt: string;
    rowsValid: number;
    uploadedByName: string;
  } | null;
}

const engagements = (post: PostRow) =>
  (post.likes ?? 0) + (post.comments ?? 0) + (post.shares ?? 0) + (post.saves ?? 0);
const hasEngagement = (post: PostRow) =>
  post.likes !== null || post.comments !== null || post.shares !== null || post.saves !== null;

/** Gathers everything the core vetting needs for one creator and runs it (B1–B6). */
export async function buildVetting(
  db: Db,
  workspaceId: string,
  creator: { id: string; name: string },
  accounts: Account[],
  decisions: VettingDecision[],
  now: Date,
): Promise<VettingView> {
  // The same primary account as refresh-creator-stats: most followers, ties by id (so both show one ER).
  const primary =
    [...accounts].sort(
      (a, b) => (b.followers ?? -1) - (a.followers ?? -1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )[0] ?? null;
  const [
    posts,
    comments,
    history,
    pastCampaigns,
    workspaceErs,
    sample,
    notes,
    riskSettings,
    delivered,
    thresholds,
  ] = await Promise.all([
    loadPosts(db, workspaceId, creator.id),
    loadComments(db, workspaceId, creator.id),
    loadFollowerHistory(db, workspaceId, creator.id),
    loadPastCampaigns(db, workspaceId, creator.id),
    loadWorkspaceErs(db, workspaceId),
    latestSampleFor(db, workspaceId, creator.id, primary?.id ?? null),
    loadBackgroundChecks(db, workspaceId, creator.id),
    loadRiskSettings(db, workspaceId),
    loadDeliverableRecords(db, workspaceId, creator.id),
    workspaceTierThresholds(db, workspaceId),
  ]);
  const primaryPosts = posts.filter((post) => post.accountId === primary?.id && hasEngagement(post));
  const followers = primary?.followers ?? null;
  const tier = followers === null ? null : tierForFollowers(followers, thresholds);
  const er =
    followers && followers > 0 && primaryPosts.length > 0
      ? (100 * primaryPosts.reduce((sum, post) => sum + engagements(post), 0)) /
        (followers * primaryPosts.length)
      : null;
  const platform = (primary?.platform ?? 'other') as Platform;
  const lookup = tier ? findBenchmarkBand({ tier, platform, variant: 'engagement_rate' }) : null;
  const band = lookup?.band ?? null;
  const peers =
    primary && tier
      ? await loadPeerLikeCommentRatios(
          db,
          workspaceId,
          creator.id,
          primary.platform,
          tierFollowerRange(tier, thresholds),
        )
      : [];
  const primaryHistory = history.filter((row) => row.accountId === primary?.id);
  const spikes = detectGrowthSpikes(
    primaryHistory.map((row) => ({ time: row.at.getTime(), followers: row.followers })),
  );
  const likes = sumOrNull(primaryPosts.map((post) => post.likes));
  const commentCount = sumOrNull(primaryPosts.map((post) => post.comments));
  const views = primaryPosts.map((post) => post.views).filter((value): value is number => value !== null);
  const postUrls = new Map(posts.flatMap((post) => (post.url ? [[post.id, post.url] as const] : [])));
  const dossier = vetCreator({
    creator: {
      id: creator.id,
      name: creator.name,
      platform: primary?.platform,
      handle: primary?.handle,
      followers,
      tier: tier ?? undefined,
    },
    asOf: now.toISOString(),
    followerSampleRows: sample?.records ?? null,
    quality: {
      platform: primary?.platform,
      followers,
      growthSpikes:
        spikes.reason === null
          ? spikes.flags.map((flag) => ({ at: new Date(flag.time).toISOString(), score: flag.score }))
          : null,
      engagementRate: er,
      tierBand:
        band && band.low !== null
          ? { low: band.low, high: band.high ?? band.low * 3, source: band.source.title.vi }
          : null,
      likes,
      comments: commentCount,
      peerLikeCommentRatios: peers,
      commentTexts: comments.length
        ? comments.map((c) => ({ id: c.id, postId: c.postId, text: c.text, authorId: c.author }))
        : null,
      postViews: views.length ? views : null,
    },
    risk: {
      posts: posts.map((post) => ({
        id: post.id,
        caption: post.caption ?? '',
        url: post.url ?? undefined,
        publishedAt: post.publishedAt.toISOString(),
      })),
      comments: comments.map((c) => ({
        id: c.id,
        postId: c.postId,
        text: c.text,
        url: postUrls.get(c.postId),
      })),
      negativeSentimentShare: sentimentShare(comments.map((c) => c.sentiment)),
      competitors: riskSettings.competitors,
      collaborationWindowMonths: riskSettings.collaborationWindowMonths,
      notes: notes.map((note) => ({
        note: note.note,
        severity: note.raisesRiskTo ?? 'info',
        author: note.authorName,
        at: note.createdAt,
      })),
    },
    deliverables: delivered.length ? delivered : null,
    decisions,
  });
  const percentile = er === null ? null : percentileOf(er, workspaceErs);
  return {
    dossier,
    primaryAccountId: primary?.id ?? null,
    er: {
      value: er,
      variant: 'engagement_rate',
      engagementSet: ['likes', 'comments', 'shares', 'saves'],
      postsUsed: primaryPosts.length,
      band: band
        ? {
            low: band.low,
            high: band.high,
            sourceTitle: band.source.title.vi,
            sourceReference: band.source.reference,
          }
        : null,
      bandReason: lookup && lookup.band === null ? lookup.reason : tier ? null : 'no follower count',
      position:
        er === null || !band
          ? null
          : band.low !== null && er < band.low
            ? 'below'
            : band.high !== null && er > band.high
              ? 'above'
              : 'within',
      workspacePercentile: percentile?.percentile ?? null,
      workspaceSampleSize: percentile?.sampleSize ?? workspaceErs.length,
    },
    followerHistory: accounts.map((account) => ({
      accountId: account.id,
      points: history
        .filter((row) => row.accountId === account.id)
        .map((row) => ({ at: row.at.toISOString(), followers: row.followers })),
    })),
    erHistory:
      followers && followers > 0
        ? primaryPosts
            .map((post) => ({
              postId: post.id,
              at: post.publishedAt.toISOString(),
              er: (100 * engagements(post)) / followers,
              url: post.url,
            }))
            .reverse()
        : [],
    pastCampaigns,
    posts: posts.map((post) => ({ id: post.id, url: post.url })),
    followerSample: sample && {
      id: sample.id,
      accountId: sample.accountId,
      fileName: sample.fileName,
      createdAt: sample.createdAt.toISOString(),
      rowsValid: sample.rowsValid,
      uploadedByName: sample.uploadedByName,
    },
  };
}

function sumOrNull(values: (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length ? known.reduce((sum, value) => sum + value, 0) : null;
}

function sentimentShare(labels: (string | null)[]): number | null {
  const known = labels.filter((label) => label !== null);
  if (known.length < 20) return null;
  return known.filter((label) => label === 'negative').length / known.length;
}
