import {
  boolean,
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
import { creators } from './creators';
import { workspaces } from './workspaces';

export interface UtmTags {
  source?: string;
  medium?: string;
  campaign?: string;
  content?: string;
  term?: string;
}

export const LINK_STATUSES = ['active', 'disabled'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

/** A short link per creator × campaign. Slugs are unique across workspaces because the short path is global. */
export const trackedLinks = pgTable(
  'tracked_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    creatorId: uuid('creator_id').references(() => creators.id, { onDelete: 'set null' }),
    slug: text('slug').notNull(),
    /** Where the visitor lands, without UTM tags; `utm` is added when redirecting. */
    destinationUrl: text('destination_url').notNull(),
    utm: jsonb('utm').$type<UtmTags>().notNull().default({}),
    status: text('status').$type<LinkStatus>().notNull().default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('tracked_links_slug_idx').on(t.slug),
    index('tracked_links_workspace_idx').on(t.workspaceId, t.campaignId),
  ],
);

export const CLICK_VIAS = ['link', 'qr'] as const;
export type ClickVia = (typeof CLICK_VIAS)[number];

/** Append-only; the id is minted by the redirector (also the click-id cookie), so a journal replay is idempotent. */
export const linkClicks = pgTable(
  'link_clicks',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    linkId: uuid('link_id')
      .notNull()
      .references(() => trackedLinks.id, { onDelete: 'cascade' }),
    clickedAt: timestamp('clicked_at', { withTimezone: true }).notNull(),
    via: text('via').$type<ClickVia>().notNull(),
    /** sha-256 of (daily salt, IP, user agent), truncated: counts unique visitors per day, never stores the IP. */
    visitorHash: text('visitor_hash').notNull(),
    isBot: boolean('is_bot').notNull(),
    isRepeat: boolean('is_repeat').notNull(),
    referrerHost: text('referrer_host'),
  },
  (t) => [index('link_clicks_link_idx').on(t.linkId, t.clickedAt)],
);

/** Counters per link and hour, kept in the same statement that inserts the clicks. */
export const linkClickHourly = pgTable(
  'link_click_hourly',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    linkId: uuid('link_id')
      .notNull()
      .references(() => trackedLinks.id, { onDelete: 'cascade' }),
    hour: timestamp('hour', { withTimezone: true }).notNull(),
    clicks: integer('clicks').notNull(),
    scans: integer('scans').notNull(),
    botClicks: integer('bot_clicks').notNull(),
    repeatClicks: integer('repeat_clicks').notNull(),
  },
  (t) => [primaryKey({ columns: [t.linkId, t.hour] })],
);

export const utmPresets = pgTable(
  'utm_presets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    utm: jsonb('utm').$type<UtmTags>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('utm_presets_name_idx').on(t.workspaceId, t.name)],
);

export const promoCodes = pgTable(
  'promo_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    creatorId: uuid('creator_id').references(() => creators.id, { onDelete: 'set null' }),
    code: text('code').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('promo_codes_code_idx').on(t.workspaceId, t.code)],
);
