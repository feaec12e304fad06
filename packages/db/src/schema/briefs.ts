import { bigint, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { campaigns } from './campaigns';
import { workspaces } from './workspaces';

/** What a creator needs to make on-brief content (D1). Lists are short bullet points. */
export interface BriefContent {
  keyMessage: string;
  usp: string;
  dos: string[];
  donts: string[];
  /** Mandatory disclosures, e.g. "#quangcao", "Hợp tác cùng …" (Vietnam's 2026 Advertising Law). */
  disclosures: string[];
  storytelling: string;
  references: { label: string; url: string | null }[];
}

/** Every save of a brief is a new version; the newest is the brief. */
export const briefVersions = pgTable(
  'brief_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    content: jsonb('content').$type<BriefContent>().notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('brief_versions_campaign_version').on(t.campaignId, t.version),
    index('brief_versions_ws_idx').on(t.workspaceId),
  ],
);

/** Read-only links for creators (no login). Only the hash of the token is stored. */
export const briefShareLinks = pgTable(
  'brief_share_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('brief_share_links_campaign_idx').on(t.campaignId)],
);

/**
 * Files that go with a campaign's brief (mood boards, product sheets, logos). They belong to the brief, not to one
 * version; the bytes live in attachment storage under `storageKey`, as contract attachments do.
 */
export const briefAttachments = pgTable(
  'brief_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull().unique(),
    uploadedBy: text('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('brief_attachments_campaign_idx').on(t.workspaceId, t.campaignId)],
);
