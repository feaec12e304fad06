import { sql } from 'drizzle-orm';
import { bigint, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { type CostCategory, campaigns } from './campaigns';
import { workspaces } from './workspaces';

/** The planning side of a campaign the wizard fills in: objectives and the target audience. */
export const campaignPlans = pgTable('campaign_plans', {
  campaignId: uuid('campaign_id')
    .primaryKey()
    .references(() => campaigns.id, { onDelete: 'cascade' }),
  workspaceId: uuid('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  objectives: text('objectives').array().notNull().default(sql`'{}'::text[]`),
  targetAudience: text('target_audience'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Planned and committed money per budget category; spent comes from `costs`. */
export const campaignBudgetLines = pgTable(
  'campaign_budget_lines',
  {
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    category: text('category').$type<CostCategory>().notNull(),
    planned: bigint('planned', { mode: 'number' }).notNull(),
    committed: bigint('committed', { mode: 'number' }),
  },
  (t) => [
    primaryKey({ columns: [t.campaignId, t.category] }),
    index('campaign_budget_lines_workspace_idx').on(t.workspaceId),
  ],
);
