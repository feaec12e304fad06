import type { z } from 'zod';
import type { ZLatestMetrics } from './post-schemas';

/** The columns of a post's latest snapshot as the post queries select them (`at` NULL: no snapshot yet). */
export interface LatestSnapshotColumns {
  at: Date | null;
  views: number | null;
  reach: number | null;
  impressions: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  saves: number | null;
  clicks: number | null;
}

export function latestMetrics(row: LatestSnapshotColumns): z.input<typeof ZLatestMetrics> {
  if (!row.at) return null;
  return {
    at: new Date(row.at).toISOString(),
    views: row.views,
    reach: row.reach,
    impressions: row.impressions,
    likes: row.likes,
    comments: row.comments,
    shares: row.shares,
    saves: row.saves,
    clicks: row.clicks,
  };
}
