import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { campaigns } from './campaigns';
import { workspaces } from './workspaces';

export const KPI_TREE_LEVELS = ['company', 'team', 'individual'] as const;
export type KpiTreeLevel = (typeof KPI_TREE_LEVELS)[number];

/**
 * One goal in the workspace's KPI tree (C3). The single `company` node is the North Star; teams hang under it
 * and individuals under teams. Each node is a catalogue KPI with a target over a period (local calendar days).
 */
export const kpiTreeNodes = pgTable(
  'kpi_tree_nodes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id').references((): AnyPgColumn => kpiTreeNodes.id, { onDelete: 'cascade' }),
    level: text('level').$type<KpiTreeLevel>().notNull(),
    name: text('name').notNull(),
    kpiId: text('kpi_id').notNull(),
    target: doublePrecision('target').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    ownerUserId: text('owner_user_id').references(() => users.id, { onDelete: 'set null' }),
    /** Share of the parent for KPIs that roll up as a weighted mean (rates); ignored for summed KPIs. */
    weight: doublePrecision('weight').notNull().default(1),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('kpi_tree_nodes_workspace_idx').on(t.workspaceId, t.parentId),
    uniqueIndex('kpi_tree_nodes_one_north_star').on(t.workspaceId).where(sql`${t.level} = 'company'`),
  ],
);

/** A campaign whose actual value of `kpiId` feeds a node. */
export const kpiTreeNodeCampaigns = pgTable(
  'kpi_tree_node_campaigns',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    nodeId: uuid('node_id')
      .notNull()
      .references(() => kpiTreeNodes.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    kpiId: text('kpi_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.nodeId, t.campaignId] }),
    index('kpi_tree_node_campaigns_campaign_idx').on(t.workspaceId, t.campaignId),
  ],
);
