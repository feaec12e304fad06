import { bigint, date, index, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { posts } from './posts';
import { workspaces } from './workspaces';

/** Stands for "no creator" in `campaign_daily_rollups` (a tracked link without a creator), so the key has no NULL. */
export const NO_CREATOR_ID = '00000000-0000-0000-0000-000000000000';

/**
 * The newest snapshot of every post, kept current by a trigger on `post_snapshots` (insert, update, delete; see the
 * migration `dashboard_rollups`). A NULL metric was not reported in that snapshot.
 */
export const postLatestSnapshots = pgTable('post_latest_snapshots', {
  postId: uuid('post_id')
    .primaryKey()
    .references(() => posts.id, { onDelete: 'cascade' }),
  workspaceId: uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  at: timestamp('at', { withTimezone: true }).notNull(),
  views: bigint('views', { mode: 'number' }),
  reach: bigint('reach', { mode: 'number' }),
  impressions: bigint('impressions', { mode: 'number' }),
  likes: bigint('likes', { mode: 'number' }),
  comments: bigint('comments', { mode: 'number' }),
  shares: bigint('shares', { mode: 'number' }),
  saves: bigint('saves', { mode: 'number' }),
  clicks: bigint('clicks', { mode: 'number' }),
  watchTimeS: bigint('watch_time_s', { mode: 'number' }),
});

/**
 * What a campaign gained per creator and local day (the workspace's time zone): post metrics as the change of each
 * post's cumulative value (an out-of-order snapshot moves the gain to the right day), and tracked-link clicks.
 * Kept by triggers on `post_snapshots` and `link_click_hourly`; the dashboard's time series read it.
 */
export const campaignDailyRollups = pgTable(
  'campaign_daily_rollups',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    /** NO_CREATOR_ID for clicks on links without a creator. */
    creatorId: uuid('creator_id').notNull(),
    day: date('day').notNull(),
    views: bigint('views', { mode: 'number' }).notNull().default(0),
    reach: bigint('reach', { mode: 'number' }).notNull().default(0),
    impressions: bigint('impressions', { mode: 'number' }).notNull().default(0),
    likes: bigint('likes', { mode: 'number' }).notNull().default(0),
    comments: bigint('comments', { mode: 'number' }).notNull().default(0),
    shares: bigint('shares', { mode: 'number' }).notNull().default(0),
    saves: bigint('saves', { mode: 'number' }).notNull().default(0),
    postClicks: bigint('post_clicks', { mode: 'number' }).notNull().default(0),
    linkClicks: bigint('link_clicks', { mode: 'number' }).notNull().default(0),
    scans: bigint('scans', { mode: 'number' }).notNull().default(0),
    botClicks: bigint('bot_clicks', { mode: 'number' }).notNull().default(0),
    /** Newest tracked-link click hour and newest snapshot that changed this row. */
    lastClickHour: timestamp('last_click_hour', { withTimezone: true }),
    lastSnapshotAt: timestamp('last_snapshot_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.campaignId, t.creatorId, t.day] }),
    index('campaign_daily_rollups_workspace_idx').on(t.workspaceId),
  ],
);
