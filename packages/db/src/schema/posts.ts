import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { creatorAccounts, creators, type Platform } from './creators';
import { workspaces } from './workspaces';

export const POST_FORMATS = ['video', 'post', 'story', 'livestream', 'reel', 'short'] as const;
export type PostFormat = (typeof POST_FORMATS)[number];

export const posts = pgTable(
  'posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id').references(() => campaigns.id, { onDelete: 'set null' }),
    creatorId: uuid('creator_id')
      .notNull()
      .references(() => creators.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => creatorAccounts.id, { onDelete: 'cascade' }),
    platform: text('platform').$type<Platform>().notNull(),
    externalId: text('external_id'),
    url: text('url'),
    caption: text('caption'),
    format: text('format').$type<PostFormat>(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('posts_campaign_idx').on(t.campaignId),
    index('posts_creator_idx').on(t.creatorId, t.publishedAt),
  ],
);

/** One row per observation of a post's public metrics; `null` means the platform did not report it. */
export const postSnapshots = pgTable(
  'post_snapshots',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
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
  },
  (t) => [primaryKey({ columns: [t.postId, t.at] })],
);

export interface CommentTagRecord {
  tag: 'purchase_intent' | 'objection' | 'spam';
  kind: string;
  evidence: string;
  start: number;
  end: number;
}

export const comments = pgTable(
  'comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    postId: uuid('post_id')
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    externalId: text('external_id'),
    author: text('author'),
    text: text('text').notNull(),
    at: timestamp('at', { withTimezone: true }),
    likes: integer('likes'),
    replyTo: text('reply_to'),
    lang: text('lang'),
    sentiment: text('sentiment').$type<'positive' | 'neutral' | 'negative'>(),
    sentimentScore: doublePrecision('sentiment_score'),
    /** Purchase intent, objection and spam tags with their evidence spans; NULL until scored. */
    tags: jsonb('tags').$type<CommentTagRecord[]>(),
    spam: boolean('spam'),
    scoredAt: timestamp('scored_at', { withTimezone: true }),
    /** Which sentiment model scored it ("sha256:" + 16 hex of the model file), so a new model can re-score. */
    modelId: text('model_id'),
    /** Folded text a seeding ring is matched by (core `seedingRingKey`); NULL when too short to count. */
    ringKey: text('ring_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('comments_post_idx').on(t.postId),
    index('comments_workspace_scored_idx').on(t.workspaceId, t.scoredAt),
    index('comments_workspace_ring_key_idx')
      .on(t.workspaceId, t.ringKey)
      .where(sql`${t.ringKey} is not null`),
    // Two pushes at once must not both store the same platform comment.
    uniqueIndex('comments_post_external_id_key')
      .on(t.postId, t.externalId)
      .where(sql`${t.externalId} is not null`),
  ],
);
