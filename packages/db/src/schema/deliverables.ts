import { boolean, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { campaigns } from './campaigns';
import { creators, type Platform } from './creators';
import { posts } from './posts';
import { workspaces } from './workspaces';

export const DELIVERABLE_TYPES = ['video', 'post', 'story', 'livestream'] as const;
export type DeliverableType = (typeof DELIVERABLE_TYPES)[number];

export const DELIVERABLE_STATUSES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'verified',
] as const;
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number];

/** on_time / late once published (against due_at); missed when still unpublished long after due. */
export const LATENESS = ['on_time', 'late', 'missed'] as const;
export type Lateness = (typeof LATENESS)[number];

/** A piece of content a creator owes a campaign (D3). */
export const deliverables = pgTable(
  'deliverables',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    creatorId: uuid('creator_id')
      .notNull()
      .references(() => creators.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    type: text('type').$type<DeliverableType>().notNull(),
    platform: text('platform').$type<Platform>().notNull(),
    /** "Người phụ trách": the workspace member who answers for it. */
    ownerUserId: text('owner_user_id').references(() => users.id, { onDelete: 'set null' }),
    status: text('status').$type<DeliverableStatus>().notNull().default('draft'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }),
    /** A key post: two of them to one audience close together drown each other (calendar). */
    important: boolean('important').notNull().default(false),
    liveUrl: text('live_url'),
    postId: uuid('post_id').references(() => posts.id, { onDelete: 'set null' }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    lateness: text('lateness').$type<Lateness>(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('deliverables_campaign_idx').on(t.campaignId, t.dueAt),
    index('deliverables_creator_idx').on(t.creatorId, t.dueAt),
    index('deliverables_ws_due_idx').on(t.workspaceId, t.dueAt),
  ],
);

export interface DraftAttachment {
  label: string;
  url: string;
}

/** A content-check finding on a draft (D6); mirrors `DraftFinding` of @lantoa/core/deliverables. */
export interface DraftCheckFinding {
  code: 'near_duplicate' | 'missing_disclosure' | 'banned_claim';
  message: string;
  /** The offending text and where it sits (UTF-16 offsets in the caption or script); null when nothing to point at. */
  evidence: { field: 'caption' | 'script'; text: string; start: number; end: number } | null;
  phrase?: string;
  accepted?: string[];
  otherDeliverableId?: string;
  similarity?: number;
}

/** Every draft upload is a new version; the newest is the draft under review. */
export const deliverableVersions = pgTable(
  'deliverable_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    deliverableId: uuid('deliverable_id')
      .notNull()
      .references(() => deliverables.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    caption: text('caption').notNull(),
    script: text('script'),
    attachments: jsonb('attachments').$type<DraftAttachment[]>().notNull().default([]),
    checks: jsonb('checks').$type<DraftCheckFinding[]>().notNull().default([]),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('deliverable_versions_number').on(t.deliverableId, t.version),
    index('deliverable_versions_ws_idx').on(t.workspaceId),
  ],
);

/** Threaded comments by members or by external reviewers (who have a name but no account). */
export const deliverableComments = pgTable(
  'deliverable_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    deliverableId: uuid('deliverable_id')
      .notNull()
      .references(() => deliverables.id, { onDelete: 'cascade' }),
    versionId: uuid('version_id').references(() => deliverableVersions.id, { onDelete: 'set null' }),
    parentId: uuid('parent_id'),
    authorUserId: text('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    reviewerName: text('reviewer_name'),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('deliverable_comments_deliverable_idx').on(t.deliverableId, t.createdAt)],
);

/** Status history: who moved a deliverable from where to where (member or named external reviewer). */
export const deliverableStatusChanges = pgTable(
  'deliverable_status_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    deliverableId: uuid('deliverable_id')
      .notNull()
      .references(() => deliverables.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status').$type<DeliverableStatus>().notNull(),
    toStatus: text('to_status').$type<DeliverableStatus>().notNull(),
    actorUserId: text('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    reviewerName: text('reviewer_name'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('deliverable_status_changes_idx').on(t.deliverableId, t.createdAt)],
);

/** External review links (no login): one deliverable, or every deliverable of a campaign. Token stored hashed. */
export const reviewLinks = pgTable(
  'review_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    deliverableId: uuid('deliverable_id').references(() => deliverables.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('review_links_campaign_idx').on(t.workspaceId, t.campaignId)],
);
