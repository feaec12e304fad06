import { bigint, doublePrecision, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { creators, type Platform } from './creators';
import { workspaces } from './workspaces';

/**
 * Derived per-creator figures that search filters and sorts on, refreshed from accounts, posts and snapshots
 * whenever those change (so a search over 100,000 creators never aggregates posts). `null` = not known.
 */
export const creatorStats = pgTable(
  'creator_stats',
  {
    creatorId: uuid('creator_id')
      .primaryKey()
      .references(() => creators.id, { onDelete: 'cascade' }),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    platforms: text('platforms').array().$type<Platform[]>().notNull(),
    followers: bigint('followers', { mode: 'number' }),
    tier: text('tier'),
    /** ER by followers in %, ratio of sums over the creator's posts whose account follower count is known. */
    engagementRate: doublePrecision('engagement_rate'),
    postsCount: integer('posts_count').notNull().default(0),
    feeMin: bigint('fee_min', { mode: 'number' }),
    feeMax: bigint('fee_max', { mode: 'number' }),
    qualityScore: integer('quality_score'),
    riskLevel: text('risk_level'),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('creator_stats_tier_idx').on(t.workspaceId, t.tier),
    index('creator_stats_er_idx').on(t.workspaceId, t.engagementRate),
    index('creator_stats_followers_idx').on(t.workspaceId, t.followers),
  ],
);
