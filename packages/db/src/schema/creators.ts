import { sql } from 'drizzle-orm';
import {
  bigint,
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
import { users } from './auth';
import { workspaces } from './workspaces';

export const PLATFORMS = ['tiktok', 'facebook', 'instagram', 'youtube', 'zalo', 'other'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const CREATOR_STATUSES = [
  'prospect',
  'contacted',
  'negotiating',
  'contracted',
  'archived',
  'blocked',
] as const;
export type CreatorStatus = (typeof CREATOR_STATUSES)[number];

export interface RateCardItem {
  deliverable: string;
  platform: Platform;
  amount: number;
}

export interface AudienceDemographics {
  ageBands?: Record<string, number>;
  gender?: { female?: number; male?: number; other?: number };
  topLocations?: { name: string; share: number }[];
  interests?: string[];
}

export const creators = pgTable(
  'creators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    avatarUrl: text('avatar_url'),
    bio: text('bio'),
    email: text('email'),
    phone: text('phone'),
    location: text('location'),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    niches: text('niches').array().notNull().default(sql`'{}'::text[]`),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    ownerUserId: text('owner_user_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status').$type<CreatorStatus>().notNull().default('prospect'),
    currency: text('currency').notNull().default('VND'),
    rateCard: jsonb('rate_card').$type<RateCardItem[]>().notNull().default([]),
    searchText: text('search_text').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('creators_workspace_idx').on(t.workspaceId, t.createdAt)],
);

export const creatorAccounts = pgTable(
  'creator_accounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    creatorId: uuid('creator_id')
      .notNull()
      .references(() => creators.id, { onDelete: 'cascade' }),
    platform: text('platform').$type<Platform>().notNull(),
    handle: text('handle').notNull(),
    url: text('url'),
    followers: bigint('followers', { mode: 'number' }),
    followersAt: timestamp('followers_at', { withTimezone: true }),
    audience: jsonb('audience').$type<AudienceDemographics>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('creator_accounts_handle_idx').on(t.workspaceId, t.platform, sql`lower(${t.handle})`),
    index('creator_accounts_creator_idx').on(t.creatorId),
  ],
);

export const followerSnapshots = pgTable(
  'follower_snapshots',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => creatorAccounts.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    followers: bigint('followers', { mode: 'number' }).notNull(),
    following: integer('following'),
    postsCount: integer('posts_count'),
  },
  (t) => [primaryKey({ columns: [t.accountId, t.at] })],
);
