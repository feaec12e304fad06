import { date, index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { campaigns } from './campaigns';
import { workspaces } from './workspaces';

export const ALERT_KINDS = ['negative_spike'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** open → acknowledged (someone is on it) → resolved; a resolved alert can be reopened. */
export const ALERT_STATUSES = ['open', 'acknowledged', 'resolved'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

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
    status: text('status').$type<AlertStatus>().notNull().default('open'),
    /** Who acknowledged / resolved it (user or API key name, as shown in the audit log) and when. */
    acknowledgedBy: text('acknowledged_by'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    resolvedBy: text('resolved_by'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    /** The note left with the latest status change. */
    note: text('note'),
  },
  (t) => [
    unique('alerts_campaign_kind_day_uq').on(t.campaignId, t.kind, t.day),
    index('alerts_workspace_idx').on(t.workspaceId, t.createdAt),
    index('alerts_workspace_status_idx').on(t.workspaceId, t.status),
  ],
);
