import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { creatorAccounts, creators } from './creators';
import { workspaces } from './workspaces';

/** One follower-profile row as read from the file, keyed by the canonical field name (blank cells left out). */
export type FollowerSampleRecord = Record<string, string>;

/** A follower sample uploaded for one account (B2): the rows as read and the assessment stored at upload. */
export const followerSamples = pgTable(
  'follower_samples',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    creatorId: uuid('creator_id')
      .notNull()
      .references(() => creators.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => creatorAccounts.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    rowsReceived: integer('rows_received').notNull(),
    rowsValid: integer('rows_valid').notNull(),
    records: jsonb('records').$type<FollowerSampleRecord[]>().notNull(),
    /** The assessment summary (shares, fake estimate, problems by row and column) as returned at upload. */
    summary: jsonb('summary').$type<Record<string, unknown>>().notNull(),
    uploadedBy: text('uploaded_by').notNull(),
    uploadedByName: text('uploaded_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('follower_samples_creator_idx').on(t.creatorId, t.createdAt)],
);
