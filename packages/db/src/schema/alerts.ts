import { date, index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { workspaces } from './workspaces';

export const ALERT_KINDS = ['negative_spike'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Something a user should look at, raised by analysis jobs; one per campaign, kind and day. */
export const alerts = pgTable(
  'alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<AlertKind>().notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('alerts_campaign_kind_day_uq').on(t.campaignId, t.kind, t.day),
    index('alerts_workspace_idx').on(t.workspaceId, t.createdAt),
  ],
);
