import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { creators } from './creators';
import { workspaces } from './workspaces';

export const CREATOR_LIST_KINDS = ['shortlist', 'saved_search'] as const;
export type CreatorListKind = (typeof CREATOR_LIST_KINDS)[number];

/** A shortlist (hand-picked creators) or a saved search (a stored query, re-run when opened). */
export const creatorLists = pgTable(
  'creator_lists',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<CreatorListKind>().notNull(),
    name: text('name').notNull(),
    query: jsonb('query').$type<Record<string, string>>(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('creator_lists_workspace_idx').on(t.workspaceId, t.kind)],
);

export const creatorListItems = pgTable(
  'creator_list_items',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    listId: uuid('list_id')
      .notNull()
      .references(() => creatorLists.id, { onDelete: 'cascade' }),
    creatorId: uuid('creator_id')
      .notNull()
      .references(() => creators.id, { onDelete: 'cascade' }),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.listId, t.creatorId] })],
);
