import { index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { workspaces } from './workspaces';

export const NOTIFICATION_KINDS = [
  'deliverable_due_soon',
  'deliverable_due',
  'deliverable_overdue',
  'usage_rights_expiring',
  'payment_due',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** In-app notifications for one member; `dedupe_key` makes a periodic job safe to re-run. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<NotificationKind>().notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    /** What the text needs (titles, dates); the web words it in the reader's language. */
    data: jsonb('data').$type<Record<string, string | number | null>>().notNull().default({}),
    dedupeKey: text('dedupe_key').notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('notifications_dedupe_idx').on(t.workspaceId, t.userId, t.dedupeKey),
    index('notifications_user_idx').on(t.workspaceId, t.userId, t.createdAt),
  ],
);
